/**
 * Key figures read from the tables, at table precision: totals of the 收支总表, 财政拨款 figures,
 * 基本支出 / 项目支出 of the expenditure table's total row, 人员经费 / 公用经费 of the basic table,
 * and the "三公" table (rows per item, or one row with a column per item).
 */
import type { Amount, Column, DocKind, Fact, FactKey, Row, Table, TableKey } from '../../model/types.js';
import { toWan } from '../../model/amount.js';
import { Decimal } from '../../model/decimal.js';
import { compact, fact, firstRow, isMarkerRow, set, tablesOf, valueAt, type Facts } from './table-cells.js';
import { threePublic } from './three-public.js';

export { isMarkerRow };

/** The column holding the figure of the year (合计 / 预算数 / 决算数), for a side of a two-sided table. */
function mainColumn(cols: Column[] | undefined): number {
  if (!cols?.length) return 0;
  const total = cols.findIndex((c) => c.role === 'total');
  return total >= 0 ? total : 0;
}

function totalRow(t: Table): Row | undefined {
  const rows = t.rows.filter((r) => !isMarkerRow(r));
  const named = rows.find((r) => r.isTotal && /^(合计|总计)$/.test(compact(r.name)));
  if (named && named.values.some(Boolean)) return named;
  return rows.find((r) => r.isTotal && r.values.some(Boolean));
}

/** Columns of unknown meaning (no header name) carrying figures on the row: the row's cells may have shifted. */
function unnamedFigures(t: Table, r: Row): boolean {
  return t.columns.some((c, i) => !compact(c.name) && !!r.values[i]);
}

/**
 * 基本支出 printed as its parts only (`基本支出/人员支出`, `基本支出/日常公用支出` under one
 * spanning heading): the sum of the parts, quoted with both figures.
 */
function basicFromParts(t: Table, r: Row, out: Facts) {
  const parts = t.columns.map((c, i) => ({ c, i })).filter(({ c }) => /^基本支出\//.test(c.name));
  if (parts.length < 2) return;
  const amounts = parts.map(({ i }) => r.values[i]);
  if (amounts.some((a) => !a)) return;
  let sum = Decimal.ZERO;
  for (const a of amounts) sum = sum.add(toWan(a!));
  const text = `${t.title}：${r.name || '合计'}（${parts.map(({ c }, k) => `${c.name} ${amounts[k]!.raw}`).join(' + ')}）`;
  set(out, 'basic_expenditure', { key: 'basic_expenditure', value: sum, text, source: amounts[0]!.source, from: 'table' });
}

/** The lines before `total` other than `except` (and its 其中 lines) add up to it, and some print a figure. */
function othersMakeTotal(rows: Row[], total: Row, except: Row, col: number): boolean {
  const end = rows.indexOf(total);
  if (end < 0) return false;
  let sum = Decimal.ZERO;
  let n = 0;
  for (const r of rows.slice(0, end)) {
    if (r === except || r.isTotal || /^其中/.test(compact(r.name))) continue;
    const a = valueAt(r, col);
    if (a) {
      sum = sum.add(toWan(a));
      n++;
    }
  }
  const tv = valueAt(total, col);
  return n > 0 && !!tv && sum.sub(toWan(tv)).abs().lte(Decimal.of(1, 2));
}

/**
 * A 收支总表 whose expenditure side splits its total by kind (合计 / 基本支出/人员经费 /
 * 基本支出/公用经费 / 项目支出, Shanghai): the kinds of the grand total, for facts no other
 * table gave.
 */
function spendingKindsOfSummary(t: Table, out: Facts) {
  const r = grandTotal(t.rightRows, '支出');
  if (!r || !t.rightColumns) return;
  const kinds: [FactKey, RegExp][] = [
    ['personnel_expenses', /^人员经费$/],
    ['public_expenses', /^公用经费$/],
    ['basic_expenditure', /^基本支出$/],
    ['project_expenditure', /^项目支出$/],
  ];
  t.rightColumns.forEach((c, i) => {
    const last = compact(c.name.split('/').pop() ?? '');
    const k = kinds.find(([, re]) => re.test(last));
    const a = valueAt(r, i);
    if (k && a) set(out, k[0], fact(k[0], a, t, `${r.name}（${c.name}）`));
  });
}

/**
 * The grand total of a side of a two-sided table: 收入总计 / 支出总计 / 总计, or — in templates
 * without one — the side's 收入合计 / 支出合计 / 合计 row, provided no carry-over line follows it
 * (then it would be this year's figure only).
 */
function grandTotal(rows: Row[] | undefined, side: '收入' | '支出'): Row | undefined {
  if (!rows) return undefined;
  const named = firstRow(rows, side === '收入' ? /^(收入)?总计$|^收、?支总计$/ : /^(支出)?总计$|^收、?支总计$/);
  if (named) return named;
  const re = side === '收入' ? /^(收入)?合计$/ : /^(支出)?合计$/;
  for (let i = rows.length - 1; i >= 0; i--) {
    if (!re.test(compact(rows[i].name)) || !rows[i].values.some(Boolean)) continue;
    const after = rows.slice(i + 1);
    if (after.some((r) => /结转|结余/.test(r.name) && r.values.some((v) => v && !v.value.isZero()))) return undefined;
    return rows[i];
  }
  return undefined;
}

/**
 * The fund rows of a revenue side (一般公共预算… / 政府性基金… / 国有资本经营…) add up to its total
 * when nothing else is received: when they do not, the side was misread (values of the other side
 * or a 行次 column taken for amounts) and its item figures are not facts. Sides that cannot be
 * checked this way pass.
 */
function fundRowsAddUp(rows: Row[], total: Row | undefined, col: number): boolean {
  const tv = valueAt(total, col);
  if (!total || !tv) return true;
  const bare = (r: Row) => compact(r.name).replace(/^[一二三四五六七八九十]+、|^\d+[.、]/, '');
  const funds = rows.filter((r) => /^(一般公共预算|政府性基金|国有资本经营)/.test(bare(r)));
  if (funds.length < 2) return true;
  if (rows.some((r) => !r.isTotal && /支出$/.test(bare(r)))) return false; // expenditure items on the revenue side
  const others = rows.filter((r) => !r.isTotal && !funds.includes(r) && r.values.some((v) => v && !v.value.isZero()));
  if (others.length) return true; // other revenue kinds or carry-over: the fund rows are only a part
  let sum = Decimal.ZERO;
  for (const r of funds) {
    const a = valueAt(r, col);
    if (a) sum = sum.add(toWan(a));
  }
  const tol = Decimal.of(1, 2).mul(Decimal.of(funds.length + 1));
  return sum.sub(toWan(tv)).abs().lte(tol);
}

/**
 * 收入总计 printed blank in the 收支总表: the revenue table's 合计, when it equals the 收支总表's
 * 支出总计 (the two totals the 收支总表 balances), so the figure rests on two tables that agree.
 */
function revenueTableTotal(tables: Table[], out: Facts) {
  const exp = out.total_expenditure;
  if (!exp) return;
  for (const t of tablesOf(tables, 'revenue')) {
    const r = totalRow(t);
    if (!r || unnamedFigures(t, r)) continue;
    const a = valueAt(r, mainColumn(t.columns));
    if (a && toWan(a).eq(exp.value)) return set(out, 'total_revenue', fact('total_revenue', a, t, `${r.name || '合计'}`));
  }
}

export function factsFromTables(tables: Table[], kind: DocKind | undefined, year?: number): Facts {
  const out: Facts = {};
  for (const t of tablesOf(tables, 'summary')) {
    const li = mainColumn(t.columns);
    const ri = mainColumn(t.rightColumns);
    const L = (re: RegExp) => firstRow(t.rows, re);
    const R = (re: RegExp) => firstRow(t.rightRows, re);
    const lf = (key: FactKey, re: RegExp) => {
      const r = L(re);
      const a = valueAt(r, li);
      if (r && a) set(out, key, fact(key, a, t, r.name));
    };
    const rf = (key: FactKey, re: RegExp) => {
      const r = R(re);
      const a = valueAt(r, ri);
      if (r && a) set(out, key, fact(key, a, t, r.name));
    };
    const gr = grandTotal(t.rows, '收入');
    const ga = valueAt(gr, li);
    if (gr && ga) set(out, 'total_revenue', fact('total_revenue', ga, t, gr.name));
    const ge = grandTotal(t.rightRows, '支出');
    const gea = valueAt(ge, ri);
    if (ge && gea) set(out, 'total_expenditure', fact('total_expenditure', gea, t, ge.name));
    lf('current_revenue', /^本年收入(合计)?$/);
    rf('current_expenditure', /^本年支出(合计)?$/);
    if (fundRowsAddUp(t.rows, L(/^本年收入(合计)?$/) ?? gr, li)) {
      lf('fiscal_appropriation_revenue', /^(本年)?财政拨款(收入)?$/);
      lf('general_budget_appropriation', /^一般公共预算(财政)?(拨款)?(收入|资金)?$/);
    }
  }
  if (!out.total_revenue) revenueTableTotal(tables, out);
  for (const t of tablesOf(tables, 'fiscal_summary')) {
    const li = mainColumn(t.columns);
    // this year's appropriation: 本年收入(合计), or the side's total when it has no carry-over line
    const carry = t.rows.some((r) => /结转|结余/.test(r.name));
    const r1 = firstRow(t.rows, /^本年收入(合计)?$/) ?? (carry ? undefined : grandTotal(t.rows, '收入'));
    const a1 = valueAt(r1, li);
    if (r1 && a1) set(out, 'fiscal_appropriation_revenue', fact('fiscal_appropriation_revenue', a1, t, r1.name));
    if (!fundRowsAddUp(t.rows, r1, li)) continue;
    const r2 = firstRow(t.rows, /^一般公共预算(财政)?(拨款)?(收入|资金)?$/);
    const a2 = valueAt(r2, li);
    if (r2 && a2) set(out, 'general_budget_appropriation', fact('general_budget_appropriation', a2, t, r2.name));
    // a blank 一般公共预算 line beside other fund lines that make the total: none this year
    else if (r2 && r1 && a1 && othersMakeTotal(t.rows, r1, r2, li))
      set(out, 'general_budget_appropriation', { key: 'general_budget_appropriation', value: Decimal.ZERO, text: `${t.title}：${r2.name}（空白）`, source: r2.source, from: 'table' });
  }
  for (const key of ['expenditure', 'general_budget', 'basic'] as TableKey[]) {
    for (const t of tablesOf(tables, key)) {
      const r = totalRow(t);
      if (!r || unnamedFigures(t, r)) continue;
      const col = (role: Column['role']) => t.columns.findIndex((c) => c.role === role);
      const put = (fk: FactKey, i: number) => {
        const a = valueAt(r, i);
        if (a) set(out, fk, fact(fk, a, t, `${r.name || '合计'}（${t.columns[i].name}）`));
      };
      // 基本支出 / 项目支出 are all-funds figures: only the expenditure table (支出总表) has that scope
      if (key === 'expenditure') {
        put('basic_expenditure', col('basic'));
        put('project_expenditure', col('project'));
        if (col('basic') < 0) basicFromParts(t, r, out);
      }
      put('personnel_expenses', col('personnel'));
      put('public_expenses', col('public'));
    }
  }
  // a side-by-side basic table: 人员经费合计 closes the left side, 公用经费合计 the right one
  for (const t of tablesOf(tables, 'basic')) {
    if (!t.rightRows) continue;
    const side = (key: FactKey, rows: Row[], cols: Column[] | undefined, re: RegExp) => {
      const r = rows.find((x) => x.isTotal && re.test(compact(x.name)));
      const i = mainColumn(cols);
      const a = valueAt(r, i);
      if (r && a) set(out, key, fact(key, a, t, r.name));
    };
    side('personnel_expenses', t.rows, t.columns, /人员经费/);
    side('public_expenses', t.rightRows, t.rightColumns, /公用经费/);
  }
  for (const t of tablesOf(tables, 'summary')) spendingKindsOfSummary(t, out);
  threePublic(tables, kind, year, out);
  return out;
}

/**
 * 政府采购 total from the procurement table: the largest figure of its total rows (合计 / 总计) in
 * the amount column (合计 / 总计 / 金额 / 预算…), since a total is never smaller than its parts.
 * Used when the narrative does not state the total.
 */
export function procurementFromTables(tables: Table[]): Fact | undefined {
  let best: { a: Amount; t: Table; r: Row } | undefined;
  for (const t of tablesOf(tables, 'procurement')) {
    let ci = t.columns.findIndex((c) => c.role === 'total');
    if (ci < 0) ci = t.columns.findIndex((c) => /合计|总计|金额|预算/.test(c.name) && !/编号|代码|名称/.test(c.name));
    if (ci < 0) continue;
    for (const r of t.rows) {
      if (isMarkerRow(r) || !(r.isTotal || /^(合计|总计)$/.test(compact(r.name)))) continue;
      const a = r.values[ci];
      if (a && (!best || toWan(a).gt(toWan(best.a)))) best = { a, t, r };
    }
  }
  return best && fact('procurement_total', best.a, best.t, best.r.name || '合计');
}
