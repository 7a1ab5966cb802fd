/**
 * Table ruling lines of one page, in the frame of one writing direction: collinear pieces joined
 * (producers draw a grid cell by cell), with the queries layout needs.
 */
import { applyX, applyY, type Frame } from './geometry.js';
import type { Segment } from './graphics.js';

/** A vertical rule at `x` from `y0` to `y1`, or a horizontal one at `y` from `x0` to `x1` (frame space). */
export interface VRule {
  x: number;
  y0: number;
  y1: number;
}
export interface HRule {
  y: number;
  x0: number;
  x1: number;
}

/** Pieces closer than this on the same line are one rule; lines closer than this are one line. */
const JOIN = 2;
const SAME_LINE = 1.2;
/** More axis-parallel lines than this on a page: not table rules. */
const MAX_SEGMENTS = 20_000;

export class Rules {
  readonly v: VRule[];
  readonly h: HRule[];

  constructor(v: VRule[], h: HRule[]) {
    this.v = v;
    this.h = h;
  }

  static empty(): Rules {
    return new Rules([], []);
  }

  /** Ruling lines of a page (viewport space) seen in `frame`. */
  static fromSegments(segments: readonly Segment[], frame: Frame): Rules {
    // a page drawing this many lines is a chart or a map, not a table: no rules (bounded time)
    if (segments.length > MAX_SEGMENTS) return Rules.empty();
    const m = frame.toFrame;
    const v: VRule[] = [];
    const h: HRule[] = [];
    for (const s of segments) {
      const ax = applyX(m, s.x0, s.y0);
      const ay = applyY(m, s.x0, s.y0);
      const bx = applyX(m, s.x1, s.y1);
      const by = applyY(m, s.x1, s.y1);
      if (Math.abs(ax - bx) < Math.abs(ay - by)) v.push({ x: (ax + bx) / 2, y0: Math.min(ay, by), y1: Math.max(ay, by) });
      else h.push({ y: (ay + by) / 2, x0: Math.min(ax, bx), x1: Math.max(ax, bx) });
    }
    return new Rules(joinV(v), joinH(h));
  }

  get isEmpty(): boolean {
    return this.v.length === 0 && this.h.length === 0;
  }

  /** Vertical rules crossing the band y0..y1 (covering its middle part), sorted by x. */
  verticalsAcross(y0: number, y1: number, cover = 0.6): number[] {
    const mid = (y0 + y1) / 2;
    const half = ((y1 - y0) * cover) / 2;
    const out: number[] = [];
    for (const r of this.v) if (r.y0 <= mid - half && r.y1 >= mid + half) out.push(r.x);
    return out; // this.v is sorted by x
  }

  /** Is there a horizontal rule strictly between ya and yb that overlaps x0..x1 by more than `minOverlap`? */
  horizontalBetween(ya: number, yb: number, x0: number, x1: number, minOverlap = 2): boolean {
    const lo = Math.min(ya, yb);
    const hi = Math.max(ya, yb);
    for (const r of this.h) {
      if (r.y <= lo) continue;
      if (r.y >= hi) break; // sorted by y
      if (Math.min(r.x1, x1) - Math.max(r.x0, x0) > minOverlap) return true;
    }
    return false;
  }

  /** The nearest horizontal rule above y (smaller y) and below it that overlap x0..x1. */
  horizontalAround(y: number, x0: number, x1: number): { above?: number; below?: number } {
    let above: number | undefined;
    let below: number | undefined;
    for (const r of this.h) {
      if (Math.min(r.x1, x1) - Math.max(r.x0, x0) <= 2) continue;
      if (r.y < y) above = r.y;
      else if (r.y > y) {
        below = r.y;
        break;
      }
    }
    return { above, below };
  }
}

function joinV(list: VRule[]): VRule[] {
  list.sort((a, b) => a.x - b.x || a.y0 - b.y0);
  // cluster by x, then join overlapping or touching y intervals within a cluster
  const out: VRule[] = [];
  let i = 0;
  while (i < list.length) {
    let j = i + 1;
    while (j < list.length && list[j].x - list[j - 1].x <= SAME_LINE) j++;
    const cluster = list.slice(i, j).sort((a, b) => a.y0 - b.y0);
    const x = cluster.reduce((s, r) => s + r.x, 0) / cluster.length;
    let cur = { x, y0: cluster[0].y0, y1: cluster[0].y1 };
    for (let k = 1; k < cluster.length; k++) {
      const r = cluster[k];
      if (r.y0 <= cur.y1 + JOIN) cur.y1 = Math.max(cur.y1, r.y1);
      else {
        out.push(cur);
        cur = { x, y0: r.y0, y1: r.y1 };
      }
    }
    out.push(cur);
    i = j;
  }
  return out.sort((a, b) => a.x - b.x);
}

function joinH(list: HRule[]): HRule[] {
  list.sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const out: HRule[] = [];
  let i = 0;
  while (i < list.length) {
    let j = i + 1;
    while (j < list.length && list[j].y - list[j - 1].y <= SAME_LINE) j++;
    const cluster = list.slice(i, j).sort((a, b) => a.x0 - b.x0);
    const y = cluster.reduce((s, r) => s + r.y, 0) / cluster.length;
    let cur = { y, x0: cluster[0].x0, x1: cluster[0].x1 };
    for (let k = 1; k < cluster.length; k++) {
      const r = cluster[k];
      if (r.x0 <= cur.x1 + JOIN) cur.x1 = Math.max(cur.x1, r.x1);
      else {
        out.push(cur);
        cur = { y, x0: r.x0, x1: r.x1 };
      }
    }
    out.push(cur);
    i = j;
  }
  return out.sort((a, b) => a.y - b.y);
}
