/**
 * Runs → text lines: runs whose baselines agree within a tolerance relative to their font size are
 * one line; lines are ordered top to bottom, runs in a line left to right.
 */
import type { Run } from './runs.js';

export interface TextLine {
  runs: Run[];
  /** Baseline of the line (of its first, i.e. largest-weight, cluster member). */
  base: number;
  top: number;
  bottom: number;
  x0: number;
  x1: number;
  /** Median font size. */
  size: number;
}

/** Baselines closer than this share of the font size are one line. */
const BASELINE_TOLERANCE = 0.35;

export function groupLines(runs: readonly Run[]): TextLine[] {
  const sorted = [...runs].sort((a, b) => a.base - b.base || a.x0 - b.x0);
  const lines: TextLine[] = [];
  let cur: Run[] = [];
  let curBase = 0;
  let curSize = 0;
  const flush = () => {
    if (cur.length) lines.push(makeLine(cur));
    cur = [];
  };
  for (const r of sorted) {
    if (cur.length) {
      const tol = BASELINE_TOLERANCE * Math.min(r.size, curSize);
      if (Math.abs(r.base - curBase) <= tol) {
        cur.push(r);
        continue;
      }
      flush();
    }
    cur = [r];
    curBase = r.base;
    curSize = r.size;
  }
  flush();
  return lines;
}

export function makeLine(runs: Run[]): TextLine {
  runs.sort((a, b) => a.x0 - b.x0);
  let top = Infinity;
  let bottom = -Infinity;
  let x0 = Infinity;
  let x1 = -Infinity;
  for (const r of runs) {
    if (r.top < top) top = r.top;
    if (r.bottom > bottom) bottom = r.bottom;
    if (r.x0 < x0) x0 = r.x0;
    if (r.x1 > x1) x1 = r.x1;
  }
  const sizes = runs.map((r) => r.size).sort((a, b) => a - b);
  // the baseline of the line is that of its most common size's first run (superscripts do not move it)
  const size = sizes[sizes.length >> 1];
  const main = runs.find((r) => Math.abs(r.size - size) < 0.01) ?? runs[0];
  return { runs, base: main.base, top, bottom, x0, x1, size };
}
