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
import type { Rules } from './rules.js';
import type { Run } from './runs.js';

/** Full-width characters (CJK, full-width forms) advance one em, all others about half of one. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
/** A space's estimated middle may miss the rule by at most this many ems. */
const MISS_EM = 0.6;

/** Estimated left edge of every character of the run (and the right edge of the last), in points. */
function charEdges(run: Run): { chars: string[]; edges: number[] } {
  const chars = [...run.str];
  const weights = chars.map((c) => (WIDE.test(c) ? 1 : 0.5));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const scale = (run.x1 - run.x0) / total;
  const edges = [run.x0];
  for (const w of weights) edges.push(edges[edges.length - 1] + w * scale);
  return { chars, edges };
}

/** Cuts one run at the rules (x positions, ascending) that cross it at a space. */
function cutRun(run: Run, xs: number[]): Run[] {
  const { chars, edges } = charEdges(run);
  const out: Run[] = [];
  let start = 0; // first character of the piece being built
  let left = run.x0;
  for (const x of xs) {
    // the space whose estimated middle is nearest the rule
    let best = -1;
    let bestMiss = Infinity;
    for (let i = start + 1; i < chars.length - 1; i++) {
      if (chars[i] !== ' ') continue;
      const miss = Math.abs((edges[i] + edges[i + 1]) / 2 - x);
      if (miss < bestMiss) {
        best = i;
        bestMiss = miss;
      }
    }
    if (best < 0 || bestMiss > MISS_EM * run.size) continue;
    const str = chars.slice(start, best).join('').trimEnd();
    if (!str) continue;
    out.push({ ...run, str, x0: left, x1: Math.min(edges[best], x) });
    start = best + 1;
    left = Math.max(edges[best + 1], x);
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
      if (v.y0 <= yc - half && v.y1 >= yc + half) xs.push(v.x);
    }
    const pieces = xs.length ? cutRun(r, xs) : [r];
    if (pieces.length > 1) cut = true;
    out.push(...pieces);
  }
  return cut ? out : runs;
}
