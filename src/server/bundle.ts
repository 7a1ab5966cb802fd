/**
 * What the workbench keeps of one checked document besides its findings: the contract model, the
 * lines (with page and box, for the text view and the PDF highlight), the pages' sizes, the tables
 * as extracted with each cell's place, and the text for full-text search. Built in the worker.
 */
import { extractJson } from '../report/json.js';
import type { DisclosureModel, Row, Table } from '../model/types.js';
import type { Box, SourceRef } from '../model/source.js';
import type { NDocument } from '../readers/types.js';

export interface BundleCell {
  text: string;
  page?: number;
  box?: Box;
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
}

const MAX_SEARCH_TEXT = 2_000_000;

export function workbenchBundle(file: string, doc: NDocument, model: DisclosureModel): WorkbenchBundle {
  const lines = doc.lines.map((l) => ({ lineNo: l.lineNo, page: l.page, text: l.text, box: l.box }));
  return {
    model: extractJson(file, model),
    lines,
    pages: doc.pages.map((p) => ({ number: p.number, width: p.width, height: p.height })),
    tables: model.tables.map((t, i) => tableOf(t, i)),
    text: lines
      .map((l) => l.text)
      .join('\n')
      .slice(0, MAX_SEARCH_TEXT),
  };
}

const cellAt = (text: string, s: SourceRef | undefined): BundleCell => ({ text, page: s?.page, box: s?.box });

function rowCells(r: Row): BundleCell[] {
  const head = [r.code, r.name].filter(Boolean).join(' ');
  return [cellAt(head, r.source), ...r.values.map((v) => (v ? cellAt(v.raw, v.source) : { text: '' }))];
}

function tableOf(t: Table, i: number): BundleTable {
  const rows: { cells: BundleCell[] }[] = [{ cells: [{ text: '项目' }, ...t.columns.map((c) => ({ text: c.name }))] }];
  for (const r of t.rows) rows.push({ cells: rowCells(r) });
  if (t.rightRows?.length) {
    rows.push({ cells: [{ text: '项目' }, ...(t.rightColumns ?? []).map((c) => ({ text: c.name }))] });
    for (const r of t.rightRows) rows.push({ cells: rowCells(r) });
  }
  return { id: `t${i + 1}`, title: [t.number, t.title].filter(Boolean).join(' '), page: t.page ?? t.source.page, rows };
}
