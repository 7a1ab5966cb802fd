/**
 * Table tokens: the pieces of a line that table reconstruction works with. A cell of a
 * space-aligned or flattened line may hold several values separated by single spaces
 * (`82,096,797.42 82,096,797.42`), so cells are split at single spaces where a number stands
 * alone; names keep their inner spaces. Every token has a horizontal extent in the table's metric.
 */
import type { NLine } from '../../readers/types.js';

export type TokKind = 'num' | 'dash' | 'text';

/**
 * How horizontal positions are compared within one table:
 * - `display`: the cells' x0/x1 as given (PDF points, or display columns of text);
 * - `char`: text columns counting every character as one (how `pdftotext -layout` places glyphs);
 * - `index`: the cell's index (tab-separated tables, where empty cells are kept).
 */
export type Metric = 'display' | 'char' | 'index';

export interface Tok {
  text: string;
  kind: TokKind;
  x0: number;
  x1: number;
  /** Index of the cell it came from. */
  cell: number;
  /** Offsets in the line's text. */
  col: number;
  endCol: number;
}

export const AMOUNT_TOKEN = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const DASH_TOKEN = /^(?:[-—–－―~～/／]+|－)$/;
/** A number glued to the following word is not an amount: `2024 年`, `5 个`, `2.14 万元` in text. */
const UNIT_AFTER = /^(?:年|月|日|个|人|次|辆|台|套|批|项|家|名|万|元|％|%|天|场|期|批次|人次|分)/;

function charCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++; // count code points (skip low surrogates)
  }
  return n;
}

/** Position of a cell in the requested metric. */
function cellSpan(line: NLine, i: number, metric: Metric, corr: number[]): [number, number] {
  const c = line.cells[i];
  if (metric === 'index') return [i, i + 1];
  if (metric === 'char') return [c.x0 - corr[i], c.x0 - corr[i] + charCount(c.text)];
  return [c.x0, c.x1];
}

/** Cumulative wide-character correction before each cell (display columns → character columns). */
function corrections(line: NLine, metric: Metric): number[] {
  const out: number[] = [];
  let acc = 0;
  for (const c of line.cells) {
    out.push(acc);
    if (metric === 'char') acc += displayWidth(c.text) - charCount(c.text);
  }
  return out;
}

/** Splits a line into tokens. With `index`, each non-empty cell is one token. */
export function tokenize(line: NLine, metric: Metric, isPdf: boolean, opts: { splitWords?: boolean } = {}): Tok[] {
  const toks: Tok[] = [];
  const corr = corrections(line, metric);
  line.cells.forEach((cell, ci) => {
    const text = cell.text;
    if (!text) return;
    const [cx0, cx1] = cellSpan(line, ci, metric, corr);
    if (metric === 'index') {
      toks.push({ text, kind: kindOf(text), x0: cx0, x1: cx1, cell: ci, col: cell.start, endCol: cell.end });
      return;
    }
    if (text.indexOf(' ') < 0) {
      toks.push({ text, kind: kindOf(text), x0: cx0, x1: cx1, cell: ci, col: cell.start, endCol: cell.end });
      return;
    }
    // split at single spaces
    const pieces: { t: string; off: number }[] = [];
    const re = /\S+/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) pieces.push({ t: m[0], off: m.index });
    if (pieces.length === 1) {
      const p = pieces[0].t;
      toks.push({ text: p, kind: kindOf(p), x0: cx0, x1: cx1, cell: ci, col: cell.start + pieces[0].off, endCol: cell.start + pieces[0].off + p.length });
      return;
    }
    const width = isPdf ? (cx1 - cx0) / Math.max(1, measure(text, metric)) : 1;
    // prefix widths of each piece start, computed once
    const starts = new Map<number, number>();
    let acc = 0;
    let last = 0;
    for (const pc of pieces) {
      acc += measure(text.slice(last, pc.off), metric);
      starts.set(pc.off, acc);
      last = pc.off;
    }
    const posOf = (off: number, len: number): [number, number] => {
      const before = (starts.get(off) ?? measure(text.slice(0, off), metric)) * width;
      const w = measure(text.slice(off, off + len), metric) * width;
      return [cx0 + before, cx0 + before + w];
    };
    let i = 0;
    while (i < pieces.length) {
      const p = pieces[i];
      const next = pieces[i + 1];
      const isNum = (AMOUNT_TOKEN.test(p.t) || DASH_TOKEN.test(p.t)) && !(next && UNIT_AFTER.test(next.t));
      if (isNum) {
        const [x0, x1] = posOf(p.off, p.t.length);
        toks.push({ text: p.t, kind: kindOf(p.t), x0, x1, cell: ci, col: cell.start + p.off, endCol: cell.start + p.off + p.t.length });
        i++;
        continue;
      }
      // a run of text pieces (up to the next standalone number); header words stay apart
      let j = i + 1;
      while (j < pieces.length && !opts.splitWords) {
        const q = pieces[j];
        const qn = pieces[j + 1];
        if ((AMOUNT_TOKEN.test(q.t) || DASH_TOKEN.test(q.t)) && !(qn && UNIT_AFTER.test(qn.t))) break;
        j++;
      }
      const last = pieces[j - 1];
      const end = last.off + last.t.length;
      const t = text.slice(p.off, end);
      const [x0, x1] = posOf(p.off, end - p.off);
      toks.push({ text: t, kind: 'text', x0, x1, cell: ci, col: cell.start + p.off, endCol: cell.start + end });
      i = j;
    }
  });
  return toks;
}

function measure(s: string, metric: Metric): number {
  return metric === 'char' ? charCount(s) : displayWidth(s);
}

/** Display width (CJK and full-width count 2), as the text reader measures it; by char code for speed. */
export function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x1100) w++;
    else if (c >= 0xd800 && c <= 0xdbff) {
      // astral: CJK extension planes are wide
      const cp = s.codePointAt(i) ?? 0;
      w += cp >= 0x20000 && cp <= 0x3fffd ? 2 : 1;
      i++;
    } else
      w +=
        c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6)
          ? 2
          : 1;
  }
  return w;
}

export function kindOf(text: string): TokKind {
  const t = text.trim();
  if (AMOUNT_TOKEN.test(t)) return 'num';
  if (DASH_TOKEN.test(t)) return 'dash';
  return 'text';
}

export const center = (t: { x0: number; x1: number }) => (t.x0 + t.x1) / 2;
