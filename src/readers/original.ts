/**
 * The original's own structure, as the reader saw it, for the workbench's "原文" view: a
 * spreadsheet's sheets as grids (cell text as displayed, A1 refs, merged ranges, hidden rows and
 * columns flagged), a Word document's or web page's blocks in order (paragraphs, tables with their
 * cells), each with the location its evidence carries (sheet + cell, paragraph, element path).
 * Text only, bounded: beyond the caps the view says it is truncated.
 */

/** Most cells kept over all sheets of a workbook. */
export const MAX_ORIGINAL_CELLS = 20_000;
/** Most rows and columns of one sheet's grid (cells beyond are left out, the sheet is truncated). */
export const MAX_SHEET_ROWS = 1_000;
export const MAX_SHEET_COLS = 52;
/** Most blocks (paragraphs and tables) of a Word document or web page, and table cells over all tables. */
export const MAX_ORIGINAL_BLOCKS = 5_000;
export const MAX_BLOCK_CELLS = 20_000;
/** Most characters of one paragraph or cell. */
export const MAX_ORIGINAL_TEXT = 4_000;

export interface OriginalCell {
  /** A1 reference. */
  ref: string;
  /** 0-based row and column. */
  r: number;
  c: number;
  /** The cell's text as displayed (numbers in their number format). */
  text: string;
  /** Line number of the normalised document the cell was read into (absent for cells not read: hidden). */
  line?: number;
}

export interface OriginalSheet {
  name: string;
  /** The sheet is hidden in the workbook (its content is not read). */
  hidden?: boolean;
  /** Rows and columns of the grid shown (the used range, capped). */
  rowCount: number;
  colCount: number;
  /** Non-empty cells, row by row. */
  cells: OriginalCell[];
  /** Merged ranges (`A1:C1`). */
  merges: string[];
  /** 0-based hidden rows and columns (their cells are not read). */
  hiddenRows: number[];
  hiddenCols: number[];
  truncated?: boolean;
}

export interface OriginalBlockCell {
  text: string;
  /** 0-based column on the table's grid, and the columns it spans. */
  col: number;
  span?: number;
  /** HTML element path (Word via its HTML, web pages) or paragraph number (.doc) of the cell. */
  path?: string;
  paragraph?: number;
}

export interface OriginalParagraph {
  kind: 'paragraph';
  text: string;
  paragraph?: number;
  path?: string;
  /** Line numbers of the normalised document it gave. */
  lines: number[];
}

export interface OriginalTable {
  kind: 'table';
  path?: string;
  rows: { path?: string; paragraph?: number; line?: number; cells: OriginalBlockCell[] }[];
}

export type OriginalBlock = OriginalParagraph | OriginalTable;

export type OriginalView =
  | { kind: 'sheets'; sheets: OriginalSheet[]; truncated?: boolean }
  | { kind: 'blocks'; blocks: OriginalBlock[]; truncated?: boolean };

export const clip = (s: string) => (s.length > MAX_ORIGINAL_TEXT ? `${s.slice(0, MAX_ORIGINAL_TEXT)}…` : s);

/** Collects one workbook's sheets with the caps (cells over the workbook, rows and columns per sheet). */
export class SheetsRecorder {
  private readonly sheets: OriginalSheet[] = [];
  private cellsLeft = MAX_ORIGINAL_CELLS;
  private truncated = false;

  sheet(name: string, o: { hidden?: boolean; merges?: string[]; hiddenRows?: number[]; hiddenCols?: number[] } = {}): OriginalSheet {
    const s: OriginalSheet = {
      name,
      rowCount: 0,
      colCount: 0,
      cells: [],
      merges: (o.merges ?? []).slice(0, 1000),
      hiddenRows: (o.hiddenRows ?? []).filter((r) => r < MAX_SHEET_ROWS),
      hiddenCols: (o.hiddenCols ?? []).filter((c) => c < MAX_SHEET_COLS),
    };
    if (o.hidden) s.hidden = true;
    this.sheets.push(s);
    return s;
  }

  /** Adds a cell's displayed text (computed only when the cell is kept; blank cells ignored). */
  cell(s: OriginalSheet, ref: string, r: number, c: number, text: () => string): void {
    if (r >= MAX_SHEET_ROWS || c >= MAX_SHEET_COLS || this.cellsLeft <= 0) {
      s.truncated = this.truncated = true;
      return;
    }
    const t = text();
    if (!t) return;
    this.cellsLeft--;
    s.cells.push({ ref, r, c, text: clip(t) });
    s.rowCount = Math.max(s.rowCount, r + 1);
    s.colCount = Math.max(s.colCount, c + 1);
  }

  done(): OriginalView {
    for (const s of this.sheets) {
      s.cells.sort((a, b) => a.r - b.r || a.c - b.c);
      // hidden rows/columns inside the used range are shown (flagged), those beyond it are not
      s.hiddenRows = s.hiddenRows.filter((r) => r < s.rowCount);
      s.hiddenCols = s.hiddenCols.filter((c) => c < s.colCount);
    }
    return this.truncated ? { kind: 'sheets', sheets: this.sheets, truncated: true } : { kind: 'sheets', sheets: this.sheets };
  }
}

/** Collects a Word document's or web page's blocks in order, with the caps. */
export class BlocksRecorder {
  private readonly blocks: OriginalBlock[] = [];
  private table: OriginalTable | undefined;
  private cellsLeft = MAX_BLOCK_CELLS;
  private truncated = false;

  private room(): boolean {
    if (this.blocks.length < MAX_ORIGINAL_BLOCKS) return true;
    this.truncated = true;
    return false;
  }

  paragraph(text: string, lines: number[], loc?: { paragraph?: number; path?: string }): void {
    this.table = undefined;
    if (!this.room()) return;
    const p: OriginalParagraph = { kind: 'paragraph', text: clip(text), lines };
    if (loc?.paragraph !== undefined) p.paragraph = loc.paragraph;
    if (loc?.path) p.path = loc.path;
    this.blocks.push(p);
  }

  /** Starts a table (an HTML `<table>`); rows without one start an implicit table. */
  startTable(path?: string): void {
    this.table = undefined;
    if (!this.room()) return;
    this.table = { kind: 'table', rows: [] };
    if (path) this.table.path = path;
    this.blocks.push(this.table);
  }

  /** Ends the current table (a page break, a paragraph). */
  endTable(): void {
    this.table = undefined;
  }

  row(cells: OriginalBlockCell[], line: number, loc?: { paragraph?: number; path?: string }): void {
    if (!this.table) this.startTable();
    if (!this.table) return;
    if (this.cellsLeft < cells.length) {
      // no later (smaller) row either: the view stops here
      this.cellsLeft = 0;
      this.truncated = true;
      return;
    }
    this.cellsLeft -= cells.length;
    const row: OriginalTable['rows'][number] = { line, cells: cells.map((c) => ({ ...c, text: clip(c.text) })) };
    if (loc?.path) row.path = loc.path;
    if (loc?.paragraph !== undefined) row.paragraph = loc.paragraph;
    this.table.rows.push(row);
  }

  done(): OriginalView {
    // tables that got no row (all rows empty) are left out
    const blocks = this.blocks.filter((b) => b.kind === 'paragraph' || b.rows.length);
    return this.truncated ? { kind: 'blocks', blocks, truncated: true } : { kind: 'blocks', blocks };
  }
}
