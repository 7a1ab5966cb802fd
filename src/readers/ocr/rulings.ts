/**
 * Table ruling lines of a scanned page: long horizontal and vertical runs of dark pixels in the
 * greyscale image, returned as segments in PDF points (viewport space, like the text layer's
 * ruling lines) so the PDF reader's layout turns them into cell borders the same way.
 *
 * A run is measured over a band of three pixel rows (columns), so a line drawn slightly askew
 * (a scan up to about half a degree off) is still one long run.
 */
import type { Segment } from '../pdf/graphics.js';
import type { GrayImage } from './pgm.js';

export interface RulingOptions {
  /** Pixels darker than this (0–255) are ink. Default 160. */
  threshold?: number;
  /** Minimum length of a horizontal rule, in points. Default 36. */
  minH?: number;
  /** Minimum length of a vertical rule, in points (longer than a large title's strokes; a table's rules run through 2+ rows, and a table continued on a page may show only two). Default 26. */
  minV?: number;
}

/** More runs than this on a page: a picture, not a table (bounded output). */
const MAX_SEGMENTS = 20_000;

/** Ruling lines of an image rendered at `dpi`, in points (72 per inch). */
export function findRulings(img: GrayImage, dpi: number, opts: RulingOptions = {}): Segment[] {
  const threshold = opts.threshold ?? 160;
  const scale = 72 / dpi;
  const minH = Math.max(8, Math.round((opts.minH ?? 36) / scale));
  const minV = Math.max(8, Math.round((opts.minV ?? 26) / scale));
  // a rule is thin: ink this far to both sides along most of the run is a bold stroke of large type
  const side = Math.max(2, Math.round(dpi / 64));
  const { width: w, height: h, data } = img;
  const ink = new Uint8Array(w * h);
  for (let i = 0; i < ink.length; i++) ink[i] = data[i] < threshold ? 1 : 0;
  const out: Segment[] = [];
  // horizontal: a pixel counts when it or its neighbour above or below is ink
  for (let y = 0; y < h && out.length < MAX_SEGMENTS; y++) {
    let start = -1;
    const row = y * w;
    for (let x = 0; x <= w; x++) {
      const on = x < w && (ink[row + x] === 1 || (y > 0 && ink[row - w + x] === 1) || (y + 1 < h && ink[row + w + x] === 1));
      if (on && start < 0) start = x;
      else if (!on && start >= 0) {
        if (x - start >= minH && ownsRun(ink, w, y, start, x, 'h') && thin(ink, w, h, y, start, x, 'h', side)) out.push({ dir: 'h', x0: start * scale, y0: (y + 0.5) * scale, x1: x * scale, y1: (y + 0.5) * scale });
        start = -1;
      }
    }
  }
  for (let x = 0; x < w && out.length < MAX_SEGMENTS; x++) {
    let start = -1;
    for (let y = 0; y <= h; y++) {
      const i = y * w + x;
      const on = y < h && (ink[i] === 1 || (x > 0 && ink[i - 1] === 1) || (x + 1 < w && ink[i + 1] === 1));
      if (on && start < 0) start = y;
      else if (!on && start >= 0) {
        if (y - start >= minV && ownsRun(ink, w, x, start, y, 'v') && thin(ink, w, h, x, start, y, 'v', side)) out.push({ dir: 'v', x0: (x + 0.5) * scale, y0: start * scale, x1: (x + 0.5) * scale, y1: y * scale });
        start = -1;
      }
    }
  }
  return out;
}

/**
 * A dilated run is reported once, on the middle row of the band: only when the row (column) itself
 * holds at least half of the run's ink, so a 3-pixel band around a 1-pixel line gives one segment
 * per ink row rather than the two blank neighbours too.
 */
function ownsRun(ink: Uint8Array, w: number, at: number, a: number, b: number, dir: 'h' | 'v'): boolean {
  let n = 0;
  for (let k = a; k < b; k++) n += dir === 'h' ? ink[at * w + k] : ink[k * w + at];
  return n * 2 >= b - a;
}

/** Is the run thin (not part of a thick stroke): little ink `side` pixels before it and after it. */
function thin(ink: Uint8Array, w: number, h: number, at: number, a: number, b: number, dir: 'h' | 'v', side: number): boolean {
  let before = 0;
  let after = 0;
  for (let k = a; k < b; k++) {
    if (dir === 'h') {
      if (at - side >= 0) before += ink[(at - side) * w + k];
      if (at + side < h) after += ink[(at + side) * w + k];
    } else {
      if (at - side >= 0) before += ink[k * w + at - side];
      if (at + side < w) after += ink[k * w + at + side];
    }
  }
  return Math.max(before, after) * 2 < b - a;
}
