/**
 * How a table prints its figures, derived once from the table itself (extraction stores it; rules read
 * it): the number of decimals most of its non-zero figures show, the share printed with decimals, and
 * — for figures printed shorter because trailing zeros were suppressed (`25` among `46.56`) — the
 * precision they stand for (`Amount.shownPrecision`).
 */
import type { Amount, Row, Table, TableStats } from './types.js';

type Rows = { values: (Amount | null)[] }[];

function figures(t: { rows: Rows; rightRows?: Rows }): Amount[] {
  const out: Amount[] = [];
  for (const r of t.rows) for (const v of r.values) if (v) out.push(v);
  for (const r of t.rightRows ?? []) for (const v of r.values) if (v) out.push(v);
  return out;
}

export function computeTableStats(t: { rows: Rows; rightRows?: Rows }): TableStats {
  const counts = new Map<number, number>();
  let n = 0;
  let d = 0;
  for (const v of figures(t)) {
    if (v.value.isZero()) continue;
    n++;
    if (v.precision > 0) d++;
    counts.set(v.precision, (counts.get(v.precision) ?? 0) + 1);
  }
  let main = 0;
  let best = 0;
  for (const [p, c] of counts) if (c > best) ((main = p), (best = c));
  return { mainPrecision: main, decimalShare: n ? d / n : 0 };
}

/**
 * A table whose figures are mostly printed with p decimals (at least half the non-zero ones show the
 * most places, p) prints the others with trailing zeros suppressed: their precision is p.
 */
export function applyShownPrecision(t: { rows: Rows; rightRows?: Rows }): void {
  const all = figures(t);
  const nz = all.filter((v) => !v.value.isZero());
  if (!nz.length) return;
  const p = Math.max(...nz.map((v) => v.precision));
  if (p === 0 || nz.filter((v) => v.precision === p).length * 2 < nz.length) return;
  for (const v of all) if (v.precision < p) v.shownPrecision = p;
}

/** Stores a table's print statistics and its figures' shown precision (after the table is complete). */
export function finishTable(t: Table): void {
  applyShownPrecision(t);
  t.stats = computeTableStats(t);
}

/**
 * A row with no figure whose name ends in grouped figures (`…养老支出3612,2563612,256`): its figures
 * were printed into the name's cell and could not be told apart.
 */
export function figuresInName(r: Row): boolean {
  return r.values.every((v) => !v) && /\d,\d{3}(?:\.\d+)?$/.test(r.name.replace(/\s+/g, ''));
}
