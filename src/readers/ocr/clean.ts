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
  return out;
}

/** Whitens ink along each ruling line (its pixel row or column and the two beside it). */
export function eraseRulings(img: GrayImage, segments: readonly Segment[], dpi: number): void {
  const px = dpi / 72;
  const { width: w, height: h, data } = img;
  for (const s of segments) {
    if (s.dir === 'h') {
      const y = Math.round(s.y0 * px - 0.5);
      const x0 = Math.max(0, Math.floor(s.x0 * px));
      const x1 = Math.min(w, Math.ceil(s.x1 * px));
      for (let yy = Math.max(0, y - 1); yy <= Math.min(h - 1, y + 1); yy++) for (let x = x0; x < x1; x++) if (data[yy * w + x] < INK + 60) data[yy * w + x] = 255;
    } else {
      const x = Math.round(s.x0 * px - 0.5);
      const y0 = Math.max(0, Math.floor(s.y0 * px));
      const y1 = Math.min(h, Math.ceil(s.y1 * px));
      for (let xx = Math.max(0, x - 1); xx <= Math.min(w - 1, x + 1); xx++) for (let y = y0; y < y1; y++) if (data[y * w + xx] < INK + 60) data[y * w + xx] = 255;
    }
  }
}

/** Removes 8-connected dark blobs of at most `maxArea` pixels. */
export function despeckle(img: GrayImage, maxArea: number): void {
  const { width: w, height: h, data } = img;
  const seen = new Uint8Array(w * h);
  const stack: number[] = [];
  const blob: number[] = [];
  for (let start = 0; start < data.length; start++) {
    if (seen[start] || data[start] >= INK) continue;
    seen[start] = 1;
    stack.push(start);
    blob.length = 0;
    while (stack.length) {
      const i = stack.pop()!;
      if (blob.length <= maxArea) blob.push(i);
      const x = i % w;
      const y = (i - x) / w;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= h) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= w) continue;
          const j = yy * w + xx;
          if (!seen[j] && data[j] < INK) {
            seen[j] = 1;
            stack.push(j);
          }
        }
      }
    }
    if (blob.length <= maxArea) for (const i of blob) data[i] = 255;
  }
}
