/**
 * RTF (portals often publish it named .doc): one linear pass over the bytes — groups, control
 * words, `\uN` with its `\ucN` fallback skipped, `\'hh` and raw 8-bit bytes decoded with the
 * font's charset (`\fcharset134` GBK, …) or `\ansicpg`. Paragraphs (`\par`), table rows (`\cell`,
 * `\row`, cell boundaries `\cellx` for merged cells) and page breaks become Word blocks
 * (`word-blocks.ts`); non-text destinations (font and style tables, pictures, field codes,
 * headers/footers, `\*` groups) are skipped.
 */
import { readFileSync } from 'node:fs';
import { placeCells, wordDocument, type WordBlock } from './word-blocks.js';
import { NDocument, ReadError } from './types.js';

export const MAX_RTF_BYTES = 50 * 1024 * 1024;
/** Deepest group nesting read (real documents stay far below; a bomb of braces is refused). */
export const MAX_RTF_DEPTH = 2000;

const SKIP = new Set(['fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl', 'footerr', 'footerf', 'footnote', 'fldinst', 'xe', 'tc', 'listtable', 'listoverridetable', 'revtbl', 'rsidtbl', 'generator', 'themedata', 'colorschememapping', 'datastore', 'latentstyles', 'xmlnstbl', 'filetbl', 'pgdsctbl', 'nonshppict', 'shpinst', 'bkmkstart', 'bkmkend', 'template', 'userprops', 'docvar']);
const SYMBOLS: Record<string, string> = { emdash: '\u2014', endash: '\u2013', bullet: '\u2022', lquote: '\u2018', rquote: '\u2019', ldblquote: '\u201c', rdblquote: '\u201d', emspace: ' ', enspace: ' ', qmspace: ' ', tab: '\t', line: '\n' };
/** Windows font charsets to encodings (the ones Chinese documents use, and their neighbours). */
const CHARSETS: Record<number, string> = { 0: 'windows-1252', 128: 'shift_jis', 129: 'euc-kr', 134: 'gbk', 136: 'big5', 161: 'windows-1253', 162: 'windows-1254', 177: 'windows-1255', 178: 'windows-1256', 186: 'windows-1257', 204: 'windows-1251', 222: 'windows-874', 238: 'windows-1250' };
const CODEPAGES: Record<number, string> = { 936: 'gbk', 54936: 'gb18030', 950: 'big5', 932: 'shift_jis', 949: 'euc-kr', 1252: 'windows-1252', 1251: 'windows-1251', 1250: 'windows-1250', 65001: 'utf-8' };

interface Group {
  skip: boolean;
  uc: number;
  font: number;
  fonttbl: boolean;
}

class RtfError extends Error {}

function decode(bytes: number[], encoding: string): string {
  try {
    return new TextDecoder(encoding).decode(Uint8Array.from(bytes));
  } catch {
    return String.fromCharCode(...bytes);
  }
}

/** The blocks of an RTF document (`buf` starts with `{\rtf`). */
export function parseRtf(buf: Buffer): WordBlock[] {
  const out: WordBlock[] = [];
  const rowBounds = new Map<WordBlock, number[]>();
  const fonts = new Map<number, number>(); // font number → charset
  let ansi = 'windows-1252';
  let g: Group = { skip: false, uc: 1, font: -1, fonttbl: false };
  const stack: Group[] = [];
  let tblFont = -1;
  let text = '';
  let bytes: number[] = [];
  let skipChars = 0;
  let inTable = false;
  let cellParas: string[] = [];
  let cells: string[] = [];
  let bounds: number[] = [0];
  let tables = 0;
  let rows = 0;
  const encoding = () => {
    const cs = fonts.get(g.font);
    return cs !== undefined && cs !== 0 && cs !== 1 ? (CHARSETS[cs] ?? ansi) : ansi;
  };
  const flush = () => {
    if (bytes.length) text += decode(bytes, encoding());
    bytes = [];
  };
  const endRow = () => {
    flush();
    if (text || cellParas.length) cells.push([...cellParas, text].join('\n'));
    if (cells.length) {
      if (out.at(-1)?.kind !== 'row') {
        tables++;
        rows = 0;
      }
      out.push({ kind: 'row', cells, table: tables, row: ++rows });
      if (bounds.length === cells.length + 1) rowBounds.set(out.at(-1)!, bounds);
    }
    cells = [];
    cellParas = [];
    text = '';
  };
  const endParagraph = () => {
    flush();
    if (inTable) cellParas.push(text);
    else {
      if (cells.length || cellParas.length) endRow();
      out.push({ kind: 'paragraph', text });
    }
    text = '';
  };
  const control = (word: string, param: number | undefined) => {
    if (g.fonttbl) {
      if (word === 'f' && param !== undefined) tblFont = param;
      else if (word === 'fcharset' && param !== undefined && tblFont >= 0) fonts.set(tblFont, param);
      return;
    }
    if (SKIP.has(word)) {
      g.skip = true;
      return;
    }
    if (word === 'ansicpg' && param !== undefined) ansi = CODEPAGES[param] ?? ansi;
    else if (word === 'uc' && param !== undefined) g.uc = param;
    else if (word === 'f' && param !== undefined) {
      flush();
      g.font = param;
    }
    if (g.skip) return;
    switch (word) {
      case 'u':
        if (param === undefined) return;
        flush();
        text += String.fromCharCode(param < 0 ? param + 65536 : param);
        skipChars = g.uc;
        return;
      case 'par':
      case 'sect':
        return endParagraph();
      case 'page':
        flush();
        if (text.trim() && !inTable) {
          out.push({ kind: 'paragraph', text });
          text = '';
        }
        if (!inTable) out.push({ kind: 'page' });
        return;
      case 'pagebb':
        flush();
        if (!text.trim() && !inTable) out.push({ kind: 'page' });
        return;
      case 'pard':
        inTable = false;
        return;
      case 'intbl':
        inTable = true;
        return;
      case 'trowd':
        bounds = [0];
        return;
      case 'trleft':
        bounds[0] = param ?? 0;
        return;
      case 'cellx':
        bounds.push(param ?? 0);
        return;
      case 'cell':
        flush();
        cells.push([...cellParas, text].join('\n'));
        cellParas = [];
        text = '';
        return;
      case 'row':
        return endRow();
      case 'nestcell':
      case 'nestrow':
        text += ' ';
        return;
    }
    const sym = SYMBOLS[word];
    if (sym !== undefined) {
      flush();
      text += sym;
    }
  };
  const length = buf.length;
  for (let i = 0; i < length; ) {
    const c = buf[i];
    if (c === 0x7b) {
      // {
      flush();
      if (stack.length >= MAX_RTF_DEPTH) throw new RtfError(`nesting deeper than ${MAX_RTF_DEPTH}`);
      stack.push(g);
      g = { ...g };
      skipChars = 0;
      i++;
      if (g.skip) continue;
      // a group's first control word decides whether it is a destination to skip
      if (buf[i] === 0x5c && buf[i + 1] === 0x2a) g.skip = true; // {\*\…}
      else if (buf.subarray(i, i + 8).toString('latin1') === '\\fonttbl') g.fonttbl = true;
      continue;
    }
    if (c === 0x7d) {
      // }
      flush();
      const prev = stack.pop();
      if (!prev) break; // the document's closing brace (or stray text after it)
      g = prev;
      skipChars = 0;
      i++;
      continue;
    }
    if (c === 0x5c) {
      const n = buf[i + 1];
      if (n === undefined) break;
      if ((n >= 0x61 && n <= 0x7a) || (n >= 0x41 && n <= 0x5a)) {
        let j = i + 1;
        while (j < length && ((buf[j] >= 0x61 && buf[j] <= 0x7a) || (buf[j] >= 0x41 && buf[j] <= 0x5a)) && j - i < 40) j++;
        const word = buf.subarray(i + 1, j).toString('latin1');
        let k = j;
        if (buf[k] === 0x2d) k++;
        while (k < length && buf[k] >= 0x30 && buf[k] <= 0x39 && k - j < 12) k++;
        const param = k > j && !(k === j + 1 && buf[j] === 0x2d) ? Number(buf.subarray(j, k).toString('latin1')) : undefined;
        i = buf[k] === 0x20 ? k + 1 : k;
        if (word === 'bin' && param) {
          i += param; // binary data: skipped whole
          continue;
        }
        if (word !== 'u') skipChars = 0;
        control(word, param);
        continue;
      }
      i += 2;
      if (n === 0x27) {
        // \'hh
        const b = parseInt(buf.subarray(i, i + 2).toString('latin1'), 16);
        i += 2;
        if (skipChars > 0) skipChars--;
        else if (!g.skip && !g.fonttbl && Number.isFinite(b)) bytes.push(b);
        continue;
      }
      if (n === 0x2a) continue; // \* handled at the group's start
      if (g.skip || g.fonttbl) continue;
      if (n === 0x5c || n === 0x7b || n === 0x7d) {
        flush();
        text += String.fromCharCode(n);
      } else if (n === 0x7e) {
        flush();
        text += ' ';
      } else if (n === 0x5f) {
        flush();
        text += '-';
      } else if (n === 0x0d || n === 0x0a) endParagraph(); // `\` + newline is \par
      continue;
    }
    i++;
    if (c === 0x0d || c === 0x0a || g.skip || g.fonttbl) continue;
    if (skipChars > 0) {
      skipChars--;
      continue;
    }
    if (c >= 0x80) bytes.push(c);
    else {
      flush();
      text += String.fromCharCode(c);
    }
  }
  if (cells.length || cellParas.length) endRow();
  flush();
  if (text.trim()) out.push({ kind: 'paragraph', text });
  placeCells(out, rowBounds);
  return out;
}

export async function readRtf(file: string, buf: Buffer = readFileSync(file)): Promise<NDocument> {
  if (buf.length > MAX_RTF_BYTES) throw new ReadError(file, 'too-large', `${file}: 文件过大（上限 ${MAX_RTF_BYTES / 1048576} MB）`);
  let blocks: WordBlock[];
  try {
    blocks = parseRtf(buf);
  } catch (e) {
    if (e instanceof RtfError) throw new ReadError(file, 'too-large', `${file}: RTF 文档嵌套层级过深（超过 ${MAX_RTF_DEPTH} 层）`);
    throw new ReadError(file, 'corrupt', `${file}: RTF 文件无法解析（${String((e as Error).message).split('\n')[0].slice(0, 80)}）`);
  }
  return wordDocument(file, 'rtf', blocks, 'RTF 文档');
}
