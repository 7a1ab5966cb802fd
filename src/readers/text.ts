/**
 * Plain text / Markdown input (.txt, .md): lines of the file become normalised lines; form feeds
 * separate pages; cells are pieces separated by tabs or by 2+ spaces.
 */
import { readFileSync, statSync } from 'node:fs';
import { displayWidth, normalizeLineText, stripMarkup } from '../normalize/text.js';
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
  let nul = 0;
  for (let i = 0; i < Math.min(buf.length, 8192); i++) if (buf[i] === 0) nul++;
  if (nul > 0) throw new ReadError(file, 'binary', `${file}: 不是文本文件（含二进制内容）`);
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
  return { file, format: 'text', pages, lines, warnings: [] };
}

/** Splits a raw line into cells on tabs and 2+ spaces; positions are kept as display columns. */
function toLine(raw: string, lineNo: number, page: number, index: number): NLine | null {
  if (!raw.trim()) return null;
  const pieces: { text: string; x0: number; x1: number }[] = [];
  // split the raw line first, so that display columns refer to the original layout
  const expanded = stripMarkup(raw.replace(/\u0000/g, '')).replace(/\t/g, '\u0000');
  let col = 0;
  let lastWasTab = true;
  for (const m of expanded.matchAll(/\u0000| {2,}|[^\u0000 ]+(?: [^\u0000 ]+)*/g)) {
    const s = m[0];
    if (s === '\u0000') {
      if (lastWasTab) pieces.push({ text: '', x0: col, x1: col }); // empty cell between tabs
      col = (Math.floor(col / 8) + 1) * 8;
      lastWasTab = true;
      continue;
    }
    if (/^ +$/.test(s)) {
      col += s.length;
      continue;
    }
    const w = displayWidth(s);
    pieces.push({ text: s, x0: col, x1: col + w });
    col += w;
    lastWasTab = false;
  }
  const hasTabs = raw.includes('\t');
  // trailing empty cells carry no information; leading ones do in tab-separated tables
  while (pieces.length && !pieces[pieces.length - 1].text) pieces.pop();
  if (!pieces.length) return null;
  const cells: NCell[] = [];
  let text = '';
  for (const p of pieces) {
    const t = normalizeLineText(p.text).trim();
    if (!t && !hasTabs) continue;
    if (cells.length) text += '\t';
    cells.push({ text: t, start: text.length, end: text.length + t.length, x0: p.x0, x1: p.x1 });
    text += t;
  }
  if (!text.trim()) return null;
  return { index, lineNo, page, text, cells };
}
