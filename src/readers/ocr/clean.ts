/**
 * Image clean-up before recognition: tesseract reads table rows poorly through ruling lines and
 * turns specks of scanner dirt into words (or stretches a word's box onto one). Ruling lines found
 * by rulings.ts are whitened, and tiny isolated dark blobs (smaller than any decimal point at the
 * resolution) removed. The caller's image is not changed.
 */
import type { Segment } from '../pdf/graphics.js';
import type { GrayImage } from './pgm.js';

const INK = 160;

export function cleanForOcr(img: GrayImage, segments: readonly Segment[], dpi: number): GrayImage {
  const out: GrayImage = { width: img.width, height: img.height, data: new Uint8Array(img.data) };
  eraseRulings(out, segments, dpi);
  despeckle(out, Math.max(2, Math.round(6 * (dpi / 300) ** 2)));
  dropFaint(out);
  return out;
}

/** Anything lighter than this is paper. */
const PAPER = 230;
/** A mark whose darkest pixel is lighter than this is not print. */
const FAINT = 150;

/**
 * Whitens faint marks: 8-connected blobs of non-paper pixels with no dark pixel at all — scanner
 * dust blurred by resampling, the anti-aliased fringe left where a ruling line was erased. Printed
 * strokes, decimal points included, have a dark core and are kept with their fringe. Tesseract
 * otherwise binarises such marks into words (`四`, `本`) or glues them to a cell's text.
 */
export function dropFaint(img: GrayImage): void {
  const data = img.data;
  eachBlob(img, PAPER, Infinity, (blob) => {
    let darkest = 255;
    for (const i of blob) if (data[i] < darkest) darkest = data[i];
    if (darkest >= FAINT) for (const i of blob) data[i] = 255;
  });
}

/**
 * Calls `visit` with every 8-connected blob of pixels darker than `below` (its pixel indexes, at
 * most `keep + 1` of them: a longer blob is still walked whole, so it is seen once).
 */
function eachBlob(img: GrayImage, below: number, keep: number, visit: (blob: number[]) => void): void {
  const { width: w, height: h, data } = img;
  const seen = new Uint8Array(w * h);
  const stack: number[] = [];
  const blob: number[] = [];
  for (let start = 0; start < data.length; start++) {
    if (seen[start] || data[start] >= below) continue;
    seen[start] = 1;
    stack.push(start);
    blob.length = 0;
    while (stack.length) {
      const i = stack.pop()!;
      if (blob.length <= keep) blob.push(i);
      const x = i % w;
      const y = (i - x) / w;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= h) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= w) continue;
          const j = yy * w + xx;
          if (!seen[j] && data[j] < below) {
            seen[j] = 1;
            stack.push(j);
          }
        }
      }
    }
    visit(blob);
  }
}

/**
 * Whitens each ruling line with its anti-aliased fringe: the pixel row (column) found and two on
 * each side at 300 dpi. A fringe left standing is read as `”`, `|` or `1` and, where it touches
 * a cell's text, glues a mark onto it or joins two cells across the rule.
 */
export function eraseRulings(img: GrayImage, segments: readonly Segment[], dpi: number): void {
  const px = dpi / 72;
  const reach = Math.max(1, Math.round((2 * dpi) / 300));
  const { width: w, height: h, data } = img;
  for (const s of segments) {
    if (s.dir === 'h') {
      const y = Math.round(s.y0 * px - 0.5);
      const x0 = Math.max(0, Math.floor(s.x0 * px));
      const x1 = Math.min(w, Math.ceil(s.x1 * px));
      for (let yy = Math.max(0, y - reach); yy <= Math.min(h - 1, y + reach); yy++) for (let x = x0; x < x1; x++) if (data[yy * w + x] < FRINGE) data[yy * w + x] = 255;
    } else {
      const x = Math.round(s.x0 * px - 0.5);
      const y0 = Math.max(0, Math.floor(s.y0 * px));
      const y1 = Math.min(h, Math.ceil(s.y1 * px));
      for (let xx = Math.max(0, x - reach); xx <= Math.min(w - 1, x + reach); xx++) for (let y = y0; y < y1; y++) if (data[y * w + xx] < FRINGE) data[y * w + xx] = 255;
    }
  }
}

/** Pixels darker than this next to a ruling line are the line's ink or fringe. */
const FRINGE = 250;

/** Removes 8-connected dark blobs of at most `maxArea` pixels. */
export function despeckle(img: GrayImage, maxArea: number): void {
  const data = img.data;
  eachBlob(img, INK, maxArea, (blob) => {
    if (blob.length <= maxArea) for (const i of blob) data[i] = 255;
  });
}
