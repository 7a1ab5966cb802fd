/**
 * Key figures read from the tables, at table precision: totals of the 收支总表, 财政拨款 figures,
 * 基本支出 / 项目支出 of the expenditure table's total row, 人员经费 / 公用经费 of the basic table,
 * and the "三公" table (rows per item, or one row with a column per item).
 */
import type { Amount, Column, DocKind, Fact, FactKey, Row, Table, TableKey } from '../../model/types.js';
import { toWan } from '../../model/amount.js';
import { Decimal } from '../../model/decimal.js';

type Facts = Partial<Record<FactKey, Fact>>;

const compact = (s: string) => s.replace(/[\s:：;；]/g, '');

function fact(key: FactKey, a: Amount, t: Table, label: string): Fact {
  return { key, value: toWan(a), amount: a, text: `${t.title}：${label} ${a.raw}`, source: a.source, from: 'table' };
}

const tablesOf = (tables: Table[], key: TableKey) => tables.filter((t) => t.key === key && (t.rows.length || t.rightRows?.length));

function firstRow(rows: Row[] | undefined, re: RegExp): Row | undefined {
  return rows?.find((r) => re.test(compact(r.name)));
}

function valueAt(r: Row | undefined, i: number): Amount | null {
  if (!r || i < 0) return null;
  return r.values[i] ?? null;
}

/** The column holding the figure of the year (合计 / 预算数 / 决算数), for a side of a two-sided table. */
function mainColumn(cols: Column[] | undefined): number {
  if (!cols?.length) return 0;
  const total = cols.findIndex((c) => c.role === 'total');
  return total >= 0 ? total : 0;
}

function set(out: Facts, key: FactKey, f: Fact | null | undefined) {
  if (f && !out[key]) out[key] = f;
}

/**
 * A 栏次 / 行次 marker row (`1 2 3 …` under the header): most of its cells are small whole numbers
 * printed without decimals. Such a row is never a total, whatever its label.
 */
export function isMarkerRow(r: Row): boolean {
  const vals = r.values.filter((v): v is Amount => !!v);
  if (vals.length < 2) return false;
  const small = vals.filter((v) => /^\d{1,2}$/.test(v.raw.trim())).length;
  return small >= 2 && small * 2 >= vals.length;
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

export function factsFromTables(tables: Table[], kind: DocKind | undefined): Facts {
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
  threePublic(tables, kind, out);
  return out;
}

const ITEMS: { key: FactKey; re: RegExp }[] = [
  { key: 'operating_expenses', re: /机关运行经费|行政运行经费/ },
  { key: 'three_public_outbound', re: /因公出国/ },
  { key: 'three_public_reception', re: /公务接待/ },
  { key: 'three_public_vehicle', re: /购置[及和与]运行/ },
  { key: 'three_public_vehicle_purchase', re: /购置费?$|购置费/ },
  { key: 'three_public_vehicle_operation', re: /运行(维护)?费/ },
  { key: 'three_public_total', re: /^(合计|总计|小计)$|^[“"]?三公[”"]?经费(?:财政拨款)?(?:预算|决算)?(?:数|总额|合计|总计)?$/ },
];

function itemOf(label: string): FactKey | null {
  const t = compact(label).replace(/^其中/, '');
  for (const it of ITEMS) if (it.re.test(t)) return it.key;
  return null;
}

/** A group heading merged into its first child's name (`公务用车购置及运行费公务用车购置费`): the child. */
function withoutVehicleGroup(name: string): string {
  const t = compact(name);
  const m = /^(?:公务用车)?购置[及和与]运行(?:维护)?费(?:用|支出)?(?=(?:公务用车)?(?:购置|运行))/.exec(t);
  return m ? t.slice(m[0].length) : t;
}

/** A 小计 column standing alone before the vehicle purchase / operation columns is the vehicle subtotal. */
function subtotalOfVehicle(cols: Column[], i: number): boolean {
  const next = cols[i + 1] ? itemOf(withoutVehicleGroup(cols[i + 1].name.split('/').pop() ?? '')) : null;
  return next === 'three_public_vehicle_purchase' || next === 'three_public_vehicle_operation';
}

/** The "三公" table: a row per item (Beijing) or one row with a column per item (Shanghai). */
function threePublic(tables: Table[], kind: DocKind | undefined, out: Facts) {
  for (const t of tablesOf(tables, 'three_public')) {
    const itemRows = t.rows.filter((r) => itemOf(r.name) && itemOf(r.name) !== 'three_public_total');
    const found: Facts = {};
    if (itemRows.length >= 2) {
      // rows per item: the column of this year's budget (预算) or actual (决算)
      const ci = yearColumn(t.columns, kind);
      if (ci < 0) continue;
      for (const r of t.rows) {
        const k = r.isTotal ? 'three_public_total' : itemOf(r.name);
        if (!k) continue;
        const a = r.values[ci];
        if (a) set(found, k, fact(k, a, t, r.name));
        else if (t.rows.some((x) => x.values[ci])) set(found, k, blank(k, t, r, r.name));
      }
    } else {
      // one row, a column per item
      const r = t.rows.filter((x) => x.values.some(Boolean)).sort((a, b) => count(b) - count(a))[0];
      if (!r) continue;
      const keyed = new Map<FactKey, number>();
      t.columns.forEach((c, i) => {
        const path = c.name.split('/');
        if (kind === 'final' && /预算/.test(path[path.length - 1]) && !/机关运行/.test(c.name)) return;
        if (kind !== 'final' && /决算/.test(path[path.length - 1])) return;
        // the most specific part of the header path names the item: 公务用车购置及运行费 / 公务用车购置费 / 决算数
        let k: FactKey | null = null;
        for (let p = path.length - 1; p >= 0 && !k; p--) {
          if (/^小计$/.test(compact(path[p]))) {
            if (path.slice(0, p).some((g) => /购置[及和与]运行/.test(g)) || subtotalOfVehicle(t.columns, i)) k = 'three_public_vehicle';
            continue;
          }
          k = itemOf(withoutVehicleGroup(path[p]));
        }
        if (!k) return;
        if (keyed.has(k)) keyed.set(k, -1); // ambiguous: leave to the narrative
        else keyed.set(k, i);
      });
      for (const [k, i] of keyed) {
        if (i < 0) continue;
        const a = r.values[i];
        if (a) set(found, k, fact(k, a, t, t.columns[i].name));
        else set(found, k, blank(k, t, r, t.columns[i].name));
      }
    }
    // keep the table's figures only when they add up (a misread column would not)
    if (consistent(found)) for (const [k, f] of Object.entries(found)) set(out, k as FactKey, f);
  }
}

/** Rounding of three printed figures (万元, 2 decimals). */
const TOLERANCE = Decimal.of(15, 3);

const count = (r: Row) => r.values.filter(Boolean).length;

/** A blank cell in a table that prints figures stands for zero. */
function blank(key: FactKey, t: Table, r: Row, label: string): Fact {
  return { key, value: Decimal.ZERO, text: `${t.title}：${label}（空白）`, source: r.source, from: 'table' };
}

function yearColumn(cols: Column[], kind: DocKind | undefined): number {
  const want = kind === 'final' ? 'final' : 'budget';
  let i = cols.findIndex((c) => c.role === want);
  if (i < 0) i = cols.findIndex((c) => c.role !== 'prior' && (c.role === 'amount' || c.role === 'total'));
  return i;
}

function consistent(f: Facts): boolean {
  const v = (k: FactKey) => f[k]?.value;
  const near = (a: Decimal, b: Decimal) => a.sub(b).abs().lte(TOLERANCE);
  const atMost = (a: Decimal, b: Decimal) => a.lte(b.add(TOLERANCE));
  const sum = (...xs: (Decimal | undefined)[]) => xs.reduce<Decimal>((acc, x) => (x ? acc.add(x) : acc), Decimal.ZERO);
  const tot = v('three_public_total');
  const o = v('three_public_outbound');
  const veh = v('three_public_vehicle');
  const rec = v('three_public_reception');
  const p = v('three_public_vehicle_purchase');
  const op = v('three_public_vehicle_operation');
  const vehicle = veh ?? (p || op ? sum(p, op) : undefined);
  if (tot) {
    if (o && vehicle && rec && !near(sum(o, vehicle, rec), tot)) return false;
    if (!atMost(sum(o, vehicle, rec), tot)) return false;
  }
  if (veh) {
    if (p && op && !near(sum(p, op), veh)) return false;
    if (!atMost(sum(p, op), veh)) return false;
  }
  return true;
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
