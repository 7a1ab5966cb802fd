/**
 * Output lines (frame space, raw text) → NLine/NCell: text normalised like text input, cells joined
 * by tabs with their offsets, boxes mapped back to the page (top-left origin, y down).
 */
import { normalizeLineText } from '../char-rules.js';
import type { NCell, NLine } from '../types.js';
import { boxToPage, round2, type Frame } from './geometry.js';
import type { OutCell, OutLine } from './layout.js';

const CJK_CHAR = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”‘’…—';
/** Spaces between two CJK characters are layout (letter spacing, justification), never words. */
const CJK_SPACES = new RegExp(`(?<=[${CJK_CHAR}]) +(?=[${CJK_CHAR}])`, 'gu');

/**
 * Kangxi radicals (U+2F00–U+2FDF) and CJK compatibility ideographs (U+F900–U+FAFF) that some fonts
 * map their glyphs to (`⼀般公共预算` with U+2F00): the ordinary ideograph, by Unicode normalisation.
 */
const RADICALS = /[\u2f00-\u2fdf\uf900-\ufaff]/gu;
const HAS_RADICAL = /[\u2f00-\u2fdf\uf900-\ufaff]/u;

export function normalizeCellText(raw: string): string {
  let s = raw.replace(/[\t\r\n\f\v]+/g, ' ');
  if (HAS_RADICAL.test(s)) s = s.replace(RADICALS, (c) => c.normalize('NFKC'));
  return normalizeLineText(s.replace(CJK_SPACES, '')).trim();
}

/**
 * Appends the lines of one page (and one writing direction) to `into`, numbering them on from
 * its current length. `confidence` gives a cell's recognition confidence (OCR pages).
 */
export function appendLines(into: NLine[], lines: readonly OutLine[], frame: Frame, page: number, confidence?: (c: OutCell) => number | undefined): void {
  for (const l of lines) {
    const cells: NCell[] = [];
    let text = '';
    for (const c of l.cells) {
      const t = normalizeCellText(c.text);
      if (!t) continue;
      if (cells.length) text += '\t';
      const start = text.length;
      text += t;
      const cell: NCell = { text: t, start, end: text.length, x0: round2(c.x0), x1: round2(c.x1), box: boxToPage(frame, c.x0, c.top, c.x1, c.bottom) };
      const conf = confidence?.(c);
      if (conf !== undefined) cell.confidence = conf;
      cells.push(cell);
    }
    if (!cells.length) continue;
    let x0 = Infinity;
    let x1 = -Infinity;
    for (const c of l.cells) {
      if (c.x0 < x0) x0 = c.x0;
      if (c.x1 > x1) x1 = c.x1;
    }
    const index = into.length;
    into.push({ index, lineNo: index + 1, page, text, cells, box: boxToPage(frame, x0, l.top, x1, l.bottom) });
  }
}
