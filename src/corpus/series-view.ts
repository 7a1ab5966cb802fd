/**
 * The data of a body's series views (for the workbench to draw): a timeline of budget vs final per
 * year with the execution rate, and function classes (类) over time; every point with its source.
 */
import { Decimal } from '../model/decimal.js';
import type { SourceRef } from '../model/source.js';
import { functionColumn, factFigure, type Figure } from './figures.js';
import type { Corpus, CorpusDoc } from './types.js';

export interface SeriesPoint {
  /** 万元, exact decimal string. */
  value: string;
  label: string;
  source: SourceRef;
}

export interface TimelineYear {
  year: number;
  /** 一般公共预算财政拨款支出 of the budget of the year. */
  budget?: SeriesPoint;
  /** The same of the final accounts of the year. */
  final?: SeriesPoint;
  /** The final's 年初预算, when its tables print it (and the budget is not in the corpus). */
  budgetInFinal?: SeriesPoint;
  /** final ÷ budget × 100, two places (percent). */
  executionRate?: string;
}

export interface ClassSeries {
  code: string;
  name: string;
  points: (SeriesPoint & { year: number; kind: 'budget' | 'final' })[];
}

export interface SeriesView {
  body: string;
  names: string[];
  timeline: TimelineYear[];
  classes: ClassSeries[];
}

const point = (f: Figure): SeriesPoint => ({ value: f.value.toString(), label: f.label, source: f.source });

/** The total general-budget expenditure of a document: its table total, else the fact. */
function totalOf(d: CorpusDoc): Figure | undefined {
  return functionColumn(d.model, 'total').get('total') ?? factFigure(d.model, 'general_budget_appropriation');
}

export function seriesView(corpus: Corpus, bodyKey: string): SeriesView {
  const body = corpus.bodies.get(bodyKey);
  const docs = corpus.docs.filter((d) => d.body === bodyKey && d.year !== undefined);
  const years = [...new Set(docs.map((d) => d.year!))].sort((a, b) => a - b);
  const timeline: TimelineYear[] = years.map((year) => {
    const b = docs.find((d) => d.year === year && d.kind === 'budget');
    const f = docs.find((d) => d.year === year && d.kind === 'final');
    const t: TimelineYear = { year };
    const bf = b && totalOf(b);
    const ff = f && totalOf(f);
    const inFinal = f && functionColumn(f.model, 'budget').get('total');
    if (bf) t.budget = point(bf);
    if (ff) t.final = point(ff);
    if (inFinal) t.budgetInFinal = point(inFinal);
    const base = bf ?? inFinal;
    if (ff && base && !base.value.isZero()) t.executionRate = ff.value.mul(Decimal.of(100)).div(base.value, 2).toString();
    return t;
  });
  const classes = new Map<string, ClassSeries>();
  for (const d of docs) {
    if (!d.kind) continue;
    for (const [code, f] of functionColumn(d.model, 'total')) {
      if (code.length !== 3) continue;
      const c = classes.get(code) ?? { code, name: f.label.replace(/^\d+\s*/, ''), points: [] };
      classes.set(code, c);
      c.points.push({ ...point(f), year: d.year!, kind: d.kind });
    }
  }
  for (const c of classes.values()) c.points.sort((a, b) => a.year - b.year || a.kind.localeCompare(b.kind));
  return { body: bodyKey, names: body?.names ?? [], timeline, classes: [...classes.values()].sort((a, b) => a.code.localeCompare(b.code)) };
}

