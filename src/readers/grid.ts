/**
 * Builds the normalised document of a reader whose tables are grids (spreadsheets, Word and HTML
 * tables): paragraphs become one-cell lines, a table row becomes a line whose cells keep their
 * column (empty cells between them, as in tab-separated text), with x0 = column index × 8.
 */
import { normalizeLineText } from './char-rules.js';
import { BlocksRecorder, type OriginalBlockCell } from './original.js';
import { NCell, NDocument, NLine, NPage, ReadError, type InputFormat, type Location, type ReaderWarning } from './types.js';

/** Width of one grid column in the x0/x1 units of a `grid` document. */
export const COLUMN_WIDTH = 8;
/** Most lines (paragraphs + rows) a grid document may have. */
export const MAX_GRID_LINES = 500_000;

export interface GridCell {
  text: string;
  /** 0-based column. */
  col: number;
  /** Columns the cell spans (merged cells), 1 by default. */
  span?: number;
  loc?: Location;
}

const CJK = '\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef';
const BREAK_BETWEEN_CJK = new RegExp(`([${CJK}])[ \\t]*\\n\\s*(?=[${CJK}])`, 'g');

/** Cell or paragraph text: line breaks between CJK characters dropped, other white space runs made one space. */
export function cleanText(s: string): string {
  return normalizeLineText(s.replace(/\r\n?/g, '\n').replace(BREAK_BETWEEN_CJK, '$1').replace(/[\s\u00a0]+/g, ' ')).trim();
}

export class GridDocumentBuilder {
  private readonly lines: NLine[] = [];
  private readonly pages: NPage[] = [{ number: 1 }];
  private readonly warnings: ReaderWarning[] = [];
  private page = 1;
  private pageUsed = false;
  /** Word and HTML: the blocks of the original as they are read (`NDocument.original`). */
  private readonly blocks: BlocksRecorder | undefined;

  constructor(
    private readonly file: string,
    private readonly format: InputFormat,
    o: { blocks?: boolean } = {},
  ) {
    if (o.blocks) this.blocks = new BlocksRecorder();
  }

  /** Starts a new page (a sheet, a page break) unless the current one is still empty. */
  newPage(): void {
    this.blocks?.endTable();
    if (!this.pageUsed) return;
    this.page++;
    this.pages.push({ number: this.page });
    this.pageUsed = false;
  }

  warn(code: string, message: string): void {
    if (this.warnings.length < 50) this.warnings.push({ code, message, page: this.page });
  }

  /** A paragraph of text (one line per `\n`-separated piece that is not blank). */
  paragraph(raw: string, loc?: Location): void {
    const pieces: string[] = [];
    const lines: number[] = [];
    for (const piece of raw.split(/\n/)) {
      const t = cleanText(piece);
      if (!t) continue;
      this.push([{ text: t, start: 0, end: t.length, x0: 0, x1: COLUMN_WIDTH, ...(loc ? { loc } : {}) }], loc);
      pieces.push(t);
      lines.push(this.lines.length);
    }
    if (pieces.length) this.blocks?.paragraph(pieces.join('\n'), lines, loc);
  }

  /** Starts a table of the original (HTML `<table>`): its rows are one block of the original view. */
  startTable(path?: string): void {
    this.blocks?.startTable(path);
  }

  /** A table row: its cells by column; rows without text are skipped. */
  row(cells: GridCell[], loc?: Location): void {
    const sorted = cells.map((c) => ({ ...c, text: cleanText(c.text) })).sort((a, b) => a.col - b.col);
    let last = -1;
    for (let i = 0; i < sorted.length; i++) if (sorted[i].text) last = i;
    if (last < 0) return;
    const out: NCell[] = [];
    let text = '';
    let col = 0;
    for (let i = 0; i <= last; i++) {
      const c = sorted[i];
      if (c.col < col) continue; // overlapping cells (bad spans): the first wins
      // columns without a cell become empty cells, so that a cell's index is its column
      for (; col < c.col; col++) {
        if (out.length) text += '\t';
        out.push({ text: '', start: text.length, end: text.length, x0: col * COLUMN_WIDTH, x1: col * COLUMN_WIDTH });
      }
      if (out.length) text += '\t';
      const span = Math.max(1, c.span ?? 1);
      const cell: NCell = { text: c.text, start: text.length, end: text.length + c.text.length, x0: c.col * COLUMN_WIDTH, x1: (c.col + span) * COLUMN_WIDTH };
      if (c.loc) cell.loc = c.loc;
      out.push(cell);
      text += c.text;
      col = c.col + 1;
      // the columns a merged cell covers are empty cells of their own (as tab-separated text prints them)
    }
    this.push(out, loc, text);
    this.blocks?.row(sorted.slice(0, last + 1).filter((c) => c.text).map(originalCell), this.lines.length, loc);
  }

  /**
   * Ends a sheet: when the sheet's name reads like a table title (`表3 一般公共预算支出表`) and none
   * of its first lines carries a title, the name is put in front as the sheet's title line — some
   * workbooks print the title only on the sheet tab.
   */
  endSheet(name: string, firstLine: number): void {
    const title = cleanText(name);
    const core = title.replace(/^(?:附?表\s*[\d一二三四五六七八九十]+|[\d一二三四五六七八九十]+[、.．]?)\s*[:：、.．-]?\s*/, '').replace(/\s+/g, '');
    if (core.length < 4 || !/表$/.test(core) || firstLine >= this.lines.length) return;
    // a title of its own: one cell, no sentence punctuation, ending in 表 (or 表（…）)
    const isTitle = (l: NLine) => {
      const t = l.text.replace(/\s+/g, '');
      return t.includes(core) || (l.cells.filter((c) => c.text).length === 1 && t.length <= 60 && !/[，。；;]/.test(t) && /表(?:[（(][^）)]*[）)])?$/.test(t));
    };
    if (this.lines.slice(firstLine, firstLine + 4).some(isTitle)) return;
    const page = this.lines[firstLine].page;
    const line: NLine = { index: firstLine, lineNo: firstLine + 1, page, text: title, cells: [{ text: title, start: 0, end: title.length, x0: 0, x1: COLUMN_WIDTH, loc: { sheet: name } }], loc: { sheet: name } };
    this.lines.splice(firstLine, 0, line);
    for (let i = firstLine + 1; i < this.lines.length; i++) {
      this.lines[i].index = i;
      this.lines[i].lineNo = i + 1;
    }
  }

  get lineCount(): number {
    return this.lines.length;
  }

  private push(cells: NCell[], loc: Location | undefined, text = cells[0].text): void {
    if (this.lines.length >= MAX_GRID_LINES) throw new ReadError(this.file, 'too-large', `${this.file}: 文档内容过多（超过 ${MAX_GRID_LINES} 行）`);
    const line: NLine = { index: this.lines.length, lineNo: this.lines.length + 1, page: this.page, text, cells };
    if (loc) line.loc = loc;
    this.lines.push(line);
    this.pageUsed = true;
  }

  done(): NDocument {
    // a page opened for a sheet that held nothing (newPage opens at most one such page)
    if (!this.pageUsed && this.pages.length > 1) this.pages.pop();
    const doc: NDocument = { file: this.file, format: this.format, geometry: 'grid', pages: this.pages, lines: this.lines, warnings: this.warnings };
    if (this.blocks) doc.original = this.blocks.done();
    return doc;
  }
}

/** A row's cell as the original view keeps it: text, column, span and its element path / paragraph. */
function originalCell(c: GridCell): OriginalBlockCell {
  const o: OriginalBlockCell = { text: c.text, col: c.col };
  if (c.span && c.span > 1) o.span = c.span;
  if (c.loc?.path) o.path = c.loc.path;
  if (c.loc?.paragraph !== undefined) o.paragraph = c.loc.paragraph;
  return o;
}

/** `A1` reference of a 0-based row and column. */
export function a1(row: number, col: number): string {
  let s = '';
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return `${s}${row + 1}`;
}
