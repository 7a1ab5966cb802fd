// Shapes of GET /api/bodies and GET /api/bodies/:key/series, and the chart data drawn from them.
import type { Box } from './types';
import type { DocPlace, Route } from './route';

export interface SeriesPoint {
  /** 万元, exact decimal string. */
  value: string;
  label: string;
  documentId?: string;
  documentName?: string;
  page?: number;
  line: number;
  box?: Box;
}
export interface TimelineYear {
  year: number;
  budget?: SeriesPoint;
  final?: SeriesPoint;
  budgetInFinal?: SeriesPoint;
  executionRate?: string;
}
export interface ClassPoint extends SeriesPoint {
  year: number;
  kind: 'budget' | 'final';
}
export interface SeriesResponse {
  body: string;
  name: string;
  names: string[];
  scope?: string;
  parent?: string;
  timeline: TimelineYear[];
  classes: { code: string; name: string; points: ClassPoint[] }[];
  units: { key: string; name: string; timeline: TimelineYear[] }[];
  /** The document the treemap and sankey are drawn from (the latest year; a final before a budget). */
  chartDoc?: { documentId?: string; documentName?: string; year?: number; kind?: string };
  /** 类 › 款 › 项 of its expenditure. */
  treemap?: TreeNode[];
  /** Its summary table: revenue sources → 本年收入合计 → expenditure items. */
  sankey?: { nodes: SankeyNode[]; links: { source: string; target: string; value: string }[] };
}
export interface TreeNode extends SeriesPoint {
  code: string;
  name: string;
  children?: TreeNode[];
}
export interface SankeyNode extends SeriesPoint {
  name: string;
  side: 'revenue' | 'total' | 'expenditure';
}
/** GET /api/bodies `compare`: one year's totals of every department (src/server/compare.ts). */
export interface Comparison {
  year: number;
  years: number[];
  bodies: { key: string; name: string; budget?: SeriesPoint; final?: SeriesPoint }[];
}
export interface BodyRow {
  key: string;
  name: string;
  names: string[];
  scope?: string;
  parent?: string;
  years: number[];
  kinds: string[];
  documents: { id?: string; name?: string; year?: number; kind?: string }[];
}

/** The document view at the point's page, line and box (undefined: the point's document is unknown). */
export function pointRoute(p: SeriesPoint | undefined): Route | undefined {
  if (!p?.documentId) return undefined;
  const at: DocPlace = { page: p.page, line: p.line, box: p.box };
  return { page: 'document', id: p.documentId, tab: 'findings', at };
}

/** A chart number (display only; the figures themselves stay exact strings). */
export const chartValue = (p: SeriesPoint | undefined): number | null => (p ? Number(p.value) : null);

/** The budget a year's final is measured against: the published budget, else the final's 年初预算. */
export const budgetOf = (t: TimelineYear): SeriesPoint | undefined => t.budget ?? t.budgetInFinal;

/** Columns of the function-class chart: each year's budget then final, where any class has one. */
export function classColumns(classes: SeriesResponse['classes']): { year: number; kind: 'budget' | 'final'; label: string }[] {
  const seen = new Map<string, { year: number; kind: 'budget' | 'final'; label: string }>();
  for (const c of classes) for (const p of c.points) seen.set(`${p.year}${p.kind}`, { year: p.year, kind: p.kind, label: `${p.year}${p.kind === 'budget' ? '预算' : '决算'}` });
  return [...seen.values()].sort((a, b) => a.year - b.year || (a.kind === b.kind ? 0 : a.kind === 'budget' ? -1 : 1));
}
