/**
 * What the Word-like readers (.doc, RTF) produce before it becomes a normalised document:
 * paragraphs, table rows and page breaks in order. Cells of merged columns are put on the table's
 * column grid from their boundaries (twips), and the blocks become grid lines with their evidence.
 */
import { GridDocumentBuilder } from './grid.js';
import { NDocument, ReadError, type InputFormat } from './types.js';

export type WordBlock =
  | { kind: 'paragraph'; text: string }
  /** `cols`: each cell's first grid column and span (set by `placeCells`); `table` 0: no table structure. */
  | { kind: 'row'; cells: string[]; table: number; row: number; cols?: { col: number; span: number }[] }
  | { kind: 'page' };
export type WordRow = Extract<WordBlock, { kind: 'row' }>;

/** Boundaries closer than this (twips, 1/20 pt) are one grid line. */
const SAME_LINE = 30;

/**
 * Puts merged cells on each table's column grid: the grid lines are the cell boundaries of all the
 * table's rows (`bounds`: left edge, then each cell's right edge), a cell starts at the grid column
 * of its left boundary and spans to its right one. Rows whose boundaries do not fit keep one column per cell.
 */
export function placeCells(out: WordBlock[], rowBounds: Map<WordBlock, number[]>): void {
  const byTable = new Map<number, WordRow[]>();
  for (const b of out) if (b.kind === 'row' && b.table) byTable.set(b.table, [...(byTable.get(b.table) ?? []), b]);
  for (const rows of byTable.values()) {
    const all = rows.flatMap((r) => rowBounds.get(r) ?? []).sort((a, b) => a - b);
    const lines: number[] = [];
    for (const x of all) if (!lines.length || x - lines[lines.length - 1] > SAME_LINE) lines.push(x);
    const gridCol = (x: number) => lines.findIndex((l) => Math.abs(l - x) <= SAME_LINE);
    for (const r of rows) {
      const bounds = rowBounds.get(r);
      if (!bounds || bounds.length !== r.cells.length + 1) continue;
      const cols = r.cells.map((_, i) => ({ col: gridCol(bounds[i]), span: Math.max(1, gridCol(bounds[i + 1]) - gridCol(bounds[i])) }));
      if (cols.every((c, i) => c.col >= 0 && (i === 0 || c.col > cols[i - 1].col))) r.cols = cols;
    }
  }
}

/**
 * The normalised document of Word-like blocks: a paragraph is a line (tab-aligned text a row of
 * cells, as in a text file), a table row a grid line, a page break a new page. Evidence: paragraph
 * number (blocks with text counted from 1); a table cell also its path (`table[2]>tr[5]>td[3]`).
 */
export function wordDocument(file: string, format: InputFormat, blocks: WordBlock[], what = 'Word 文档'): NDocument {
  const b = new GridDocumentBuilder(file, format, { blocks: true });
  let paragraph = 0;
  let table: number | undefined;
  for (const block of blocks) {
    // each Word table one block of the original view (tab-aligned paragraphs group by themselves)
    if (block.kind === 'row' && block.table && block.table !== table) b.startTable(`table[${block.table}]`);
    if (block.kind !== 'page') table = block.kind === 'row' ? block.table : undefined;
    if (block.kind === 'page') b.newPage();
    else if (block.kind === 'paragraph') {
      if (!block.text.trim()) continue;
      paragraph++;
      if (block.text.includes('\t')) b.row(block.text.split('\t').map((text, col) => ({ text, col, loc: { paragraph } })), { paragraph });
      else b.paragraph(block.text, { paragraph });
    } else {
      if (!block.cells.some((c) => c.trim())) continue;
      paragraph++;
      const path = (i: number) => (block.table ? { path: `table[${block.table}]>tr[${block.row}]>td[${i + 1}]` } : {});
      // empty cells are left to the builder (gaps of width 0, as the .docx/HTML readers give them)
      const cells = block.cells.map((text, i) => ({ text, col: block.cols?.[i].col ?? i, span: block.cols?.[i].span ?? 1, loc: { paragraph, ...path(i) } }));
      b.row(
        cells.filter((c) => c.text.trim()),
        { paragraph },
      );
    }
  }
  const doc = b.done();
  if (!doc.lines.length) throw new ReadError(file, 'empty', `${file}: ${what}中没有文字`);
  return doc;
}
