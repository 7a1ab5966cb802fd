/**
 * The normalised document: what every input reader (text, PDF, later HTML/Word/Excel) produces and
 * the only thing extraction sees. Nothing downstream knows which format a document came from.
 */
import type { Box } from '../model/source.js';
import type { OriginalView } from './original.js';

export type InputFormat = 'text' | 'pdf' | 'xlsx' | 'xls' | 'docx' | 'doc' | 'rtf' | 'html';

/**
 * What the cells' x0/x1 measure, declared by the reader (extraction looks at this, never at the format):
 * - `points`: PDF points on the page (cells placed by glyph geometry);
 * - `display-columns`: display columns of space/tab-aligned text (CJK = 2);
 * - `grid`: table cells of a grid (spreadsheet, Word/HTML table): a row's cells are kept in column
 *   order with empty cells between them (as in tab-separated text), x0 = column index × 8.
 */
export type Geometry = 'points' | 'display-columns' | 'grid';

/** Where a line or cell is in an original that has no pages of text (sheet + cell, paragraph, HTML element). */
export interface Location {
  sheet?: string;
  /** A1 reference of a spreadsheet cell. */
  cell?: string;
  /** 1-based paragraph (Word) or block (HTML) number. */
  paragraph?: number;
  /** Element path in an HTML page (`html>body>table[2]>tr[5]>td[3]`). */
  path?: string;
}

export interface NCell {
  /** Normalised text of the cell. */
  text: string;
  /** 0-based offsets of the cell in its line's `text`. */
  start: number;
  end: number;
  /**
   * Horizontal extent, comparable between lines of one page: for PDF the box's x in points, for
   * text the display column (a CJK character counts 2, an ASCII one 1) in the original line.
   * Table reconstruction aligns cells to header columns with it.
   */
  x0: number;
  x1: number;
  box?: Box;
  /** Location of the cell in the original (sheet/cell, element path). */
  loc?: Location;
  /** OCR only: recognition confidence (0–100) of the cell's figures (its lowest word confidence). */
  confidence?: number;
}

export interface NLine {
  /** 0-based position in `NDocument.lines`. */
  index: number;
  /** 1-based line number: for text input the line in the file, for PDF a running number over the document. */
  lineNo: number;
  /** 1-based page (PDF page, or form-feed separated page of a text file). */
  page?: number;
  /**
   * Normalised text: full-width digits/letters/punctuation inside numbers made ASCII, spaced CJK
   * characters joined (`基 本 支 出` → `基本支出`), Markdown/HTML markup removed, cells joined by a tab.
   */
  text: string;
  /**
   * The line's cells: pieces separated by a tab, by a wide gap (2+ spaces in text, a horizontal gap in
   * PDF). A line of prose has one cell.
   */
  cells: NCell[];
  box?: Box;
  /** Location of the line in the original (sheet, paragraph, element path). */
  loc?: Location;
}

export interface NPage {
  number: number;
  width?: number;
  height?: number;
  /** The page has images but no text layer (scanned). */
  imageOnly?: boolean;
  /** The page's text was recognised by OCR from its image. */
  ocr?: boolean;
}

export interface ReaderWarning {
  code: string;
  message: string;
  page?: number;
}

export interface NDocument {
  file: string;
  /** The input format, for reporting only: nothing after the readers branches on it. */
  format: InputFormat;
  geometry: Geometry;
  pages: NPage[];
  lines: NLine[];
  warnings: ReaderWarning[];
  /** Spreadsheets, Word and HTML: the original's sheets or blocks, for the workbench's view of the original (not read by extraction). */
  original?: OriginalView;
}

/** A reader error: the file cannot be read at all. The message is one line, in Chinese, naming the problem. */
export class ReadError extends Error {
  constructor(
    readonly file: string,
    readonly code:
      | 'not-found'
      | 'empty'
      | 'unsupported'
      | 'encrypted'
      | 'corrupt'
      | 'scanned'
      | 'garbled'
      | 'too-large'
      | 'timeout'
      | 'binary',
    message: string,
  ) {
    super(message);
    this.name = 'ReadError';
  }
}
