/**
 * Departments compared side by side: for one year (the one most departments have figures for), every department-scope body's 一般公共预算支出
 * total (budget, else the final's 年初预算; and the final where present), each figure with the
 * document, page and line it came from. Built from the series views already computed per body
 * (src/server/series.ts), never from the models again.
 */
import type { ApiPoint } from './series.js';

interface TimelineRow {
  year: number;
  budget?: ApiPoint;
  final?: ApiPoint;
  budgetInFinal?: ApiPoint;
}

export interface CompareBody {
  key: string;
  name: string;
  budget?: ApiPoint;
  final?: ApiPoint;
}

export interface Comparison {
  year: number;
  /** Every year some department has a figure for (ascending): the years one can compare. */
  years: number[];
  bodies: CompareBody[];
}

/** The year most departments have a figure for (ties: the latest; or `year`), and each department's figures that year; null: no department figures. */
export function compareDepartments(views: Iterable<{ body: string; name: string; scope?: string; timeline: TimelineRow[] }>, year?: number): Comparison | null {
  const depts = [...views].filter((v) => v.scope === 'department');
  const has = (t: TimelineRow) => !!(t.budget ?? t.budgetInFinal ?? t.final);
  const count = new Map<number, number>();
  for (const v of depts) for (const t of v.timeline.filter(has)) count.set(t.year, (count.get(t.year) ?? 0) + 1);
  const y = year ?? [...count].sort((p, q) => q[1] - p[1] || q[0] - p[0])[0]?.[0];
  if (y === undefined || !count.has(y)) return null;
  const bodies = depts.flatMap((v) => {
    const t = v.timeline.find((x) => x.year === y && has(x));
    return t ? [{ key: v.body, name: v.name, budget: t.budget ?? t.budgetInFinal, final: t.final }] : [];
  });
  return bodies.length ? { year: y, years: [...count.keys()].sort((p, q) => p - q), bodies: bodies.sort((a, b) => a.name.localeCompare(b.name, 'zh')) } : null;
}
