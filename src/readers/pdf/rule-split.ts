/**
 * Runs cut at the vertical rules that cross them at a space.
 *
 * Some producers write two neighbouring table cells as one text item, the figure right-aligned in
 * one cell and the label of the next one, separated by a single space that falls exactly on the
 * ruling line between them (`225,431.78 一、一般公共服务支出` over the rule of a two-sided summary
 * table). Read as one run, that text overflows its cell: it fits in no grid cell and its pieces
 * land in the wrong columns. A vertical rule passing through a space of a run separates cells, so
 * the run is cut there. A rule running through a word (a title overflowing its cell) is left alone.
 */
import { displayWidth } from '../char-rules.js';
import type { Rules } from './rules.js';
import type { Run } from './runs.js';

/** Narrow punctuation and spaces: a quarter of an em or a little less. */
const THIN = /[\s,.:;'`!|]/;

/** Advance of a character in ems: nominal, and the least any font of these documents gives it. */
function ems(c: string): { nominal: number; least: number } {
  // full-width characters (CJK, full-width forms: two display columns) advance one em
  if (displayWidth(c) === 2) return { nominal: 1, least: 0.95 };
  if (THIN.test(c)) return { nominal: 0.5, least: 0.2 };
  return { nominal: 0.5, least: 0.45 };
}

/**
 * Cuts one run at the rules (x positions, ascending) that cross it at a space. The space may
 * stand for a gap of any width, so a space qualifies when the text before it fits left of the rule
 * and the text after it right of it, at the least width the characters can have; of several, the
 * one whose nominal gap lies nearest the rule is taken.
 */
function cutRun(run: Run, xs: number[]): Run[] {
  const chars = [...run.str];
  const em = run.size;
  // prefix sums of the nominal and least advances
  const nom = [0];
  const least = [0];
  for (const c of chars) {
    const a = ems(c);
    nom.push(nom[nom.length - 1] + a.nominal * em);
    least.push(least[least.length - 1] + a.least * em);
  }
  const n = chars.length;
  const out: Run[] = [];
  let start = 0; // first character of the piece being built
  let left = run.x0;
  for (const x of xs) {
    let best = -1;
    let bestMiss = Infinity;
    for (let i = start + 1; i < n - 1; i++) {
      if (chars[i] !== ' ') continue;
      // the text before the space ends left of the rule, the text after it starts right of it
      if (left + (least[i] - least[start]) > x + 1 || run.x1 - (least[n] - least[i + 1]) < x - 1) continue;
      const gapStart = left + (nom[i] - nom[start]);
      const gapEnd = run.x1 - (nom[n] - nom[i + 1]);
      const miss = x < Math.min(gapStart, gapEnd) ? Math.min(gapStart, gapEnd) - x : x > Math.max(gapStart, gapEnd) ? x - Math.max(gapStart, gapEnd) : 0;
      if (miss < bestMiss) {
        best = i;
        bestMiss = miss;
      }
    }
    if (best < 0) continue;
    const str = chars.slice(start, best).join('').trimEnd();
    if (!str) continue;
    out.push({ ...run, str, x0: left, x1: Math.min(x, left + (nom[best] - nom[start])) });
    start = best + 1;
    left = Math.max(x, run.x1 - (nom[n] - nom[start]));
  }
  if (!out.length) return [run];
  out.push({ ...run, str: chars.slice(start).join('').trimStart(), x0: left, x1: run.x1 });
  return out;
}

/** The runs with every run that a vertical rule crosses at a space cut there. */
export function splitRunsAtRules(runs: readonly Run[], rules: Rules): readonly Run[] {
  if (!rules.v.length) return runs;
  const out: Run[] = [];
  let cut = false;
  for (const r of runs) {
    if (!r.str.includes(' ')) {
      out.push(r);
      continue;
    }
    const yc = (r.top + r.bottom) / 2;
    const half = 0.25 * (r.bottom - r.top);
    const xs: number[] = [];
    for (const v of rules.v) {
      if (v.x <= r.x0 + 1) continue;
      if (v.x >= r.x1 - 1) break; // sorted by x
      if (v.y0 <= yc - half && v.y1 >= yc + half && !(xs.length && v.x - xs[xs.length - 1] < 2)) xs.push(v.x);
    }
    const pieces = xs.length ? cutRun(r, xs) : [r];
    if (pieces.length > 1) cut = true;
    out.push(...pieces);
  }
  return cut ? out : runs;
}
