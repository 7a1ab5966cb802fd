/**
 * What the workbench keeps of one checked document besides its findings: the contract model, the
 * lines (with page and box, for the text view and the PDF highlight), the pages' sizes, the tables
 * as extracted with each cell's place, and the text for full-text search. Built in the worker.
 */
import { extractJson } from '../report/json.js';
import type { DisclosureModel, Row, Table } from '../model/types.js';
import type { Box, SourceRef } from '../model/source.js';
import type { NDocument, NLine } from '../readers/types.js';
import type { OriginalView } from '../readers/original.js';

export interface BundleCell {
  text: string;
  page?: number;
  box?: Box;
  /** Spreadsheets, Word, HTML: where the cell is in the original (as evidence names it) and its line. */
  line?: number;
  sheet?: string;
  cell?: string;
  paragraph?: number;
  path?: string;
}

export interface BundleTable {
  id: string;
  title: string;
  page?: number;
  rows: { cells: BundleCell[] }[];
}

export interface WorkbenchBundle {
  model: ReturnType<typeof extractJson>;
  lines: { lineNo: number; page?: number; text: string; box?: Box }[];
  pages: { number: number; width?: number; height?: number }[];
  tables: BundleTable[];
  /** The document's text, for search (bounded). */
  text: string;
  /** The whole model (src/model/serialize.ts), in bundles stored before the corpus model was kept with the result (engine migration 0004); read by the series views of those only. */
  fullModel?: string;
  /** Spreadsheets, Word and HTML: the original's sheets or blocks as the reader saw them (capped there); absent for PDF and text. */
  original?: OriginalView;
}

const MAX_SEARCH_TEXT = 2_000_000;

export function workbenchBundle(file: string, doc: NDocument, model: DisclosureModel): WorkbenchBundle {
  const lines = doc.lines.map((l) => ({ lineNo: l.lineNo, page: l.page, text: l.text, box: l.box }));
  return {
    model: extractJson(file, model),
    lines,
    pages: doc.pages.map((p) => ({ number: p.number, width: p.width, height: p.height })),
    tables: model.tables.map((t, i) => tableOf(t, i, new Map(doc.lines.map((l) => [l.lineNo, l])))),
    text: lines
      .map((l) => l.text)
      .join('\n')
      .slice(0, MAX_SEARCH_TEXT),
    ...(doc.original ? { original: doc.original } : {}),
  };
}

type Lines = Map<number, NLine>;

/**
 * The box of the printed cell a figure or a row label came from: the line's cell overlapping the
 * source's columns (or holding `label`), else the source's own box (the whole line).
 */
function boxOf(s: SourceRef, lines: Lines, label?: string): Box | undefined {
  const cells = lines.get(s.line)?.cells ?? [];
  const cell =
    s.col !== undefined
      ? cells.find((c) => c.start < (s.endCol ?? s.col! + 1) && c.end > s.col!)
      : label
        ? cells.find((c) => c.text.includes(label))
        : undefined;
  return cell?.box ?? s.box;
}

function cellAt(text: string, s: SourceRef | undefined, lines: Lines, label?: string): BundleCell {
  const c: BundleCell = { text, page: s?.page, box: s && boxOf(s, lines, label) };
  // grid documents: the original's location (sheet + cell, paragraph, element path) for the 原文 view
  if (s && (s.sheet || s.paragraph !== undefined || s.path)) {
    c.line = s.line;
    for (const k of ['sheet', 'cell', 'paragraph', 'path'] as const) if (s[k] !== undefined) Object.assign(c, { [k]: s[k] });
  }
  return c;
}

function rowCells(r: Row, lines: Lines): BundleCell[] {
  const head = [r.code, r.name].filter(Boolean).join(' ');
  return [cellAt(head, r.source, lines, r.name), ...r.values.map((v) => (v ? cellAt(v.raw, v.source, lines) : { text: '' }))];
}

function tableOf(t: Table, i: number, lines: Lines): BundleTable {
  const rows: { cells: BundleCell[] }[] = [{ cells: [{ text: '项目' }, ...t.columns.map((c) => ({ text: c.name }))] }];
  for (const r of t.rows) rows.push({ cells: rowCells(r, lines) });
  if (t.rightRows?.length) {
    rows.push({ cells: [{ text: '项目' }, ...(t.rightColumns ?? []).map((c) => ({ text: c.name }))] });
    for (const r of t.rightRows) rows.push({ cells: rowCells(r, lines) });
  }
  return { id: `t${i + 1}`, title: [t.number, t.title].filter(Boolean).join(' '), page: t.page ?? t.source.page, rows };
}
