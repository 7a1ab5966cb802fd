/**
 * Evidence boxes are in the reader's page space: PDF points, origin at the top-left of the page as
 * displayed (pdf.js viewport at scale 1: the crop box, rotated by /Rotate), y downwards. Annotations
 * need PDF user space. This mirrors pdf.js's viewport transform and inverts it.
 */
import type { Box } from '../model/source.js';

/** [x0, y0, x1, y1] in user space, normalised (x0 < x1, y0 < y1). */
export type ViewBox = [number, number, number, number];
type Matrix = [number, number, number, number, number, number];

export interface PageGeometry {
  /** The visible area: the crop box clipped to the media box (as pdf.js does). */
  view: ViewBox;
  /** Page rotation in degrees, a multiple of 90. */
  rotate: number;
}

const norm = (r: readonly number[]): ViewBox => [Math.min(r[0]!, r[2]!), Math.min(r[1]!, r[3]!), Math.max(r[0]!, r[2]!), Math.max(r[1]!, r[3]!)];

/** The view pdf.js uses: crop box ∩ media box, or the media box when they do not intersect. */
export function visibleBox(media: readonly number[], crop: readonly number[] | undefined): ViewBox {
  const m = norm(media);
  if (!crop) return m;
  const c = norm(crop);
  const v: ViewBox = [Math.max(m[0], c[0]), Math.max(m[1], c[1]), Math.min(m[2], c[2]), Math.min(m[3], c[3])];
  return v[0] < v[2] && v[1] < v[3] ? v : m;
}

/** pdf.js `PageViewport` transform at scale 1: user space → viewport (top-left origin, y down). */
export function viewportTransform({ view, rotate }: PageGeometry): Matrix {
  const r = ((rotate % 360) + 360) % 360;
  const [a, b, c, d] = r === 90 ? [0, 1, 1, 0] : r === 180 ? [-1, 0, 0, 1] : r === 270 ? [0, -1, -1, 0] : [1, 0, 0, -1];
  const cx = (view[2] + view[0]) / 2;
  const cy = (view[3] + view[1]) / 2;
  const [ox, oy] = a === 0 ? [Math.abs(cy - view[1]), Math.abs(cx - view[0])] : [Math.abs(cx - view[0]), Math.abs(cy - view[1])];
  return [a, b, c, d, ox - a * cx - c * cy, oy - b * cx - d * cy];
}

function invert([a, b, c, d, e, f]: Matrix): Matrix {
  const det = a * d - b * c;
  return [d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det];
}

const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** An evidence box (viewport space) as a rectangle in user space, [llx, lly, urx, ury]. */
export function boxToUserSpace(box: Box, page: PageGeometry): ViewBox {
  const inv = invert(viewportTransform(page));
  const p = apply(inv, box.x0, box.y0);
  const q = apply(inv, box.x1, box.y1);
  const r = (n: number) => Math.round(n * 100) / 100;
  const [x0, y0, x1, y1] = norm([p[0], p[1], q[0], q[1]]);
  return [r(x0), r(y0), r(x1), r(y1)];
}

/** A user-space rectangle back in viewport space (for tests and for drawing on a rendered page). */
export function userSpaceToBox(rect: readonly number[], page: PageGeometry): Box {
  const t = viewportTransform(page);
  const p = apply(t, rect[0]!, rect[1]!);
  const q = apply(t, rect[2]!, rect[3]!);
  const [x0, y0, x1, y1] = norm([p[0], p[1], q[0], q[1]]);
  return { x0, y0, x1, y1 };
}
