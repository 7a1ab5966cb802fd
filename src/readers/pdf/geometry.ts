/**
 * Plane geometry for the PDF reader: affine matrices in pdf.js order `[a, b, c, d, e, f]` and the
 * "frame" in which a page's text reads upright (left to right, top to bottom, y growing downwards).
 */
import type { Box } from '../../model/source.js';

export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `m1 × m2`: apply m2 first, then m1 (same convention as pdf.js `Util.transform`). */
export function multiply(m1: readonly number[], m2: readonly number[]): Matrix {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

export function applyX(m: readonly number[], x: number, y: number): number {
  return m[0] * x + m[2] * y + m[4];
}

export function applyY(m: readonly number[], x: number, y: number): number {
  return m[1] * x + m[3] * y + m[5];
}

/**
 * Quarter turns that make text upright. Direction of a baseline in viewport space (y down):
 * 0 = rightwards (normal), 1 = downwards, 2 = leftwards (upside down), 3 = upwards.
 */
export type Quarter = 0 | 1 | 2 | 3;

export function quarterOf(dx: number, dy: number): Quarter {
  if (Math.abs(dx) >= Math.abs(dy)) return dx >= 0 ? 0 : 2;
  return dy >= 0 ? 1 : 3;
}

/**
 * A frame maps viewport coordinates (top-left origin, y down, page as displayed) to coordinates in
 * which text of one direction reads left to right; `toFrame` and `fromFrame` are inverse matrices.
 */
export interface Frame {
  quarter: Quarter;
  width: number;
  height: number;
  toFrame: Matrix;
  fromFrame: Matrix;
}

/** The frame for text running in direction `q` on a viewport of `w` × `h` points. */
export function frameFor(q: Quarter, w: number, h: number): Frame {
  switch (q) {
    case 0:
      return { quarter: q, width: w, height: h, toFrame: IDENTITY, fromFrame: IDENTITY };
    case 1:
      // (x, y) → (y, w − x): a downward baseline becomes rightward
      return { quarter: q, width: h, height: w, toFrame: [0, -1, 1, 0, 0, w], fromFrame: [0, 1, -1, 0, w, 0] };
    case 2:
      // (x, y) → (w − x, h − y)
      return { quarter: q, width: w, height: h, toFrame: [-1, 0, 0, -1, w, h], fromFrame: [-1, 0, 0, -1, w, h] };
    case 3:
      // (x, y) → (h − y, x): an upward baseline becomes rightward
      return { quarter: q, width: h, height: w, toFrame: [0, 1, -1, 0, h, 0], fromFrame: [0, -1, 1, 0, 0, h] };
  }
}

/** Maps a frame-space rectangle back to the page (viewport) and rounds it to 0.01 pt. */
export function boxToPage(frame: Frame, x0: number, y0: number, x1: number, y1: number): Box {
  const m = frame.fromFrame;
  const ax = applyX(m, x0, y0);
  const ay = applyY(m, x0, y0);
  const bx = applyX(m, x1, y1);
  const by = applyY(m, x1, y1);
  return { x0: round2(Math.min(ax, bx)), y0: round2(Math.min(ay, by)), x1: round2(Math.max(ax, bx)), y1: round2(Math.max(ay, by)) };
}

export function round2(v: number): number {
  return Math.round(v * 100) / 100;
}
