/**
 * The treemap and sankey of a body's series page, from its latest document: expenditure by function
 * class (类 › 款 › 项) and the summary table's revenue sources → 本年收入合计 → expenditure items.
 * Every node keeps its source (document, page, line, box) like the timeline points.
 */
import { figureOf, functionColumn, type Figure } from '../corpus/figures.js';
import type { CorpusDoc } from '../corpus/types.js';
import type { Row } from '../model/types.js';
import { apiPoint, type ApiPoint, type LinkedCorpus } from './series.js';

export interface TreeNode extends ApiPoint {
  code: string;
  name: string;
  children?: TreeNode[];
}

export interface SankeyNode extends ApiPoint {
  name: string;
  side: 'revenue' | 'total' | 'expenditure';
}

export interface DocCharts {
  /** The document the charts are drawn from (the latest year; a final before a budget). */
  chartDoc?: { documentId?: string; documentName?: string; year?: number; kind?: string };
  treemap?: TreeNode[];
  sankey?: { nodes: SankeyNode[]; links: { source: string; target: string; value: string }[] };
}

const point = (s: LinkedCorpus, f: Figure): ApiPoint => apiPoint(s, { value: f.value.toString(), label: f.label, source: f.source });

/** The latest document of a body: the highest year, a final before a budget. */
function latestDoc(s: LinkedCorpus, key: string): CorpusDoc | undefined {
  const rank = (d: CorpusDoc) => (d.year ?? 0) * 2 + (d.kind === 'final' ? 1 : 0);
  return s.corpus.docs.filter((d) => d.body === key).sort((a, b) => rank(b) - rank(a))[0];
}

/** 类 › 款 › 项 of the document's general-budget (else expenditure) table, total column. */
export function classTree(s: LinkedCorpus, d: CorpusDoc): TreeNode[] {
  const nodes = new Map<string, TreeNode>();
  const roots: TreeNode[] = [];
  const rows = [...functionColumn(d.model, 'total')].filter(([code]) => code !== 'total' && [3, 5, 7].includes(code.length)).sort(([a], [b]) => a.length - b.length || a.localeCompare(b));
  for (const [code, f] of rows) {
    if (f.value.isZero()) continue;
    const node: TreeNode = { ...point(s, f), code, name: f.label.replace(/^\d+\s*/, '') };
    nodes.set(code, node);
    const parent = nodes.get(code.slice(0, code.length - 2));
    if (code.length === 3) roots.push(node);
    else if (parent) (parent.children ??= []).push(node);
  }
  return roots;
}

/** Non-total rows with a non-zero first figure, up to the side's first total row (and that total row). */
function sideRows(rows: Row[] | undefined): { items: { row: Row; f: Figure }[]; total?: { row: Row; f: Figure } } {
  const items: { row: Row; f: Figure }[] = [];
  for (const row of rows ?? []) {
    const v = row.values[0];
    const f = v ? figureOf(v, row.name, row.name) : undefined;
    if (row.isTotal) return { items, total: f && { row, f } };
    if (f && !f.value.isZero()) items.push({ row, f });
  }
  return { items };
}

/** Revenue sources → 本年收入合计 → expenditure items, from the summary (收支总表) table. */
export function summarySankey(s: LinkedCorpus, d: CorpusDoc): DocCharts['sankey'] {
  const t = d.model.tables.find((x) => x.key === 'summary' && x.rightRows?.length && !x.unreliable);
  if (!t) return undefined;
  const rev = sideRows(t.rows);
  const exp = sideRows(t.rightRows);
  if (!rev.items.length || !rev.total || !exp.items.length) return undefined;
  const nodes: SankeyNode[] = [];
  const add = (side: SankeyNode['side'], f: Figure, name: string): string => {
    let n = name;
    while (nodes.some((x) => x.name === n)) n += ' ';
    nodes.push({ ...point(s, f), name: n, side });
    return n;
  };
  const mid = add('total', rev.total.f, rev.total.row.name);
  const links: { source: string; target: string; value: string }[] = [];
  for (const r of rev.items) links.push({ source: add('revenue', r.f, r.row.name), target: mid, value: r.f.value.toString() });
  for (const e of exp.items) links.push({ source: mid, target: add('expenditure', e.f, `${e.row.code ? `${e.row.code} ` : ''}${e.row.name}`), value: e.f.value.toString() });
  return { nodes, links };
}

export function docCharts(s: LinkedCorpus, key: string): DocCharts {
  const d = latestDoc(s, key);
  if (!d) return {};
  const doc = s.byFile.get(d.model.file);
  const treemap = classTree(s, d);
  return {
    chartDoc: { documentId: doc?.id, documentName: doc?.name, year: d.year, kind: d.kind },
    ...(treemap.length ? { treemap } : {}),
    ...(() => {
      const sankey = summarySankey(s, d);
      return sankey ? { sankey } : {};
    })(),
  };
}
