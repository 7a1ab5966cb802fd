/**
 * Which rows a total row of a coded table adds up (per side: each side of a two-sided table is read
 * on its own).
 *
 * - A plain total (合计 / 总计 / 小计, or an unnamed row the extraction marked as a total) adds the
 *   top-level coded rows of its side. A 小计 among other totals adds its section only.
 * - A section total named after a part of basic expenditure (人员经费合计 = 301 + 303, 公用经费合计 =
 *   302 + 310) adds the coded rows of its section, and only when those are classes of that part.
 * - Any other named total the extraction marked as a total (本年支出合计, 支出合计 …) counts as the
 *   side's total only when it is the side's one total row, printed before or after every coded row.
 *
 * A section is the run of rows between the total and the neighbouring total row (after the total when
 * the side prints its section totals first, before it otherwise). It is read only when its coded rows
 * are whole subtrees of one code system and no uncoded row in it holds figures (a level we cannot place);
 * otherwise the total is not checked: a total read wrongly would be a false alarm.
 */
import type { Column, Row, Table } from '../../model/types.js';
import { nonZero, normName, summableColumn } from '../tables.js';
import { sameAmount, sumAgrees } from '../tolerance.js';
import { namedSubtotals } from './named-subtotals.js';

export interface TotalSpan {
  total: Row;
  /** The rows the total adds up. */
  parts: Row[];
  kind: 'plain' | 'section' | 'named';
}

const PLAIN = /^(?:合计|总计|小计|)$/;
const SUBTOTAL = /^小计$/;
/** A named total: `X合计` / `X总计`, none of the carry-over or 其中 lines. */
const NAMED = /^(?!.*(?:其中|结转|结余|上年|年初|年末|以前年度)).+(?:合计|总计)$/;

/** Parts of basic expenditure and the economic classes they consist of (部门 / 政府经济分类). */
const SECTIONS: { re: RegExp; classes: Set<string> }[] = [
  { re: /^人员经费(?:支出)?(?:合计|总计)$/, classes: new Set(['301', '303', '501', '509']) },
  { re: /^公用经费(?:支出)?(?:合计|总计)$/, classes: new Set(['302', '310', '502', '503']) },
];

const coded = (r: Row) => !!(r.code && r.codeLevel);
const plainName = (r: Row) => !r.code && PLAIN.test(normName(r.name)) && (r.isTotal || normName(r.name) !== '');
const namedTotal = (r: Row) => !r.code && !!r.isTotal && !PLAIN.test(normName(r.name)) && NAMED.test(r.name.replace(/\s+/g, ''));
/** Rows that close or open a section. */
const boundary = (r: Row) => plainName(r) || namedTotal(r) || (!r.code && !!r.isTotal);

/**
 * The top coded rows of the dominant code system (the rows a grand total adds up): every row whose
 * class or 款 is not printed above it — the 类 rows when every row has its class printed, and also a
 * 款 or 项 listed without its parent (a table of 项 rows with one 款 that has no 项).
 */
export function topRows(rows: Row[]): Row[] {
  const all = rows.filter(coded);
  if (!all.length) return [];
  const bySys = new Map<string, Row[]>();
  for (const r of all) bySys.set(r.codeSystem ?? 'function', [...(bySys.get(r.codeSystem ?? 'function') ?? []), r]);
  const main = [...bySys.values()].sort((a, b) => b.length - a.length)[0];
  const codes = new Set(main.map((r) => r.code!));
  const hasAncestor = (code: string) => {
    for (let n = code.length - 2; n >= 3; n -= 2) if (codes.has(code.slice(0, n))) return true;
    return false;
  };
  return main.filter((r) => !hasAncestor(r.code!));
}

/**
 * The top-level coded rows of the section next to `rows[idx]` (after it when `head`, before it
 * otherwise), or null when the section has no clean structure.
 */
function sectionTops(rows: Row[], idx: number, head: boolean): Row[] | null {
  const seg: Row[] = [];
  for (let j = head ? idx + 1 : idx - 1; j >= 0 && j < rows.length && !boundary(rows[j]); j += head ? 1 : -1) seg.push(rows[j]);
  if (!head) seg.reverse();
  const cs = seg.filter(coded);
  if (!cs.length) return null;
  if (seg.some((r) => !r.code && nonZero(r))) return null;
  const sys = cs[0].codeSystem ?? 'function';
  if (cs.some((r) => (r.codeSystem ?? 'function') !== sys)) return null;
  const min = Math.min(...cs.map((r) => r.codeLevel!));
  const tops = cs.filter((r) => r.codeLevel === min);
  // every lower row belongs to a class of the section (whole subtrees, no orphan detail)
  if (cs.some((r) => r.codeLevel !== min && !tops.some((t) => r.code!.startsWith(t.code!)))) return null;
  return tops;
}

/** The total rows of one side of a table with the rows each adds up. */
export function totalSpans(_t: Table, rows: Row[]): TotalSpan[] {
  const out: TotalSpan[] = [];
  const plains = rows.filter(plainName);
  const named = rows.filter(namedTotal);
  const firstCoded = rows.findIndex(coded);
  const lastCoded = rows.length - 1 - [...rows].reverse().findIndex(coded);
  if (firstCoded < 0) return out;
  const tops = topRows(rows);
  // section totals (and 小计 among other totals) are printed all before or all after their sections
  const sectionRows = [...named, ...(plains.length > 1 ? plains.filter((r) => SUBTOTAL.test(normName(r.name))) : [])];
  const firstSection = Math.min(...sectionRows.map((r) => rows.indexOf(r)));
  const head = firstSection < firstCoded;
  for (const r of plains) {
    if (plains.length > 1 && SUBTOTAL.test(normName(r.name))) {
      const parts = sectionTops(rows, rows.indexOf(r), head);
      if (parts) out.push({ total: r, parts, kind: 'section' });
    } else if (tops.length) out.push({ total: r, parts: tops, kind: 'plain' });
  }
  for (const r of named) {
    const name = r.name.replace(/\s+/g, '');
    const sec = SECTIONS.find((s) => s.re.test(name));
    const idx = rows.indexOf(r);
    if (sec) {
      const parts = sectionTops(rows, idx, head);
      if (parts && parts.every((p) => sec.classes.has(p.code!))) out.push({ total: r, parts, kind: 'section' });
      continue;
    }
    // another named total: the side's only total, outside the coded rows, adding all of them
    if (plains.length || named.length > 1 || (idx > firstCoded && idx < lastCoded)) continue;
    const parts = sectionTops(rows, idx, idx < firstCoded);
    if (!parts || rows.filter(coded).some((c) => !parts.some((p) => c.code!.startsWith(p.code!)))) continue;
    out.push({ total: r, parts, kind: 'named' });
  }
  return out.sort((a, b) => rows.indexOf(a.total) - rows.indexOf(b.total));
}

/**
 * The section totals that together make up a table's grand total when it prints none (Shanghai
 * 基本支出表: 人员经费合计 on the left + 公用经费合计 on the right): returned only when they add up
 * every class of the table between them. Each with the index of its side.
 */
export function sectionTotals(t: Table, sides: { rows: Row[] }[]): { row: Row; side: number }[] | undefined {
  const out: { row: Row; side: number }[] = [];
  const covered = new Set<Row>();
  sides.forEach((side, s) => {
    for (const sp of totalSpans(t, side.rows)) {
      if (sp.kind !== 'section' || !SECTIONS.some((x) => x.re.test(sp.total.name.replace(/\s+/g, '')))) continue;
      out.push({ row: sp.total, side: s });
      for (const p of sp.parts) covered.add(p);
    }
  });
  const classes = sides.flatMap((side) => side.rows.filter(coded)).filter((r) => r.codeLevel === 1);
  if (out.length < 2 || !classes.length || classes.some((r) => !covered.has(r))) return undefined;
  return out;
}

/**
 * Can the totals of a detail table of another key (部门预算明细表) be read as sums of its coded rows?
 * Only when its coded rows are of one code system and every uncoded row with figures is accounted for:
 * a 款 subtotal over the coded rows after it, or a line restating a total or the sum of all coded rows
 * (a funding source such as 预算内 equal to 合计). An uncoded row with figures of its own (an item without a code) would be left
 * out of the sum: then nothing is checked.
 */
export function detailTotalsReadable(t: Table, rows: Row[], cols: Column[]): boolean {
  const cs = rows.filter(coded);
  if (!cs.length || new Set(cs.map((r) => r.codeSystem ?? 'function')).size > 1) return false;
  const subtotals = new Set(namedSubtotals(rows).map((g) => g.parent));
  const totals = rows.filter((r) => !r.code && (plainName(r) || namedTotal(r) || r.isTotal));
  const n = Math.max(cols.length, ...rows.map((r) => r.values.length));
  const tops = topRows(rows);
  const agrees = (r: Row, other: (i: number) => boolean) => {
    for (let i = 0; i < n; i++) if (summableColumn(t, cols, i) && !other(i)) return false;
    return true;
  };
  // a line restating a total, or the sum of all coded rows (then a wrong total is still found)
  const restates = (r: Row) =>
    totals.some((tot) => agrees(r, (i) => (!r.values[i] && !tot.values[i]) || sameAmount(r.values[i] ?? null, tot.values[i] ?? null))) ||
    agrees(r, (i) => sumAgrees(r.values[i] ?? null, tops.map((x) => x.values[i] ?? null)));
  return rows.every((r) => r.code || totals.includes(r) || !nonZero(r) || subtotals.has(r) || restates(r));
}
