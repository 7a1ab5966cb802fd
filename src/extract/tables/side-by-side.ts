/**
 * Detail tables printed as two tables side by side on the same lines (Shanghai's 基本支出决算表:
 * 人员经费 economic classes 301/303 with 科目编码 | 科目名称 | 决算数 on the left, 公用经费 classes
 * 302/310… with the same columns on the right). The header tells where the right-hand table starts
 * (its label columns begin after the left one's amount columns); every line is cut there and each
 * side is read as a one-sided table of its own.
 */
import type { NLine } from '../../readers/types.js';
import type { Row } from '../../model/types.js';
import { isLabelHeader, isTotalLabel } from './aliases.js';
import { columnsFromPositions, type ColSpec } from './columns.js';
import { buildRows, parseLine, type Layout, type ParseOptions, type ParsedLine, type RowContext } from './rows.js';
import { center, type Tok } from './tokens.js';

export interface SideBySideResult {
  columns: ColSpec[];
  rows: Row[];
  rightColumns: ColSpec[];
  rightRows: Row[];
  split: number;
}

/**
 * Where the right-hand table starts, from the header: between the last amount header of the left
 * table and the first label header (科目编码 / 类 / 科目名称) printed after an amount header.
 * Null when the header does not show two tables.
 */
export function sideSplit(header: Tok[][]): number | null {
  const toks = header.flat().filter((t) => t.kind === 'text' && t.text.trim());
  const isLabel = (t: Tok) => isLabelHeader(t.text, true);
  const amounts = toks.filter((t) => !isLabel(t) && !/^[（(]?(金额)?单位[:：]/.test(t.text.replace(/\s+/g, '')));
  if (!amounts.length) return null;
  const firstAmount = Math.min(...amounts.map((t) => t.x0));
  const lastAmount = Math.max(...amounts.map((t) => t.x1));
  const rightLabels = toks.filter((t) => isLabel(t) && t.x0 > firstAmount && t.x1 < lastAmount);
  if (!rightLabels.length) return null;
  const rightStart = Math.min(...rightLabels.map((t) => t.x0));
  const leftAmounts = amounts.filter((t) => t.x1 <= rightStart);
  if (!leftAmounts.length || !amounts.some((t) => t.x0 >= rightStart)) return null;
  const leftEnd = Math.max(...leftAmounts.map((t) => t.x1));
  return (leftEnd + rightStart) / 2;
}

/** Total rows of a side: `人员经费合计`, `公用经费合计`, any uncoded `…合计` / `…总计`. */
const SIDE_TOTAL = /(合计|总计)$/;

/**
 * Reads a side-by-side table. `body` are the data lines with their tokens (in the table's metric);
 * returns null when the header shows no split or a side has no columns.
 */
export function buildSideBySide(
  body: { line: NLine; toks: Tok[] }[],
  header: Tok[][],
  ctx: Omit<RowContext, 'columns'>,
  opts: { docYear?: number; parse?: ParseOptions } = {},
): SideBySideResult | null {
  const split = sideSplit(header);
  if (split === null) return null;
  const layout: Layout = ctx.layout;
  const wraps = layout !== 'index';
  const isLeft = (t: Tok) => center(t) < split;
  const columns = columnsFromPositions(
    header.map((ts) => ts.filter(isLeft)),
    opts.docYear,
    { wraps, twoSided: true },
  ).columns;
  const rightColumns = columnsFromPositions(
    header.map((ts) => ts.filter((t) => !isLeft(t))),
    opts.docYear,
    { wraps, twoSided: true },
  ).columns;
  if (!columns.length || !rightColumns.length) return null;

  const left: ParsedLine[] = [];
  const right: ParsedLine[] = [];
  for (const b of body) {
    const lt = b.toks.filter(isLeft);
    const rt = b.toks.filter((t) => !isLeft(t));
    if (lt.length) left.push(parseLine(b.line, lt, opts.parse));
    if (rt.length) right.push(parseLine(b.line, rt, opts.parse));
  }
  const rows = markTotals(buildRows(left, Object.assign({}, ctx, { columns })));
  const rightRows = markTotals(buildRows(right, Object.assign({}, ctx, { columns: rightColumns })));
  if (!wellFormed(rows, rightRows)) return null;
  // where the layout is only approximate (space-aligned text), figures printed on a line of their own
  // (above or below their row) cannot be told to which row they belong
  if (ctx.doc.geometry !== 'points' && [...left, ...right].some((p) => p.vals.some((v) => v.kind === 'num') && !p.codes.length && !isTotalLabel([...p.pre, ...p.post].join('')))) return null;
  return { columns, rows, rightColumns, rightRows, split };
}

/**
 * The reading is trusted only when each side is a clean classification listing: no code twice,
 * every 款 under the latest 类 row of its side, and no 类 on both sides. Anything else means lines
 * were cut at the wrong place or rows were spread over several lines.
 */
function wellFormed(left: Row[], right: Row[]): boolean {
  const classes: Set<string>[] = [];
  for (const rows of [left, right]) {
    const seen = new Set<string>();
    const cls = new Set<string>();
    let current: string | undefined;
    for (const r of rows) {
      if (!r.code) {
        if (!r.isTotal && r.values.some(Boolean)) return false; // figures on a row without code or total label
        continue;
      }
      if (seen.has(r.code)) return false;
      seen.add(r.code);
      if (r.codeLevel === 1) {
        current = r.code;
        cls.add(r.code);
      } else if (!current || !r.code.startsWith(current)) return false;
    }
    classes.push(cls);
  }
  return ![...classes[0]].some((c) => classes[1].has(c));
}

function markTotals(rows: Row[]): Row[] {
  for (const r of rows) if (!r.code && SIDE_TOTAL.test(r.name.replace(/\s+/g, ''))) r.isTotal = true;
  return rows;
}
