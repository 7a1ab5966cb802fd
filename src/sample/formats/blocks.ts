/**
 * The rendered lines of a generated document (tab-separated tables) grouped into what grid
 * renderers (.xlsx, .docx, HTML) lay out: paragraphs, and tables of rows of cells with the header
 * cells' spans.
 */
import type { TableKey } from '../../model/types.js';
import type { LineKind, OutLine } from '../render.js';

export interface GridRow {
  cells: string[];
  /** Header rows: where each cell starts and the last column it spans. */
  spans?: { from: number; to: number }[];
  head: boolean;
}

export type FormatBlock = { t: 'p'; text: string; kind: LineKind; level?: number; table?: TableKey } | { t: 'table'; key?: TableKey; rows: GridRow[]; width: number };

const TABLE_KINDS: readonly LineKind[] = ['table-meta', 'table-head', 'table-row', 'table-cont'];

export function toBlocks(lines: OutLine[]): FormatBlock[] {
  const out: FormatBlock[] = [];
  let table: Extract<FormatBlock, { t: 'table' }> | null = null;
  for (const l of lines) {
    if (!TABLE_KINDS.includes(l.kind)) {
      table = null;
      out.push({ t: 'p', text: l.text.trim(), kind: l.kind, level: l.level, table: l.table });
      continue;
    }
    if (!table) out.push((table = { t: 'table', key: l.table, rows: [], width: 0 }));
    const cells = l.text.split('\t');
    table.rows.push({ cells, spans: l.spans, head: l.kind === 'table-head' });
    table.width = Math.max(table.width, cells.length, ...(l.spans ?? []).map((s) => s.to + 1));
  }
  return out;
}

/**
 * The cells of a row for a grid with merged cells: each non-empty cell with the columns it covers
 * (a header cell spans its span; a meta row's last cell is placed at the table's last column).
 */
export function rowCells(r: GridRow): { text: string; from: number; to: number }[] {
  if (r.spans) return r.spans.map((s) => ({ text: r.cells[s.from] ?? '', from: s.from, to: s.to }));
  return r.cells.map((text, i) => ({ text, from: i, to: i }));
}

const AMOUNT = /^-?(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)(?:\.\d+)?%?$/;

/** A printed figure as a spreadsheet stores it: the number and the format that prints it back the same. */
export function asSpreadsheetNumber(text: string): { value: number; numFmt: string } | null {
  if (!AMOUNT.test(text) || text.replace(/\D/g, '').length > 15) return null;
  const pct = text.endsWith('%');
  const plain = text.replace(/[,%]/g, '');
  const dot = plain.indexOf('.');
  const decimals = dot < 0 ? 0 : plain.length - dot - 1;
  const numFmt = (text.includes(',') ? '#,##0' : '0') + (decimals ? '.' + '0'.repeat(decimals) : '') + (pct ? '%' : '');
  // the stored double: through its decimal text (12.3 → 12.3, 0.123 for 12.3%)
  const value = pct ? Number((Number(plain) / 100).toPrecision(15)) : Number(plain);
  return { value, numFmt };
}
