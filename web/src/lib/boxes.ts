// Geometry of the red evidence box: evidence boxes are in PDF points at scale 1 with the origin
// at the page's top-left (as the reader's viewport reports them); the canvas shows the page at
// `scale`, so a box on screen is the union of the page's boxes times the scale.
import type { Box, Evidence, Finding, Line } from './types';

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

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
const MAX_CONTINUATION = 12;

/**
 * The lines an evidence quote spans. Evidence points at the line where the quoted sentence
 * starts; a sentence wrapped over several lines goes on in the next lines of the same page, so
 * they are taken while each one's beginning is part of the quote (the quoted figures are often
 * on a continuation line).
 */
export function evidenceLines(evidence: Evidence[], lines: Line[]): Line[] {
  const index = new Map<number, number>();
  lines.forEach((l, i) => index.set(l.lineNo, i));
  const out: Line[] = [];
  const seen = new Set<number>();
  const add = (l: Line) => {
    if (!seen.has(l.lineNo)) {
      seen.add(l.lineNo);
      out.push(l);
    }
  };
  for (const e of evidence) {
    if (e.line == null) continue;
    const start = index.get(e.line);
    if (start == null) continue;
    const first = lines[start];
    add(first);
    const quote = norm(e.text);
    for (let i = start + 1; i < lines.length && i <= start + MAX_CONTINUATION; i++) {
      const l = lines[i];
      if (l.page !== first.page) break;
      const t = norm(l.text);
      const head = t.slice(0, 8);
      if (head.length < 2 || !quote.includes(head)) break;
      add(l);
    }
  }
  return out;
}

/** The red box on `page`: the evidence boxes there and the lines their quotes go on to. */
export function highlightBox(evidence: Evidence[], lines: Line[], page: number): Box | undefined {
  const boxes = evidence.filter((e) => e.page === page && e.box).map((e) => e.box as Box);
  const onPage = evidence.filter((e) => e.page === page);
  for (const l of evidenceLines(onPage, lines)) if (l.page === page && l.box) boxes.push(l.box);
  return unionBoxes(boxes);
}
