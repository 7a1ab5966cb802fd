/**
 * Where in the tables a narrative figure should appear: resolves a mention's subject (a
 * classification by code or by 类/款/项 names, or a named total such as 基本支出, 收入总计,
 * “三公”经费 items) to the table cells that must hold the same figure for the same period.
 */
import { classificationPath, functionClassCode } from '../extract/claims/classes.js';
import { normSubject } from '../extract/claims/scan.js';
import type { Amount, Column, DisclosureModel, FundScope, Mention, Row, Table } from '../model/types.js';
import { allSides, normName, totalRows } from './tables.js';
import { Decimal } from '../model/decimal.js';
import { sameAmount } from './tolerance.js';
import { columnItems, itemOf } from './three-public/layout.js';
import { levelNameKey, memoised, resolveIndex } from './resolve-index.js';

export interface Cell {
  table: Table;
  row: Row;
  col: number;
  amount: Amount | null;
  /** Column header, for messages. */
  colName: string;
}

export type Period = 'current' | 'budget';

/** Columns of a table that hold the figure for the mention's period (never prior-year columns). */
function periodCols(t: Table, cols: Column[], period: Period, kind: 'budget' | 'final' | undefined): number[] {
  const isPrior = (c: Column) => c.role === 'prior' || /上年|上一年/.test(c.name);
  const usable = cols.map((c, i) => ({ c, i })).filter(({ c }) => !isPrior(c));
  if (period === 'budget') return usable.filter(({ c }) => c.role === 'budget' || /年初预算|预算数/.test(c.name)).map(({ i }) => i);
  if (kind === 'final') {
    const fin = usable.filter(({ c }) => c.role === 'final' || /决算/.test(c.name));
    const notBudget = usable.filter(({ c }) => c.role !== 'budget' && !/预算/.test(c.name));
    // a spanning 决算数 label read onto one of its columns only (`合计 | 决算数基本支出 | 项目支出`): the
    // columns that are not 年初/调整预算 are the 决算 group, its 合计 among them
    if (fin.length && (fin.some(({ c }) => c.role === 'total') || !notBudget.some(({ c }) => c.role === 'total'))) return fin.map(({ i }) => i);
    return notBudget.map(({ i }) => i);
  }
  return usable.map(({ i }) => i);
}

/** The main column of a coded table for a period: the total column, else the first usable one. */
function mainCol(t: Table, cols: Column[], period: Period, kind: 'budget' | 'final' | undefined): number {
  const usable = periodCols(t, cols, period, kind);
  const total = usable.find((i) => cols[i].role === 'total');
  if (total !== undefined) return total;
  const fin = usable.find((i) => cols[i].role === 'final' || cols[i].role === 'budget');
  return fin ?? usable[0] ?? -1;
}

/** Resolves a classification path to a code using the document's function rows. */
export function resolveCode(m: DisclosureModel, subject: string, code?: string): string | undefined {
  if (code && code.length > 3) return code;
  return memoised(m, `code\u0000${subject}\u0000${code ?? ''}`, () => resolvePath(m, subject, code));
}

function resolvePath(m: DisclosureModel, subject: string, code?: string): string | undefined {
  const path = classificationPath(subject);
  if (!path) return code;
  const { functionRows } = resolveIndex(m);
  const rowsNamed = (level: number, name: string) => functionRows.get(levelNameKey(level, normSubject(name).replace(/（(?:类|款|项)）$/, ''))) ?? [];
  let prefix = '';
  const names = path.names;
  const startLevel = (path.level ?? names.length) - names.length + 1;
  for (let k = 0; k < names.length; k++) {
    const level = startLevel + k;
    const name = names[k];
    if (level === 1) {
      const c = functionClassCode(name) ?? rowsNamed(1, name)[0]?.code;
      if (!c) return undefined;
      prefix = c;
      continue;
    }
    const cands = [...new Set(rowsNamed(level, name).filter((r) => r.code!.startsWith(prefix)).map((r) => r.code!))];
    if (cands.length !== 1) return undefined;
    prefix = cands[0];
  }
  return prefix || code;
}

/**
 * A column-number row (栏次 `1 2 3 …`) read as figures: every value a whole number, each one more
 * than the previous. Its cells are no amounts.
 */
export function isMarkerRow(r: Row): boolean {
  const vs = r.values.filter((v): v is Amount => !!v);
  if (vs.length < 2 || vs.some((v) => v.precision !== 0)) return false;
  return vs.every((v, i) => i === 0 || v.value.sub(vs[i - 1].value).eq(Decimal.of(1)));
}

/** A column-number row that carries a row name: the names were shifted against the figures. */
const namesShifted = (t: Table) => [...t.rows, ...(t.rightRows ?? [])].some((r) => isMarkerRow(r) && normName(r.name) !== '');

/** Does any table of these keys print a non-zero figure (in rows with the code, when given)? */
function printsFigures(m: DisclosureModel, keys: string[], code?: string): boolean {
  return m.tables.some((t) => keys.includes(t.key) && t.rows.some((r) => (!code || r.code === code) && r.values.some((v) => v && !v.value.isZero())));
}

/**
 * The function tables that hold a classification figure of a scope; undefined when no table of that
 * scope can tell (a 财政拨款 figure of a class that also has government-fund spending).
 */
function scopedFunctionTables(m: DisclosureModel, scope: FundScope | undefined, code: string): string[] | undefined {
  const allFunds = m.identity.kind === 'budget' ? ['general_budget', 'expenditure', 'revenue'] : ['general_budget'];
  switch (scope) {
    case 'general':
      return ['general_budget'];
    case 'fiscal':
      return printsFigures(m, ['gov_fund', 'state_capital'], code) ? undefined : ['general_budget'];
    case 'gov_fund':
    case 'state_capital':
      return [scope];
    default:
      return allFunds;
  }
}

/**
 * Named figures of a stated scope: 基本支出 / 项目支出 / 人员经费 / 公用经费 of the general budget (or of
 * 财政拨款 when there is no other appropriation) against the general-budget and 基本支出 tables; the
 * scope-named totals as usual. Others: nothing to compare with.
 */
function scopedNamed(m: DisclosureModel, scope: FundScope, subj: string, period: Period): Cell[] {
  const general = scope === 'general' || (scope === 'fiscal' && !printsFigures(m, ['gov_fund', 'state_capital']));
  for (const n of NAMED) {
    if (!n.re.test(subj) || (n.not && n.not.test(subj))) continue;
    // totals that name their own scope (财政拨款收支总计, 一般公共预算财政拨款支出…) resolve as before
    if (n.scoped) return n.find(m, period);
    if (!general) return [];
    if (n.generalFind) return n.generalFind(m, period);
    return [];
  }
  return [];
}

/** Named figures of the summary tables and the totals (subject pattern → where). */
interface Named {
  re: RegExp;
  not?: RegExp;
  find(m: DisclosureModel, period: Period): Cell[];
  /** The figure's subject names its own scope (the cells are already those of that scope). */
  scoped?: boolean;
  /** Where the figure of the general budget is (for a figure whose scope the context states). */
  generalFind?(m: DisclosureModel, period: Period): Cell[];
}

/** Cells of the 基本支出 table (and the general-budget table's 基本支出 column) for a 基本支出 item. */
export function basicTableCells(m: DisclosureModel, item: 'total' | 'personnel' | 'public', period: Period): Cell[] {
  if (item === 'personnel') return personnelCells(m, period);
  if (item === 'public') return publicCells(m, period);
  return generalBasic(m, period);
}

/** Do the department's other funds change the 基本支出? (all-funds and general-budget 基本支出 totals differ, or cannot be compared) */
export function basicScopesCoincide(m: DisclosureModel, period: Period): boolean {
  const all = [...cellsOfTotalCol(m, ['expenditure'], /^基本支出$/, ['basic'], period)].filter((c) => c.amount);
  const gen = generalBasic(m, period).filter((c) => c.amount);
  return all.length > 0 && gen.length > 0 && all.every((a) => gen.every((g) => sameAmount(a.amount, g.amount)));
}

const personnelCells = (m: DisclosureModel, p: Period) => [...cellsOfTotalCol(m, ['basic'], /^人员经费/, ['personnel'], p), ...cellsOfRows(m, ['basic'], /^人员经费(?:合计)?$/, p)];
const publicCells = (m: DisclosureModel, p: Period) => [...cellsOfTotalCol(m, ['basic'], /^公用经费/, ['public'], p), ...cellsOfRows(m, ['basic'], /^公用经费(?:合计)?$/, p)];
const generalBasic = (m: DisclosureModel, p: Period) => [...cellsOfTotalCol(m, ['basic'], /^(?:合计|总计)$/, ['total'], p), ...cellsOfTotalCol(m, ['general_budget'], /^基本支出$/, ['basic'], p)];
const generalProject = (m: DisclosureModel, p: Period) => cellsOfTotalCol(m, ['general_budget'], /^项目支出$/, ['project'], p);

const cellsOfRows = (m: DisclosureModel, keys: string[], rowRe: RegExp, period: Period, side: 'left' | 'right' | 'both' = 'both'): Cell[] => {
  const out: Cell[] = [];
  for (const t of m.tables.filter((x) => keys.includes(x.key) && !namesShifted(x))) {
    const sides = allSides(t);
    sides.forEach((s, si) => {
      if (side === 'left' && si === 1) return;
      if (side === 'right' && si === 0 && t.rightRows) return;
      for (const r of s.rows) {
        if (!rowRe.test(normName(r.name)) || isMarkerRow(r)) continue;
        const cols = periodCols(t, s.cols, period, m.identity.kind).filter((i) => s.rows.some((x) => x.values[i]));
        const col = cols.find((i) => s.cols[i].role === 'total') ?? cols[0];
        if (col === undefined) continue;
        out.push({ table: t, row: r, col, amount: r.values[col] ?? null, colName: s.cols[col]?.name ?? '' });
      }
    });
  }
  return out;
};

const cellsOfTotalCol = (m: DisclosureModel, keys: string[], colRe: RegExp, roles: Column['role'][], period: Period): Cell[] => {
  const out: Cell[] = [];
  for (const t of m.tables.filter((x) => keys.includes(x.key) && !namesShifted(x))) {
    const usable = periodCols(t, t.columns, period, m.identity.kind);
    const cols = usable.filter((i) => roles.includes(t.columns[i].role) || colRe.test(t.columns[i].name.replace(/\s+/g, '')));
    for (const r of totalRows(t)) if (!isMarkerRow(r)) for (const col of cols) out.push({ table: t, row: r, col, amount: r.values[col] ?? null, colName: t.columns[col].name });
  }
  return out;
};

const NAMED: Named[] = [
  { re: /财政拨款.*(?:收入支出|收支)总计/, scoped: true, find: (m, p) => cellsOfRows(m, ['fiscal_summary'], /^(?:收入总计|支出总计|总计)$/, p) },
  { re: /(?:收入支出|收支)总计/, not: /财政拨款/, find: (m, p) => cellsOfRows(m, ['summary'], /^(?:收入总计|支出总计|总计)$/, p) },
  { re: /收入总计$/, not: /财政拨款/, find: (m, p) => cellsOfRows(m, ['summary'], /^(?:收入总计|总计)$/, p, 'left') },
  { re: /支出总计$/, not: /财政拨款/, find: (m, p) => cellsOfRows(m, ['summary'], /^(?:支出总计|总计)$/, p, 'right') },
  { re: /^(?:本年)?收入合计$/, not: /财政拨款/, find: (m, p) => cellsOfRows(m, ['summary'], /^本年收入合计$/, p, 'left') },
  { re: /^(?:本年)?支出合计$/, not: /财政拨款/, find: (m, p) => cellsOfRows(m, ['summary'], /^本年支出合计$/, p, 'right') },
  {
    re: /一般公共预算(?:财政)?拨款支出(?:预算|决算)?$/,
    not: /基本|项目|三公/,
    scoped: true,
    find: (m, p) => cellsOfTotalCol(m, ['general_budget'], /^(?:合计|总计)$/, ['total'], p),
  },
  { re: /^(?:年初|上年)结转(?:和|及)?结余$|^上年结转$|^年初结转$/, find: (m, p) => cellsOfRows(m, ['summary'], /^(?:年初结转(?:和|及)?结余|上年结转(?:结余)?|年初结转)$/, p, 'left') },
  { re: /^(?:年末|年终)结转(?:和|及)?结余$|^结转下年$/, find: (m, p) => cellsOfRows(m, ['summary'], /^(?:年末结转(?:和|及)?结余|年终结转结余|结转下年)$/, p, 'right') },
  {
    re: /^(?:本年)?财政拨款(?:收入)?(?:预算)?$/,
    find: (m, p) => [...cellsOfRows(m, ['summary'], /^财政拨款(?:收入)?$/, p, 'left'), ...cellsOfRows(m, ['fiscal_summary'], /^本年收入(?:合计)?$/, p, 'left')],
  },
  ...['事业收入', '其他收入', '上级补助收入', '经营收入', '事业单位经营收入', '附属单位上缴收入'].map(
    (name): Named => ({ re: new RegExp(`^${name}(?:预算)?$`), find: (m, p) => cellsOfRows(m, ['summary'], new RegExp(`^${name}$`), p, 'left') }),
  ),
  {
    re: /(?:^|[^般])基本支出(?:预算)?$/,
    not: /一般公共预算|财政拨款|三公|其中/,
    generalFind: generalBasic,
    find: (m, p) => [...cellsOfTotalCol(m, ['expenditure'], /^基本支出$/, ['basic'], p), ...cellsOfTotalCol(m, ['general_budget'], /^基本支出$/, ['basic'], p)],
  },
  {
    re: /(?:^|[^般])项目支出(?:预算)?$/,
    not: /一般公共预算|财政拨款|三公|其中/,
    generalFind: generalProject,
    find: (m, p) => [...cellsOfTotalCol(m, ['expenditure'], /^项目支出$/, ['project'], p), ...cellsOfTotalCol(m, ['general_budget'], /^项目支出$/, ['project'], p)],
  },
  { re: /一般公共预算(?:财政)?拨款项目支出(?:预算)?$/, scoped: true, find: generalProject },
  {
    re: /一般公共预算(?:财政)?拨款基本支出(?:预算)?$/,
    scoped: true,
    find: (m, p) => [...cellsOfTotalCol(m, ['basic'], /^(?:合计|总计)$/, ['total'], p), ...cellsOfTotalCol(m, ['general_budget'], /^基本支出$/, ['basic'], p)],
  },
  { re: /^人员经费(?:合计)?$/, find: (m, p) => personnelCells(m, p), generalFind: (m, p) => personnelCells(m, p) },
  { re: /^公用经费(?:合计)?$/, find: (m, p) => publicCells(m, p), generalFind: (m, p) => publicCells(m, p) },
];

export function threePublicKey(subject: string): string | undefined {
  const s = normSubject(subject).replace(/^\d{4}年(?:度)?/, '');
  if (/公务用车购置费/.test(s)) return 'purchase';
  if (/公务用车运行(?:维护)?费/.test(s) && !/购置及/.test(s)) return 'operation';
  if (/公务用车购置及运行/.test(s)) return 'vehicle';
  if (/因公出国/.test(s)) return 'outbound';
  if (/公务接待/.test(s)) return 'reception';
  if (/三公/.test(s)) return 'total';
  return undefined;
}

/** Cells of the “三公” table for an item, in either orientation (items as rows or as columns). */
export function threePublicCells(m: DisclosureModel, item: string, period: Period): Cell[] {
  return memoised(m, `three-public\u0000${item}\u0000${period}`, () => findThreePublicCells(m, item, period));
}

function findThreePublicCells(m: DisclosureModel, item: string, period: Period): Cell[] {
  const out: Cell[] = [];
  for (const t of m.tables.filter((x) => x.key === 'three_public')) {
    const cols = periodCols(t, t.columns, period, m.identity.kind);
    const rowHits = t.rows.filter((r) => itemOf(r.name) === item);
    if (rowHits.length) {
      for (const r of rowHits) for (const c of cols) out.push({ table: t, row: r, col: c, amount: r.values[c] ?? null, colName: t.columns[c].name });
      continue;
    }
    const items = columnItems(t);
    const colHits = cols.filter((i) => items[i] === item);
    for (const r of t.rows) if (r.values.some((v) => v)) for (const c of colHits) out.push({ table: t, row: r, col: c, amount: r.values[c] ?? null, colName: t.columns[c].name });
  }
  return out;
}

/**
 * Candidate cells for a mention. Empty when the subject does not name a figure the tables hold.
 * `exact` tells whether the cells are the very figure (a mismatch with all of them is an error).
 */
export function resolveMention(m: DisclosureModel, men: Mention): Cell[] {
  // in a budget document the budget figure is the current one
  const budgetDoc = m.identity.kind === 'budget';
  const period: Period | undefined = men.role === 'budget' && !budgetDoc ? 'budget' : men.role === 'current' || men.role === 'final' || men.role === 'budget' ? 'current' : undefined;
  if (!period) return [];
  if (m.identity.kind === 'budget' && men.role === 'final') return [];
  const subj = normSubject(men.subject);
  // classification
  const path = classificationPath(men.subject);
  const code = resolveCode(m, men.subject, men.code);
  if (code) {
    const out: Cell[] = [];
    // a scope only inherited from a heading may be loose: the all-funds tables are candidates too
    const scoped = scopedFunctionTables(m, men.scope, code);
    const keys = men.scopeFromHeading ? [...new Set([...(scoped ?? []), ...scopedFunctionTables(m, undefined, code)!])] : scoped;
    if (!keys) return [];
    const index = resolveIndex(m);
    for (const t of m.tables.filter((x) => keys.includes(x.key))) {
      const codes = index.tableCodes.get(t);
      const rows = codes?.byCode.get(code) ?? [];
      if (rows.length !== 1) continue;
      // a figure equal to one of the item's sub-items means the subject was cut short: not this row
      const col0 = mainCol(t, t.columns, period, m.identity.kind);
      if ((codes?.byPrefix.get(code) ?? []).some((r) => r !== rows[0] && sameAmount(r.values[col0] ?? null, men.amount))) return [];
      // a figure without its own label in a final document may be the budget or the final figure;
      // when its sentence labels another figure of the item as 决算, it is not the final one
      const loose = m.identity.kind === 'final' && men.role === 'current';
      if (loose && (index.finalMentions.get(men.text) ?? []).some((x) => x !== men && normSubject(x.subject) === subj)) return [];
      const cols = loose ? t.columns.map((_, i) => i).filter((i) => t.columns[i].role !== 'prior' && !/上年/.test(t.columns[i].name)) : [mainCol(t, t.columns, period, m.identity.kind)];
      for (const col of cols) {
        if (col < 0) continue;
        out.push({ table: t, row: rows[0], col, amount: rows[0].values[col] ?? null, colName: t.columns[col]?.name ?? '' });
      }
    }
    return out;
  }
  if (path) return [];
  const tp = threePublicKey(subj);
  if (tp && !/人次|团组|辆|批次/.test(subj)) return threePublicCells(m, tp, period);
  if (men.scope && men.scope !== 'all' && !men.scopeFromHeading) return scopedNamed(m, men.scope, subj, period);
  const loose = men.scope && men.scope !== 'all' ? scopedNamed(m, men.scope, subj, period) : [];
  for (let i = 0; i < NAMED.length; i++) {
    const n = NAMED[i];
    if (n.re.test(subj) && !(n.not && n.not.test(subj))) return [...loose, ...memoised(m, `named\u0000${i}\u0000${period}`, () => n.find(m, period))];
  }
  return loose;
}
