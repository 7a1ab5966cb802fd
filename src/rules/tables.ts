/** Reading the model's tables: columns by role or name, total rows, classification trees. */
import type { Amount, Column, ColumnRole, DisclosureModel, Row, Table, TableKey } from '../model/types.js';
import { computeTableStats, figuresInName } from '../model/table-stats.js';

export const AMOUNT_ROLES: ColumnRole[] = ['total', 'basic', 'project', 'personnel', 'public', 'carryover', 'general_budget', 'gov_fund', 'state_capital', 'budget', 'final', 'prior', 'amount', 'other'];

export function colIndex(t: Table, role: ColumnRole, cols: Column[] = t.columns): number {
  return cols.findIndex((c) => c.role === role);
}

export function colsByName(t: Table, re: RegExp, cols: Column[] = t.columns): number[] {
  return cols.map((c, i) => (re.test(c.name.replace(/\s+/g, '')) ? i : -1)).filter((i) => i >= 0);
}

export const val = (r: Row, i: number): Amount | null => (i >= 0 && i < r.values.length ? r.values[i] : null);

export const normName = (s: string) =>
  s
    .replace(/\s+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.、．]|其中[:：；;]?)/, '')
    .replace(/[:：]$/, '');

/** Grand-total rows of a coded table (`合计`, `总计`, or an unnamed total). */
export function totalRows(t: Table, rows: Row[] = t.rows): Row[] {
  return rows.filter((r) => !r.code && (r.isTotal || /^(?:合计|总计|小计)$/.test(normName(r.name))) && /^(?:合计|总计|小计|)$/.test(normName(r.name)));
}

export function findRow(rows: Row[], re: RegExp): Row | undefined {
  return rows.find((r) => re.test(normName(r.name)));
}

export function tablesOf(m: DisclosureModel, ...keys: TableKey[]): Table[] {
  return m.tables.filter((t) => keys.includes(t.key));
}

/** Coded rows of one system, in order. */
export function codedRows(t: Table, system?: Row['codeSystem'], rows: Row[] = t.rows): Row[] {
  return rows.filter((r) => r.code && r.codeLevel && (!system || r.codeSystem === system || (!r.codeSystem && system === 'function')));
}

/** Does the table list every code at most once (a hierarchy, not a detail listing)? */
export function codeCounts(rows: Row[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of rows) if (r.code) m.set(r.code, (m.get(r.code) ?? 0) + 1);
  return m;
}

/** Children of a code among rows: one level down, code starting with it, same system. */
export function childrenOf(parent: Row, rows: Row[]): Row[] {
  const lvl = parent.codeLevel!;
  return rows.filter((r) => r !== parent && r.code && r.codeLevel === lvl + 1 && r.code.startsWith(parent.code!) && sameSystem(r, parent));
}

export const sameSystem = (a: Row, b: Row) => (a.codeSystem ?? 'function') === (b.codeSystem ?? 'function');

/** Tables whose rows carry figures (keys with amounts that rules check). */
export const ARITH_KEYS: TableKey[] = ['revenue', 'expenditure', 'general_budget', 'basic', 'gov_fund', 'state_capital', 'projects'];

/** Does the row have any non-zero figure? */
export const nonZero = (r: Row) => r.values.some((v) => v && !v.value.isZero());

/** One side of a table: its rows with the columns they belong to. */
export interface TableSide {
  rows: Row[];
  cols: Column[];
  side: 'left' | 'right' | 'single';
}

/**
 * Each side of a table as its own row list: `rows` (left) and `rightRows` (right) for two-sided tables
 * (收支总表; Shanghai 基本支出表 with 人员经费 left, 公用经费 right), the rows alone otherwise. A rule
 * that reads rows reads every side this way, each with its own columns.
 */
export function allSides(t: Table): TableSide[] {
  if (!t.rightRows) return [{ rows: t.rows, cols: t.columns, side: 'single' }];
  return [
    { rows: t.rows, cols: t.columns, side: 'left' },
    { rows: t.rightRows, cols: t.rightColumns ?? t.columns, side: 'right' },
  ];
}

/** Column roles whose figures add up down a column (amounts of one kind, not rates or unit prices). */
const ADDITIVE_ROLES: ColumnRole[] = ['total', 'basic', 'project', 'personnel', 'public', 'carryover', 'general_budget', 'gov_fund', 'state_capital', 'budget', 'final', 'prior', 'amount'];
const NOT_ADDITIVE = /单价|标准|比例|比率|率|%|％|数量|人数|个数|次数|面积/;

/**
 * A detail table of another key (部门预算明细表 …) that lists function-coded rows under a plain total
 * (合计 / 总计): checked by the arithmetic rules like the standard tables.
 */
export function isCodedDetailTable(t: Table): boolean {
  if (t.key !== 'other') return false;
  return allSides(t).some((s) => s.rows.some((r) => r.code && r.codeLevel && (r.codeSystem ?? 'function') === 'function') && totalRows(t, s.rows).length > 0);
}

/** The tables whose rows the arithmetic rules (column totals, hierarchy) check. */
export function arithmeticTables(m: DisclosureModel): Table[] {
  return m.tables.filter((t) => ARITH_KEYS.includes(t.key) || isCodedDetailTable(t));
}

/**
 * Does column `i` of a side add up down the rows? Always for the standard tables; in other tables only
 * amount columns (not unit prices, rates, counts).
 */
export function summableColumn(t: Table, cols: Column[], i: number): boolean {
  if (ARITH_KEYS.includes(t.key)) return true;
  const c = cols[i];
  if (!c) return false;
  return ADDITIVE_ROLES.includes(c.role) && !NOT_ADDITIVE.test(c.name.replace(/\s+/g, ''));
}

/**
 * The main amount column of a set of rows: the `total` column, else the column holding the most
 * figures (a header column the extraction kept as an amount column stays blank and is skipped).
 */
export function mainColumn(cols: Column[], rows: Row[]): number {
  const t = cols.findIndex((c) => c.role === 'total');
  if (t >= 0 && rows.some((r) => r.values[t])) return t;
  const n = Math.max(cols.length, ...rows.map((r) => r.values.length));
  let best = -1;
  let bestCount = 0;
  for (let i = 0; i < n; i++) {
    const count = rows.filter((r) => r.values[i]).length;
    if (count > bestCount) {
      best = i;
      bestCount = count;
    }
  }
  return best >= 0 ? best : t >= 0 ? t : 0;
}

/** Share of a table's non-zero figures printed with decimals. */
export function decimalsShare(t: Table): number {
  return (t.stats ?? computeTableStats(t)).decimalShare;
}

/**
 * Doubt about the extraction of some rows: whole numbers in a table whose figures are printed with
 * decimals (a code or an item number read as an amount), or rows whose values were placed by order
 * (`Row.inferred`) — for a relation within a row always, for a relation across rows only when those
 * rows do not share one layout of filled cells. A failed relation on such rows is reported as a
 * warning, not an error.
 */
export function extractionDoubt(t: Table, rows: Row[], across = true): boolean {
  if (rows.some((r) => r.inferred)) {
    if (!across) return true;
    const shape = (r: Row) => r.values.map((v) => (v ? 1 : 0)).join('');
    if (new Set(rows.map(shape)).size > 1) return true;
  }
  // a figure printed with fewer decimals than the table's others (`12,437.3` among `2,112.28`): cut
  // short (a wrapped cell's last digit on another line or page), its relations are doubtful
  if (cutShort(t, rows)) return true;
  if (rows.some(figuresInName)) return true;
  if (decimalsShare(t) < 0.25) return false;
  return rows.some((r) => r.values.some((v) => v && !v.value.isZero() && v.precision === 0));
}


/**
 * Does a row print a figure with fewer decimals than the table's others (`12,437.3` among
 * `2,112.28`)? Cut short (a wrapped cell's last digit on another line or page): doubtful.
 */
export function cutShort(t: Table, rows: Row[]): boolean {
  const p = mainPrecision(t);
  return p > 1 && rows.some((r) => r.values.some((v) => v && !v.value.isZero() && v.precision > 0 && v.precision < p));
}

/** The number of decimals most of a table's non-zero figures are printed with. */
export function mainPrecision(t: Table): number {
  return (t.stats ?? computeTableStats(t)).mainPrecision;
}

export const DOUBT_NOTE = '（该行提取可能有误，请核对原表）';
