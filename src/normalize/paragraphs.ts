/**
 * Running text: joins lines broken by layout (a sentence over several lines or pages) into
 * paragraphs, drops stray page numbers, and keeps a map from every character back to its line.
 */
import type { NDocument, NLine } from '../readers/types.js';
import type { Paragraph } from '../model/types.js';
import { unionBox, type SourceRef } from '../model/source.js';
import { isSpaceCode } from '../readers/char-rules.js';

/** A line that is only a page number (`5`, `- 5 -`, `第 5 页`, `5/30`). */
export function isPageNumberLine(text: string): boolean {
  // cheap test first (called for every line by several stages): the first character after white
  // space must be a dash, 第 or a digit
  let i = 0;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  if (!(c >= 0x30 && c <= 0x39) && c !== 0x2d && c !== 0x2014 && c !== 0x2013 && c !== 0x7b2c) return false;
  return PAGE_NUMBER.test(text);
}

const PAGE_NUMBER = /^\s*(?:[-—–]\s*)?(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／]\s*\d{1,4})?(?:\s*[-—–])?\s*$/;

/** Starts a new block: a heading number (`一、`, `（一）`, `1.`, `第一部分`, `表1`) or a bullet. */
const HEADING_START =
  /^(?:第[一二三四五六七八九十\d]+(?:部分|章|节)|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}\s*[.、．](?!\d)|表\s*[一二三四五六七八九十\d]+|[①-⑳]|注[:：]|其中[:：]?)/;

/** Ends a paragraph: sentence-final punctuation. */
const SENTENCE_END = /[。；;：:！？!?]$/;

/** `SENTENCE_END.test(s)` by the last character: the paragraph text grows, and the regex scans it all. */
function endsSentence(s: string): boolean {
  const c = s.charCodeAt(s.length - 1); // NaN when empty
  return c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff1a || c === 0x3a || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f;
}

/** `/[A-Za-z0-9]$/.test(s)` by the last character. */
function endsAlnum(s: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Is the line part of a table (several cells, or numeric cells only)? */
export function isTableLikeLine(line: NLine): boolean {
  if (line.cells.length >= 3) return true;
  if (line.cells.length === 2) {
    // a label followed by a number, or two numbers: a table row; prose split by a wide gap is rare
    return line.cells.some((c) => /^[-\d,.%]+$/.test(c.text));
  }
  return false;
}

/**
 * The texts of a line's cells joined by one space (`cells.map((c) => c.text).join(' ')`; without
 * the empty ones when `skipEmpty`, as `.filter(Boolean)`), without the intermediate arrays.
 */
export function joinCells(l: NLine, skipEmpty: boolean): string {
  let out = '';
  let first = true;
  for (let i = 0; i < l.cells.length; i++) {
    const t = l.cells[i].text;
    if (skipEmpty && !t) continue;
    out = first ? t : out + ' ' + t;
    first = false;
  }
  return out;
}

export function lineSource(doc: NDocument, line: NLine, col?: number, endCol?: number): SourceRef {
  const s: SourceRef = { file: doc.file, line: line.lineNo };
  if (line.page !== undefined) s.page = line.page;
  if (col !== undefined) s.col = col;
  if (endCol !== undefined) s.endCol = endCol;
  if (line.box) s.box = line.box;
  if (line.loc) Object.assign(s, line.loc);
  if (line.loc || line.cells[0]?.loc) {
    // grid documents: the cell holding the column, else the line's first cell with text
    const cell = col !== undefined ? line.cells.find((c) => c.loc && c.start <= col && col < Math.max(c.end, c.start + 1)) : line.cells.find((c) => c.loc && c.text);
    if (cell) Object.assign(s, cell.loc);
  }
  const conf = figureConfidence(line, col, endCol);
  if (conf !== undefined) s.confidence = conf;
  return s;
}

const pageBreakAt = (lines: NLine[], i: number): boolean => {
  const prev = lines[i - 1];
  const next = lines[i + 1];
  if (prev && (isPageNumberLine(prev.text) || prev.text.includes('\f') || (prev.page !== undefined && prev.page !== lines[i].page))) return true;
  return !!next && (isPageNumberLine(next.text) || (next.page !== undefined && next.page !== lines[i].page));
};

/**
 * Running page headers and footers (`某局2018年度单位决算公开` printed on every page): a short line
 * without sentence punctuation whose text occurs at two or more page breaks (next to a page number or
 * where the page changes). Their indices; a sentence broken by a page joins across them.
 */
export function runningHeaderLines(doc: NDocument): Set<number> {
  const at = new Map<string, number[]>();
  const lines = doc.lines;
  for (let i = 1; i < lines.length; i++) {
    const t = lines[i].text.trim();
    if (!t || t.length > 60 || lines[i].cells.length > 1 || /[。，；,;]/.test(t) || isPageNumberLine(t) || HEADING_START.test(t)) continue;
    if (!pageBreakAt(lines, i)) continue;
    const list = at.get(t) ?? [];
    list.push(i);
    at.set(t, list);
  }
  const out = new Set<number>();
  for (const list of at.values()) if (list.length >= 2) for (const i of list) out.add(i);
  return out;
}

/**
 * OCR'd lines: the lowest confidence of the cells in `col..endCol` (the whole line without: a table
 * row is as sure as its least sure cell, name or figure). A cell's own confidence is that of its
 * figures when it has any (readers/ocr/page.ts).
 */
function figureConfidence(line: NLine, col?: number, endCol?: number): number | undefined {
  let low: number | undefined;
  for (const c of line.cells) {
    if (c.confidence === undefined) continue;
    if (col !== undefined && (c.end <= col || (endCol !== undefined && c.start >= endCol))) continue;
    low = Math.min(low ?? 100, c.confidence);
  }
  return low;
}

/**
 * Builds paragraphs from the prose lines of a document. Table-like lines end the current paragraph
 * and are not included (tables are read separately).
 */
export function buildParagraphs(doc: NDocument): Paragraph[] {
  const out: Paragraph[] = [];
  let cur: Paragraph | null = null;
  // the last piece appended to `cur.text` (never empty): the paragraph's last characters are read
  // from it, not from the growing text (which V8 would flatten on every read)
  let tail = '';
  const flush = () => {
    if (cur && cur.text.trim()) out.push(cur);
    cur = null;
  };
  const lines = doc.lines;
  const running = runningHeaderLines(doc);
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    const text = line.cells.length > 1 ? joinCells(line, false) : line.text.trim();
    if (!text || isPageNumberLine(text) || running.has(li)) continue;
    if (isTableLikeLine(line)) {
      flush();
      continue;
    }
    const startsBlock = HEADING_START.test(text);
    if (cur && (startsBlock || endsSentence(tail))) flush();
    if (!cur) cur = { text: '', spans: [] };
    const p: Paragraph = cur;
    // join without a space between CJK; keep one space between Latin/digits
    const needSpace = p.text && endsAlnum(tail) && /^[A-Za-z0-9]/.test(text);
    if (needSpace) p.text += ' ';
    p.spans.push({ offset: p.text.length, source: lineSource(doc, line) });
    p.text += text;
    tail = text;
    if (startsBlock && p.spans.length === 1 && looksLikeHeading(text)) {
      // a short heading line stands alone
      flush();
    }
  }
  flush();
  return out;
}

/**
 * A numbered line that is a heading on its own (`（一）收入决算说明`), not the start of a sentence
 * that continues on the next line (`10.住房保障支出（项）。年初预算为` ↵ `80.31万元…`).
 */
function looksLikeHeading(text: string): boolean {
  if (text.length >= 40 || SENTENCE_END.test(text)) return false;
  if (/[。，；,;]/.test(text)) return false; // sentence punctuation inside: running text
  return !/[为的是和及与在对从按将把被至了：:、（(“]$/.test(text); // ends mid-phrase
}

/**
 * The source of a quote that may run over several lines (a sentence broken by the layout): where it
 * starts, with the box of every line it covers on its first page (the evidence box a reviewer sees).
 */
export function spanSource(p: Paragraph, start: number, end: number): SourceRef {
  const first = spanIndexAt(p, start);
  const src = sourceFrom(p, first, start);
  spanConfidence(p, first, end, src);
  if (!src.box) return src;
  let box = src.box;
  for (let i = first + 1; i < p.spans.length && p.spans[i].offset < end; i++) {
    const sp = p.spans[i];
    if (sp.offset <= start || sp.source.page !== src.page || !sp.source.box) continue;
    box = unionBox(box, sp.source.box)!;
  }
  if (box !== src.box) src.box = box;
  return src;
}

/**
 * OCR'd text: a quote running over several lines is as sure as its least sure line (a figure
 * wrapped onto the next line keeps that line's confidence).
 */
function spanConfidence(p: Paragraph, first: number, end: number, src: SourceRef): void {
  if (src.confidence === undefined) return;
  let low = src.confidence;
  // the spans after the first one that start before the end (the first span is the source's own)
  for (let i = first + 1; i < p.spans.length && p.spans[i].offset < end; i++) {
    const c = p.spans[i].source.confidence;
    if (c !== undefined && c < low) low = c;
  }
  if (low !== src.confidence) src.confidence = low;
}

/** Index of the last span starting at or before `offset` (binary search: paragraphs may join hundreds of lines). */
function spanIndexAt(p: Paragraph, offset: number): number {
  let lo = 0;
  let hi = p.spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (p.spans[mid].offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function sourceFrom(p: Paragraph, index: number, offset: number): SourceRef {
  const span = p.spans[index];
  // Object.assign, not `{ ...source, col }`: V8 (Node 20) takes a slow path for spread plus properties
  return Object.assign({}, span.source, { col: offset - span.offset });
}

/** The source of the character at `offset` in a paragraph (line of that character, with column). */
export function sourceAt(p: Paragraph, offset: number, endOffset?: number): SourceRef {
  const first = spanIndexAt(p, offset);
  const src = sourceFrom(p, first, offset);
  if (endOffset !== undefined) {
    src.endCol = endOffset - p.spans[first].offset;
    spanConfidence(p, first, endOffset, src);
  }
  return src;
}
