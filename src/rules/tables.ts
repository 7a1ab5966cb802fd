/** Reading the model's tables: columns by role or name, total rows, classification trees. */
import type { Amount, Column, ColumnRole, DisclosureModel, Row, Table, TableKey } from '../model/types.js';

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

/** All rows of a table, both sides for two-sided tables, with the columns they belong to. */
export function allSides(t: Table): { rows: Row[]; cols: Column[] }[] {
  const out = [{ rows: t.rows, cols: t.columns }];
  if (t.rightRows) out.push({ rows: t.rightRows, cols: t.rightColumns ?? t.columns });
  return out;
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

const decimalShare = new WeakMap<Table, number>();

/** Share of a table's non-zero figures printed with decimals. */
export function decimalsShare(t: Table): number {
  const hit = decimalShare.get(t);
  if (hit !== undefined) return hit;
  let n = 0;
  let d = 0;
  for (const r of [...t.rows, ...(t.rightRows ?? [])])
    for (const v of r.values)
      if (v && !v.value.isZero()) {
        n++;
        if (v.precision > 0) d++;
      }
  const share = n ? d / n : 0;
  decimalShare.set(t, share);
  return share;
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
  if (decimalsShare(t) < 0.25) return false;
  return rows.some((r) => r.values.some((v) => v && !v.value.isZero() && v.precision === 0));
}

export const DOUBT_NOTE = '（该行提取可能有误，请核对原表）';
