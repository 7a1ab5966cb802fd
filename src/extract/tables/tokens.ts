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

/**
 * A figure alone in its piece: well grouped (`1,234.50`), ungrouped, or with misplaced thousands
 * separators (`128138,600` for 128,138,600: every comma before exactly three digits; model/amount.ts
 * MISGROUPED_RE), which table cells of some templates print. Pieces are split at spaces, so two
 * figures separated by a comma and a space (`1,200, 300`) stay two pieces, the first not a figure.
 */
export const AMOUNT_TOKEN = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d{4,}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const DASH_TOKEN = /^(?:[-—–－―~～/／]+|－)$/;
/** A number glued to the following word is not an amount: `2024 年`, `5 个`, `2.14 万元` in text. */
const UNIT_AFTER = /^(?:年|月|日|个|人|次|辆|台|套|批|项|家|名|万|元|％|%|天|场|期|批次|人次|分)/;

/**
 * Character count (code units other than low surrogates) and display width (`displayWidth`) of a
 * cell's text in one pass, for the `char` metric (a cell shifts left by the wide characters before
 * it). Results in MEASURED_CHARS / MEASURED_WIDTH (no array per call).
 */
let MEASURED_CHARS = 0;
let MEASURED_WIDTH = 0;
function measureBoth(s: string): void {
  let n = 0;
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++; // charCount: every unit but low surrogates
    if (c < 0x1100) w++;
    else if (c >= 0xd800 && c <= 0xdbff) {
      // displayWidth takes the next unit with a high surrogate (and skips it); charCount still sees it
      const cp = s.codePointAt(i) ?? 0;
      w += cp >= 0x20000 && cp <= 0x3fffd ? 2 : 1;
      if (i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d < 0xdc00 || d > 0xdfff) n++;
      }
      i++;
    } else w += wideBmp(c) ? 2 : 1;
  }
  MEASURED_CHARS = n;
  MEASURED_WIDTH = w;
}

/** Splits a line into tokens. With `index`, each non-empty cell is one token. */
export function tokenize(line: NLine, metric: Metric, isPdf: boolean, opts: { splitWords?: boolean } = {}): Tok[] {
  // tokens gathered in TOKS (tokenize does not nest) and copied out at their exact count
  let nToks = 0;
  // `char`: the wide-character correction of the cells before (display columns → character columns)
  let corr = 0;
  const cells = line.cells;
  for (let ci = 0; ci < cells.length; ci++) {
    const cell = cells[ci];
    const text = cell.text;
    const corrBefore = corr;
    let chars = 0;
    // simple: every code unit measures 1 in the metric (the width of text.slice(a, b) is b - a)
    let simple = false;
    if (metric === 'char') {
      if (!LOW_SURROGATE.test(text)) {
        chars = text.length;
        simple = true;
        // the correction matters to the cells after this one only
        if (ci + 1 < cells.length && NOT_NARROW.test(text)) corr += displayWidth(text) - chars;
      } else {
        measureBoth(text);
        chars = MEASURED_CHARS;
        corr += MEASURED_WIDTH - MEASURED_CHARS;
      }
    }
    if (!text) continue;
    // the cell's position in the requested metric
    let cx0: number;
    let cx1: number;
    if (metric === 'index') {
      cx0 = ci;
      cx1 = ci + 1;
    } else if (metric === 'char') {
      cx0 = cell.x0 - corrBefore;
      cx1 = cell.x0 - corrBefore + chars;
    } else {
      cx0 = cell.x0;
      cx1 = cell.x1;
    }
    if (metric === 'index' || text.indexOf(' ') < 0) {
      TOKS[nToks++] = { text, kind: kindOf(text), x0: cx0, x1: cx1, cell: ci, col: cell.start, endCol: cell.end };
      continue;
    }
    // split at single spaces (into the scratch arrays PIECE_TEXT / PIECE_OFF: tokenize does not nest)
    let n = 0;
    PIECE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PIECE.exec(text))) {
      PIECE_TEXT[n] = m[0];
      PIECE_OFF[n] = m.index;
      n++;
    }
    if (n === 1) {
      const p = PIECE_TEXT[0];
      const off = PIECE_OFF[0];
      TOKS[nToks++] = { text: p, kind: kindOf(p), x0: cx0, x1: cx1, cell: ci, col: cell.start + off, endCol: cell.start + off + p.length };
      continue;
    }
    if (metric === 'display') simple = !NOT_NARROW.test(text);
    const width = isPdf ? (cx1 - cx0) / Math.max(1, simple ? text.length : measureRange(text, 0, text.length, metric)) : 1;
    // prefix widths of each piece start, and whether each piece is a standalone number, computed once
    let acc = 0;
    let last = 0;
    for (let k = 0; k < n; k++) {
      const off = PIECE_OFF[k];
      acc += simple ? off - last : measureRange(text, last, off, metric);
      PIECE_START[k] = acc;
      last = off;
      PIECE_NUM[k] = numOrDash(PIECE_TEXT[k]) && !(k + 1 < n && UNIT_AFTER.test(PIECE_TEXT[k + 1]));
    }
    let i = 0;
    while (i < n) {
      const pt = PIECE_TEXT[i];
      const off = PIECE_OFF[i];
      if (PIECE_NUM[i]) {
        const before = PIECE_START[i] * width;
        const w = (simple ? pt.length : measureRange(text, off, off + pt.length, metric)) * width;
        TOKS[nToks++] = { text: pt, kind: kindOf(pt), x0: cx0 + before, x1: cx0 + before + w, cell: ci, col: cell.start + off, endCol: cell.start + off + pt.length };
        i++;
        continue;
      }
      // a run of text pieces (up to the next standalone number); header words stay apart
      let j = i + 1;
      while (j < n && !opts.splitWords) {
        if (PIECE_NUM[j]) break;
        j++;
      }
      const end = PIECE_OFF[j - 1] + PIECE_TEXT[j - 1].length;
      const t = text.slice(off, end);
      const before = PIECE_START[i] * width;
      const w = (simple ? end - off : measureRange(text, off, end, metric)) * width;
      TOKS[nToks++] = { text: t, kind: 'text', x0: cx0 + before, x1: cx0 + before + w, cell: ci, col: cell.start + off, endCol: cell.start + end };
      i = j;
    }
  }
  return TOKS.slice(0, nToks);
}

/** A code unit that may measure other than 1: wide (≥ U+1100) or a surrogate. */
const NOT_NARROW = /[^\u0000-\u10ff]/;
const LOW_SURROGATE = /[\udc00-\udfff]/;

const TOKS: Tok[] = [];

/** Scratch space for the pieces of one cell (text, offset, width before it, standalone number). */
const PIECE_TEXT: string[] = [];
const PIECE_OFF: number[] = [];
const PIECE_START: number[] = [];
const PIECE_NUM: boolean[] = [];

/** Runs of non-space characters of a cell (module level: no regex object per cell). */
const PIECE = /\S+/g;

/** Width of `s.slice(from, to)` in the metric (character count or `displayWidth` of the slice), without the slice. */
function measureRange(s: string, from: number, to: number, metric: Metric): number {
  if (metric === 'char') {
    let n = 0;
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      if (c < 0xdc00 || c > 0xdfff) n++;
    }
    return n;
  }
  // as displayWidth on the slice: a high surrogate takes the next unit with it (when inside the range)
  let w = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x1100) w++;
    else if (c >= 0xd800 && c <= 0xdbff) {
      let cp = c;
      if (i + 1 < to) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      }
      w += cp >= 0x20000 && cp <= 0x3fffd ? 2 : 1;
      i++;
    } else w += wideBmp(c) ? 2 : 1;
  }
  return w;
}

const wideBmp = (c: number) =>
  c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6);

/** Display width (CJK and full-width count 2), as the text reader measures it; by char code for speed. */
export function displayWidth(s: string): number {
  // every code unit counts 1 to start with; wide units add 1; a high surrogate takes the next unit
  // with it (skipped), the two counting as its code point
  let w = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x1100) continue;
    if (c >= 0xd800 && c <= 0xdbff) {
      // astral: CJK extension planes are wide
      const cp = s.codePointAt(i) ?? 0;
      if (i + 1 < s.length) w += (cp >= 0x20000 && cp <= 0x3fffd ? 2 : 1) - 2;
      i++;
    } else if (wideBmp(c)) w++;
  }
  return w;
}

export function kindOf(text: string): TokKind {
  const t = text.trim();
  if (!startsNumOrDash(t)) return 'text'; // neither expression can match
  if (AMOUNT_TOKEN.test(t)) return 'num';
  if (DASH_TOKEN.test(t)) return 'dash';
  return 'text';
}

/** `AMOUNT_TOKEN.test(t) || DASH_TOKEN.test(t)`, the expressions only tried where they can match. */
function numOrDash(t: string): boolean {
  return startsNumOrDash(t) && (AMOUNT_TOKEN.test(t) || DASH_TOKEN.test(t));
}

/** The first character can start an AMOUNT_TOKEN (`-`, `−`, a digit) or a DASH_TOKEN (`-—–－―~～/／`). */
function startsNumOrDash(t: string): boolean {
  const c = t.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2212 || c === 0x2014 || c === 0x2013 || c === 0xff0d || c === 0x2015 || c === 0x7e || c === 0xff5e || c === 0x2f || c === 0xff0f;
}

export const center = (t: { x0: number; x1: number }) => (t.x0 + t.x1) / 2;
