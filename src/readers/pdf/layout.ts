/**
 * One page's runs → output lines of cells, in reading order.
 *
 * - Ruled grid cells (see ruled-cells.ts) that share the same top and bottom rule are one table row:
 *   one line, one cell per grid cell, so a value printed a little higher or lower than its label
 *   and a name wrapped over two lines still land in the row they belong to.
 * - Everything else is grouped by baseline; within a line a vertical rule between two runs always
 *   separates cells, runs between the same two rules (in a ruled table) always share one, and
 *   elsewhere a horizontal gap wider than about one character starts a new cell.
 */
import { groupLines, type TextLine } from './lines.js';
import { findRuledBlocks, type RuledBlock } from './ruled-cells.js';
import type { Rules } from './rules.js';
import type { Run } from './runs.js';

export interface OutCell {
  /** Runs of the cell in reading order. */
  runs: Run[];
  /** Raw text (runs joined, not yet normalised). */
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

export interface OutLine {
  cells: OutCell[];
  /** Baseline of the line's first text line: the position it sorts at. */
  base: number;
  top: number;
  bottom: number;
}

/** A gap wider than this many average character widths separates cells (unruled text). */
export const GAP_CHARS = 1.2;

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

export function layoutPage(runs: readonly Run[], rules: Rules, pageWidth: number): OutLine[] {
  const { blocks, loose } = rules.isEmpty ? { blocks: [], loose: [...runs] } : findRuledBlocks(runs, rules, pageWidth);
  const out: OutLine[] = [...rowsFromBlocks(blocks), ...groupLines(loose).map((l) => splitLine(l, rules))];
  out.sort((a, b) => a.base - b.base || (a.cells[0]?.x0 ?? 0) - (b.cells[0]?.x0 ?? 0));
  return out;
}

/** Grid cells with the same top and bottom rule → one line per table row. */
function rowsFromBlocks(blocks: RuledBlock[]): OutLine[] {
  const rows = new Map<string, RuledBlock[]>();
  for (const b of blocks) {
    const key = `${b.rect.top}|${b.rect.bottom}`;
    const row = rows.get(key);
    if (row) row.push(b);
    else rows.set(key, [b]);
  }
  const out: OutLine[] = [];
  for (const row of rows.values()) {
    row.sort((a, b) => a.rect.left - b.rect.left);
    const cells = row.map((b) => makeCell(b.runs));
    let base = Infinity;
    for (const b of row) base = Math.min(base, b.runs[0].base);
    out.push(lineOf(cells, base));
  }
  return out;
}

/** Splits one baseline line into cells by vertical rules and gaps. */
function splitLine(line: TextLine, rules: Rules): OutLine {
  const runs = line.runs;
  // vertical rules crossing this line and not running through any of its text
  let verticals: number[] = [];
  if (rules.v.length) {
    verticals = rules.verticalsAcross(line.top, line.bottom).filter((x) => !runs.some((r) => r.x0 + 1 < x && x < r.x1 - 1));
  }
  const ruledTable = verticals.length >= 3;
  const groups: Run[][] = [[runs[0]]];
  for (let i = 1; i < runs.length; i++) {
    const a = runs[i - 1];
    const b = runs[i];
    const ac = (a.x0 + a.x1) / 2;
    const bc = (b.x0 + b.x1) / 2;
    let split: boolean;
    if (verticals.some((x) => ac < x && x < bc)) split = true;
    else if (ruledTable && verticals[0] <= a.x0 + 1 && verticals[verticals.length - 1] >= b.x1 - 1) split = false;
    else split = wideGap(a, b);
    if (split) groups.push([b]);
    else groups[groups.length - 1].push(b);
  }
  return lineOf(groups.map(makeCell), line.base);
}

/** Average advance of one character of a run. */
function charWidth(r: Run): number {
  return (r.x1 - r.x0) / (codePoints(r.str) || 1);
}

/** Number of code points (characters) of a string. */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // a high surrogate followed by a low one is one character
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Is the gap between two neighbouring runs wide enough to separate cells? */
export function wideGap(a: Run, b: Run): boolean {
  const gap = b.x0 - a.x1;
  if (gap <= 0) return false;
  const em = Math.min(a.size, b.size);
  const cw = Math.min(Math.max((charWidth(a) + charWidth(b)) / 2, 0.45 * em), 1.05 * em);
  return gap > GAP_CHARS * cw;
}

function lineOf(cells: OutCell[], base: number): OutLine {
  let top = Infinity;
  let bottom = -Infinity;
  for (const c of cells) {
    if (c.top < top) top = c.top;
    if (c.bottom > bottom) bottom = c.bottom;
  }
  cells.sort((a, b) => a.x0 - b.x0);
  return { cells, base, top, bottom };
}

/** Joins runs (in reading order) into a cell: a space where a gap or a line break separates words. */
export function makeCell(runs: Run[]): OutCell {
  let text = '';
  let x0 = Infinity;
  let x1 = -Infinity;
  let top = Infinity;
  let bottom = -Infinity;
  let prev: Run | undefined;
  for (const r of runs) {
    if (prev) {
      const lastChar = text.slice(-1);
      const firstChar = r.str[0];
      const cjk = CJK.test(lastChar) || CJK.test(firstChar);
      const newLine = Math.abs(r.base - prev.base) > 0.35 * Math.min(r.size, prev.size);
      const gap = r.x0 - prev.x1;
      if (!cjk && (newLine || gap > 0.15 * Math.min(r.size, prev.size))) text += ' ';
    }
    text += r.str;
    if (r.x0 < x0) x0 = r.x0;
    if (r.x1 > x1) x1 = r.x1;
    if (r.top < top) top = r.top;
    if (r.bottom > bottom) bottom = r.bottom;
    prev = r;
  }
  return { runs, text, x0, x1, top, bottom };
}

/**
 * Does the text look like it may contain a table (a line with 3+ gap-separated pieces, or 2+ lines
 * with 2)? Only then are ruling lines worth reading.
 */
export function looksTabular(runs: readonly Run[]): boolean {
  let twoPiece = 0;
  for (const l of groupLines(runs)) {
    let pieces = 1;
    for (let i = 1; i < l.runs.length; i++) if (wideGap(l.runs[i - 1], l.runs[i])) pieces++;
    if (pieces >= 3) return true;
    if (pieces === 2 && ++twoPiece >= 2) return true;
  }
  return false;
}
