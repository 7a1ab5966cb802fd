/** Where a piece of text came from. Every extracted figure carries one. */

/** A rectangle on a PDF page in PDF points, origin at the top-left of the page, y growing downwards. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface SourceRef {
  file: string;
  /** 1-based page number (PDF pages; form-feed pages of text files). */
  page?: number;
  /** 1-based line number in the normalised document (for text files: the line of the file). */
  line: number;
  /** 0-based character offsets into that line's normalised text. */
  col?: number;
  endCol?: number;
  /** Bounding box on the page (PDF input only). */
  box?: Box;
  /** Spreadsheet input: sheet name and A1 cell reference. */
  sheet?: string;
  cell?: string;
  /** Word/HTML input: 1-based paragraph (block) number. */
  paragraph?: number;
  /** HTML input: element path. */
  path?: string;
  /** Text recognised by OCR: the lowest confidence (0–100) of the figures it covers. */
  confidence?: number;
}

export function unionBox(a: Box | undefined, b: Box | undefined): Box | undefined {
  if (!a) return b;
  if (!b) return a;
  return { x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) };
}
