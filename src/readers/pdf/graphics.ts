/**
 * Reads what a page draws besides text from the pdf.js operator list: table ruling lines
 * (stroked axis-parallel lines and rectangles, thin filled rectangles) and whether it paints
 * images. Only path, state and image operators are looked at; everything else is skipped.
 */
import { applyX, applyY, multiply, type Matrix } from './geometry.js';

/** A ruling line in viewport coordinates (top-left origin, y down). */
export interface Segment {
  /** 'h': y0 === y1; 'v': x0 === x1. */
  dir: 'h' | 'v';
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PageGraphics {
  segments: Segment[];
  images: number;
}

/** pdf.js operator codes used here (the values of pdfjs.OPS, stable across versions 3–5). */
export interface OpCodes {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageMaskXObject: number;
  paintImageMaskXObjectGroup: number;
  paintInlineImageXObjectGroup: number;
  paintImageXObjectRepeat: number;
  paintImageMaskXObjectRepeat: number;
}

/** Path drawing codes inside a constructPath buffer (pdf.js DrawOPS). */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

/** A line thicker than this is not a rule (it is a bar, a block or a shape). */
const MAX_RULE_THICKNESS = 3;
/** Shorter pieces are ticks, dots or glyph parts. */
const MIN_RULE_LENGTH = 3;
/** How far from axis-parallel a line may be. */
const SLANT = 0.8;

export interface OperatorListLike {
  fnArray: number[];
  argsArray: unknown[];
}

export function scanGraphics(ops: OperatorListLike, viewport: readonly number[], OPS: OpCodes): PageGraphics {
  const segments: Segment[] = [];
  let images = 0;
  const stack: Matrix[] = [];
  let ctm = multiply(viewport, [1, 0, 0, 1, 0, 0]);
  const imageOps = new Set([
    OPS.paintImageXObject,
    OPS.paintInlineImageXObject,
    OPS.paintImageMaskXObject,
    OPS.paintImageMaskXObjectGroup,
    OPS.paintInlineImageXObjectGroup,
    OPS.paintImageXObjectRepeat,
    OPS.paintImageMaskXObjectRepeat,
  ]);
  const strokeOps = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fillOps = new Set([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const { fnArray, argsArray } = ops;
  for (let i = 0, n = fnArray.length; i < n; i++) {
    const fn = fnArray[i];
    if (fn === OPS.constructPath) {
      const args = argsArray[i] as [number, (ArrayLike<number> | null)[], unknown];
      const paint = args[0];
      const stroke = strokeOps.has(paint);
      const fill = fillOps.has(paint);
      if (!stroke && !fill) continue; // clipping paths and invisible paths
      const buf = args[1]?.[0];
      if (buf) addPath(buf, ctm, stroke, fill, segments);
    } else if (fn === OPS.save) {
      stack.push(ctm);
    } else if (fn === OPS.restore) {
      ctm = stack.pop() ?? ctm;
    } else if (fn === OPS.transform) {
      ctm = multiply(ctm, argsArray[i] as number[]);
    } else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = (argsArray[i] as unknown[])[0] as number[] | null;
      if (m && m.length === 6) ctm = multiply(ctm, m);
    } else if (fn === OPS.paintFormXObjectEnd) {
      ctm = stack.pop() ?? ctm;
    } else if (imageOps.has(fn)) {
      images++;
    }
  }
  return { segments, images };
}

/** Adds the rules one path contributes: its straight axis-parallel lines if stroked, its thin rectangles if filled. */
function addPath(buf: ArrayLike<number>, ctm: Matrix, stroke: boolean, fill: boolean, out: Segment[]): void {
  // points of the current subpath (viewport space), to find rectangles and closing lines
  let xs: number[] = [];
  let ys: number[] = [];
  let curved = false;
  const flush = () => {
    if (fill && !curved && xs.length >= 4) addFilledRect(xs, ys, out);
    xs = [];
    ys = [];
    curved = false;
  };
  for (let k = 0, n = buf.length; k < n; ) {
    const op = buf[k++];
    if (op === MOVE) {
      flush();
      const x = buf[k++];
      const y = buf[k++];
      xs.push(applyX(ctm, x, y));
      ys.push(applyY(ctm, x, y));
    } else if (op === LINE) {
      const x = buf[k++];
      const y = buf[k++];
      const px = applyX(ctm, x, y);
      const py = applyY(ctm, x, y);
      if (stroke && xs.length) addLine(xs[xs.length - 1], ys[ys.length - 1], px, py, out);
      xs.push(px);
      ys.push(py);
    } else if (op === CURVE) {
      k += 6;
      curved = true;
      const x = buf[k - 2];
      const y = buf[k - 1];
      xs.push(applyX(ctm, x, y));
      ys.push(applyY(ctm, x, y));
    } else if (op === QUAD) {
      k += 4;
      curved = true;
      const x = buf[k - 2];
      const y = buf[k - 1];
      xs.push(applyX(ctm, x, y));
      ys.push(applyY(ctm, x, y));
    } else if (op === CLOSE) {
      if (stroke && xs.length > 1) addLine(xs[xs.length - 1], ys[ys.length - 1], xs[0], ys[0], out);
      // a closed subpath goes on from its start point
      const sx = xs[0];
      const sy = ys[0];
      flush();
      if (sx !== undefined) {
        xs.push(sx);
        ys.push(sy);
      }
    } else {
      break; // unknown drawing code: stop reading this path rather than misread it
    }
  }
  flush();
}

function addLine(x0: number, y0: number, x1: number, y1: number, out: Segment[]): void {
  const dx = Math.abs(x1 - x0);
  const dy = Math.abs(y1 - y0);
  if (dy <= SLANT && dx >= MIN_RULE_LENGTH) {
    const y = (y0 + y1) / 2;
    out.push({ dir: 'h', x0: Math.min(x0, x1), x1: Math.max(x0, x1), y0: y, y1: y });
  } else if (dx <= SLANT && dy >= MIN_RULE_LENGTH) {
    const x = (x0 + x1) / 2;
    out.push({ dir: 'v', x0: x, x1: x, y0: Math.min(y0, y1), y1: Math.max(y0, y1) });
  }
}

/** A filled subpath that is an axis-parallel rectangle thinner than a rule counts as that rule. */
function addFilledRect(xs: number[], ys: number[], out: Segment[]): void {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < xs.length; i++) {
    if (xs[i] < minX) minX = xs[i];
    if (xs[i] > maxX) maxX = xs[i];
    if (ys[i] < minY) minY = ys[i];
    if (ys[i] > maxY) maxY = ys[i];
  }
  // every corner must lie on the bounding box's edges, or it is not a rectangle
  for (let i = 0; i < xs.length; i++) {
    const onX = Math.abs(xs[i] - minX) <= SLANT || Math.abs(xs[i] - maxX) <= SLANT;
    const onY = Math.abs(ys[i] - minY) <= SLANT || Math.abs(ys[i] - maxY) <= SLANT;
    if (!onX || !onY) return;
  }
  const w = maxX - minX;
  const h = maxY - minY;
  if (h <= MAX_RULE_THICKNESS && w >= MIN_RULE_LENGTH && w > h) {
    const y = (minY + maxY) / 2;
    out.push({ dir: 'h', x0: minX, x1: maxX, y0: y, y1: y });
  } else if (w <= MAX_RULE_THICKNESS && h >= MIN_RULE_LENGTH && h > w) {
    const x = (minX + maxX) / 2;
    out.push({ dir: 'v', x0: x, x1: x, y0: minY, y1: maxY });
  }
}

/**
 * Takes the page drawing recorded during text extraction (patches/graphics.ts) out of a text
 * content's items; undefined when there is none (patches off: read the operator list instead).
 */
export function takeRecordedGraphics(content: { items: unknown[] }, itemType: string): OperatorListLike | undefined {
  const items = content.items;
  for (let i = items.length - 1; i >= 0; i--) {
    const it = items[i] as { type?: unknown; fnArray?: number[]; argsArray?: unknown[] };
    if (it?.type !== itemType) continue;
    items.splice(i, 1);
    return { fnArray: it.fnArray ?? [], argsArray: it.argsArray ?? [] };
  }
  return undefined;
}
