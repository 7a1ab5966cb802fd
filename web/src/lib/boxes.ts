// Geometry of the red evidence box: evidence boxes are in PDF points at scale 1 with the origin
// at the page's top-left (as the reader's viewport reports them); the canvas shows the page at
// `scale`, so a box on screen is the union of the page's boxes times the scale.
import type { Box, Evidence, Finding } from './types';

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export function unionBoxes(boxes: Box[]): Box | undefined {
  if (!boxes.length) return undefined;
  return boxes.reduce((u, b) => ({
    x0: Math.min(u.x0, b.x0),
    y0: Math.min(u.y0, b.y0),
    x1: Math.max(u.x1, b.x1),
    y1: Math.max(u.y1, b.y1),
  }));
}

export function scaleBox(box: Box, scale: number, pad = 0): Rect {
  return {
    left: box.x0 * scale - pad,
    top: box.y0 * scale - pad,
    width: (box.x1 - box.x0) * scale + 2 * pad,
    height: (box.y1 - box.y0) * scale + 2 * pad,
  };
}

/** The page a finding points at first: its first piece of evidence that has a page. */
export function firstEvidencePage(f: Finding): number | undefined {
  return f.evidence.find((e) => e.page != null)?.page;
}

/** Union of the evidence boxes of `f` that lie on `page`. */
export function evidenceBoxOnPage(evidence: Evidence[], page: number): Box | undefined {
  return unionBoxes(evidence.filter((e) => e.page === page && e.box).map((e) => e.box as Box));
}

/** Every page the finding's evidence touches, in order, without repeats. */
export function evidencePages(f: Finding): number[] {
  const out: number[] = [];
  for (const e of f.evidence) if (e.page != null && !out.includes(e.page)) out.push(e.page);
  return out;
}
