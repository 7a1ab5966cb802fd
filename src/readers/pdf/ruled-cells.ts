/**
 * Ruled table cells: runs enclosed by the same four ruling lines form one cell, whatever their gaps
 * or how many lines a long name wraps to. Guards keep this to real grid cells: a cell must be
 * narrower than half the page and at most a few lines high, and must not stack numbers (stacked
 * numbers mean the "cell" is really several unruled rows).
 */
import type { Rules } from './rules.js';
import type { Run } from './runs.js';

export interface CellRect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface RuledBlock {
  rect: CellRect;
  /** The runs of the cell, in reading order (top to bottom, left to right). */
  runs: Run[];
}

/** Tolerance for text touching a rule. */
const TOUCH = 1;
/** A ruled cell higher than this many font sizes is not a grid cell (a column without row rules). */
const MAX_CELL_HEIGHT_EM = 6.5;
/** A ruled "cell" wider than this share of the page is a frame around content, not a grid cell. */
const MAX_CELL_WIDTH_SHARE = 0.5;

/** Upper bound of run × rule comparisons spent on finding grid cells on one page. */
const MAX_WORK = 20_000_000;

const NUMERIC = /^[-+(（]?[\d,，.．]+[)）%％]?$/;

/** The four rules enclosing a run, if any. */
function enclosing(r: Run, rules: Rules): CellRect | undefined {
  const yc = (r.top + r.bottom) / 2;
  const half = 0.25 * (r.bottom - r.top);
  let left: number | undefined;
  let right: number | undefined;
  for (const v of rules.v) {
    if (v.y0 > yc - half || v.y1 < yc + half) continue;
    if (v.x <= r.x0 + TOUCH) left = v.x;
    else if (v.x >= r.x1 - TOUCH) {
      right = v.x;
      break;
    } else return undefined; // a rule through the text: it overflows its cell
  }
  if (left === undefined || right === undefined) return undefined;
  const xc = (r.x0 + r.x1) / 2;
  let top: number | undefined;
  let bottom: number | undefined;
  for (const h of rules.h) {
    if (h.x0 > xc || h.x1 < xc) continue;
    if (h.y <= r.top + 0.3 * r.size) top = h.y;
    else if (h.y >= r.bottom - 0.3 * r.size) {
      bottom = h.y;
      break;
    }
  }
  if (top === undefined || bottom === undefined) return undefined;
  return { left, right, top, bottom };
}

/**
 * Splits the runs of a page into ruled cell blocks and loose runs (everything not inside a usable
 * grid cell).
 */
export function findRuledBlocks(runs: readonly Run[], rules: Rules, pageWidth: number): { blocks: RuledBlock[]; loose: Run[] } {
  const loose: Run[] = [];
  if (rules.v.length < 2 || rules.h.length < 2) return { blocks: [], loose: [...runs] };
  // bounded time: a page with extreme numbers of runs and rules is laid out by baselines only
  if (runs.length * (rules.v.length + rules.h.length) > MAX_WORK) return { blocks: [], loose: [...runs] };
  const byRect = new Map<string, RuledBlock>();
  for (const r of runs) {
    const rect = enclosing(r, rules);
    if (
      !rect ||
      rect.right - rect.left > MAX_CELL_WIDTH_SHARE * pageWidth ||
      rect.bottom - rect.top > MAX_CELL_HEIGHT_EM * r.size
    ) {
      loose.push(r);
      continue;
    }
    const key = `${rect.left}|${rect.right}|${rect.top}|${rect.bottom}`;
    const b = byRect.get(key);
    if (b) b.runs.push(r);
    else byRect.set(key, { rect, runs: [r] });
  }
  // a cell stacking numbers means its row band is really several unruled rows: drop the whole band
  const badBands = new Set<string>();
  for (const b of byRect.values()) {
    orderRuns(b.runs);
    if (stacksNumbers(b.runs)) badBands.add(`${b.rect.top}|${b.rect.bottom}`);
  }
  const blocks: RuledBlock[] = [];
  for (const b of byRect.values()) {
    if (badBands.has(`${b.rect.top}|${b.rect.bottom}`)) loose.push(...b.runs);
    else blocks.push(b);
  }
  return { blocks, loose };
}

/** Sorts runs top to bottom by baseline (within a third of an em counts as one line), then left to right. */
export function orderRuns(runs: Run[]): void {
  runs.sort((a, b) => a.base - b.base || a.x0 - b.x0);
  // settle near-equal baselines into lines, then order each line by x
  let start = 0;
  for (let i = 1; i <= runs.length; i++) {
    if (i === runs.length || runs[i].base - runs[start].base > 0.35 * Math.min(runs[i].size, runs[start].size)) {
      if (i - start > 1) {
        const line = runs.slice(start, i).sort((a, b) => a.x0 - b.x0);
        for (let k = 0; k < line.length; k++) runs[start + k] = line[k];
      }
      start = i;
    }
  }
}

/** Two numeric runs on different lines of one cell. */
function stacksNumbers(runs: Run[]): boolean {
  let base: number | undefined;
  for (const r of runs) {
    if (!NUMERIC.test(r.str)) continue;
    if (base === undefined) base = r.base;
    else if (Math.abs(r.base - base) > 0.35 * r.size) return true;
  }
  return false;
}
