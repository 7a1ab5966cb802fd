/**
 * Plain text / Markdown input (.txt, .md): lines of the file become normalised lines; form feeds
 * separate pages; cells are pieces separated by tabs or by 2+ spaces.
 */
import { readFileSync, statSync } from 'node:fs';
import { displayWidth, normalizeLineText, stripMarkup } from './char-rules.js';
import { NCell, NDocument, NLine, NPage, ReadError } from './types.js';

export const MAX_TEXT_BYTES = 50 * 1024 * 1024;

export function readTextFile(file: string): NDocument {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new ReadError(file, 'not-found', `${file}: 文件不存在或无法打开`);
  }
  if (size === 0) throw new ReadError(file, 'empty', `${file}: 文件为空`);
  if (size > MAX_TEXT_BYTES) throw new ReadError(file, 'too-large', `${file}: 文件过大（${(size / 1048576).toFixed(1)} MB，上限 ${MAX_TEXT_BYTES / 1048576} MB）`);
  const buf = readFileSync(file);
  if (buf.subarray(0, 5).toString('latin1') === '%PDF-') {
    throw new ReadError(file, 'unsupported', `${file}: 这是 PDF 文件，但扩展名不是 .pdf`);
  }
  if (buf.subarray(0, Math.min(buf.length, 8192)).includes(0)) throw new ReadError(file, 'binary', `${file}: 不是文本文件（含二进制内容）`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    try {
      text = new TextDecoder('gb18030', { fatal: true }).decode(buf);
    } catch {
      throw new ReadError(file, 'garbled', `${file}: 无法识别文本编码（既不是 UTF-8 也不是 GB18030）`);
    }
  }
  return textToDocument(file, text);
}

/** Builds the normalised document from text already in memory (also used for generated samples). */
export function textToDocument(file: string, text: string): NDocument {
  const rawLines = text.replace(/\r\n?/g, '\n').split('\n');
  const lines: NLine[] = [];
  const pages: NPage[] = [{ number: 1 }];
  let page = 1;
  rawLines.forEach((raw, i) => {
    let r = raw;
    if (r.includes('\f')) {
      const parts = r.split('\f');
      page += parts.length - 1;
      while (pages.length < page) pages.push({ number: pages.length + 1 });
      r = parts.join('');
    }
    const line = toLine(r, i + 1, page, lines.length);
    if (line) lines.push(line);
  });
  return { file, format: 'text', geometry: 'display-columns', pages, lines, warnings: [] };
}

const SPACES = / +/y;
const WORDS = /[^\t ]+(?: [^\t ]+)*/y;

/** Splits a raw line into cells on tabs and 2+ spaces; positions are kept as display columns. */
function toLine(raw: string, lineNo: number, page: number, index: number): NLine | null {
  if (!NON_SPACE.test(raw)) return null; // = !raw.trim(), without the trimmed copy
  // split the raw line first, so that display columns refer to the original layout
  // (NULs are dropped first, so tabs are the only separators left to tell from text)
  const stripped = stripMarkup(raw.includes('\u0000') ? raw.replace(/\u0000/g, '') : raw);
  const hasTabs = raw.includes('\t');
  // cells are gathered in CELLS (toLine does not nest) and copied out at their exact count
  let nCells = 0;
  let text = '';
  let col = 0;
  let lastWasTab = true;
  let pieces = 0;
  // empty cells between tabs, kept when a piece of text follows (trailing ones carry no
  // information; leading ones do in tab-separated tables): their columns, until then
  let emptyAt: number[] | null = null;
  // pieces, left to right (as `/\t| {2,}|[^\t ]+(?: [^\t ]+)*/g` finds them): a tab, a run of 2+
  // spaces, or a run of words joined by single spaces; a single space outside a run of words is
  // skipped without moving the column. Ends are found with sticky `test` (no match arrays).
  const n = stripped.length;
  let i = 0;
  while (i < n) {
    const c = stripped.charCodeAt(i);
    if (c === 9) {
      if (lastWasTab) (emptyAt ??= []).push(col); // empty cell between tabs
      col = (Math.floor(col / 8) + 1) * 8;
      lastWasTab = true;
      i++;
      continue;
    }
    if (c === 32) {
      SPACES.lastIndex = i;
      SPACES.test(stripped);
      const len = SPACES.lastIndex - i;
      if (len >= 2) col += len; // a run of spaces; a single one matches nothing
      i += len;
      continue;
    }
    WORDS.lastIndex = i;
    WORDS.test(stripped);
    const end = WORDS.lastIndex;
    const s = stripped.slice(i, end);
    i = end;
    if (emptyAt) {
      // (an empty piece normalises to an empty cell, kept in tab-separated lines only)
      if (hasTabs)
        for (let k = 0; k < emptyAt.length; k++) {
          if (nCells) text += '\t';
          CELLS[nCells++] = { text: '', start: text.length, end: text.length, x0: emptyAt[k], x1: emptyAt[k] };
        }
      emptyAt = null;
    }
    const w = displayWidth(s);
    const t = normalizeLineText(s).trim();
    if (t || hasTabs) {
      if (nCells) text += '\t';
      CELLS[nCells++] = { text: t, start: text.length, end: text.length + t.length, x0: col, x1: col + w };
      text += t;
    }
    col += w;
    lastWasTab = false;
    pieces++;
  }
  if (!pieces) return null;
  if (!text.trim()) return null;
  const cells = CELLS.slice(0, nCells);
  return { index, lineNo, page, text, cells };
}

const NON_SPACE = /\S/;
const CELLS: NCell[] = [];
