/**
 * Straightens a page scanned slightly askew: the angle (within ±MAX_DEG) at which the rows of ink
 * line up best (projection profile: the sum of squared row counts peaks when text lines and ruling
 * lines are level) is measured on a sample of ink pixels, and the image turned back by it. Table
 * rows then keep one baseline and ruling lines stay in one piece. Boxes of a straightened page are
 * in the straightened image (off by at most a few points near the edges).
 */
import type { GrayImage } from './pgm.js';

const MAX_DEG = 2;
const STEP_DEG = 0.05;
/** Below this the page is left as it is. */
const MIN_DEG = 0.08;

/** The page's skew in degrees (positive: text climbs to the right, as `y` grows downwards). */
export function measureSkew(img: GrayImage): number {
  const { width: w, height: h, data } = img;
  // a sample of ink pixels: every 2nd column of every row
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x += 2) if (data[y * w + x] < 128) {
    xs.push(x);
    ys.push(y);
  }
  if (xs.length < 100) return 0;
  let best = 0;
  let bestScore = -1;
  const rows = new Float64Array(h + 2 * w);
  for (let deg = -MAX_DEG; deg <= MAX_DEG + 1e-9; deg += STEP_DEG) {
    const t = Math.tan((deg * Math.PI) / 180);
    rows.fill(0);
    for (let i = 0; i < xs.length; i++) rows[Math.round(ys[i] + xs[i] * t) + w]++;
    let score = 0;
    for (let i = 0; i < rows.length; i++) score += rows[i] * rows[i];
    if (score > bestScore * (1 + 1e-9)) {
      bestScore = score;
      best = deg;
    }
  }
  return -best;
}

/** The image turned by `-deg` about its centre (bilinear; uncovered corners white). */
export function rotate(img: GrayImage, deg: number): GrayImage {
  const { width: w, height: h, data } = img;
  const out = new Uint8Array(w * h).fill(255);
  const a = (deg * Math.PI) / 180;
  const c = Math.cos(a);
  const s = Math.sin(a);
  const cx = w / 2;
  const cy = h / 2;
  for (let y = 0; y < h; y++) {
    const dy = y - cy;
    for (let x = 0; x < w; x++) {
      const dx = x - cx;
      // source point of (x, y) when the page is turned back by deg
      const sx = cx + dx * c - dy * s;
      const sy = cy + dx * s + dy * c;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= w || y0 + 1 >= h) continue;
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * w + x0;
      const top = data[i] + (data[i + 1] - data[i]) * fx;
      const bottom = data[i + w] + (data[i + w + 1] - data[i + w]) * fx;
      out[y * w + x] = Math.round(top + (bottom - top) * fy);
    }
  }
  return { width: w, height: h, data: out };
}

/** The page straightened, or the same image when it is level. */
export function deskew(img: GrayImage): { img: GrayImage; degrees: number } {
  const deg = measureSkew(img);
  if (Math.abs(deg) < MIN_DEG) return { img, degrees: 0 };
  return { img: rotate(img, deg), degrees: deg };
}
