/**
 * pdf.js text items → runs: pieces of text with their geometry in the upright frame of their
 * writing direction. Whitespace-only items (pdf.js's gap markers) are dropped, leading and
 * trailing spaces trimmed, items drawn twice at (almost) the same place (fake bold) kept once,
 * and items containing a run of spaces split there (some producers space table columns with blanks).
 */
import type { TextContent, TextItem, TextStyle } from 'pdfjs-dist/types/src/display/api.js';
import { frameFor, multiply, quarterOf, type Frame, type Quarter } from './geometry.js';

export interface Run {
  /** Text as pdf.js gave it (spaces inside kept). */
  str: string;
  /** Left and right edge of the text along the baseline, in frame points. */
  x0: number;
  x1: number;
  /** Baseline, top and bottom (y down), in frame points. */
  base: number;
  top: number;
  bottom: number;
  /** Font size (em) in frame points. */
  size: number;
}

export interface RunGroup {
  frame: Frame;
  runs: Run[];
  /** Non-space characters: which group is the page's main text. */
  chars: number;
}

const DEFAULT_ASCENT = 0.86;
const DEFAULT_DESCENT = -0.14;

function isTextItem(x: TextContent['items'][number]): x is TextItem {
  return typeof (x as TextItem).str === 'string';
}

/** Splits a run at runs of 2+ spaces (or a single space standing for a gap wider than an em). */
function splitAtBlanks(run: Run): Run[] {
  const { str } = run;
  if (!/ {2,}|\u3000/.test(str)) return [run];
  const perChar = (run.x1 - run.x0) / Math.max(1, str.length);
  const out: Run[] = [];
  for (const m of str.matchAll(/[^ \u3000]+(?: [^ \u3000]+)*/g)) {
    const i = m.index ?? 0;
    out.push({ ...run, str: m[0], x0: run.x0 + i * perChar, x1: run.x0 + (i + m[0].length) * perChar });
  }
  return out;
}

/** UTF-16 length of a string without its white space (what `\s` matches). */
function nonSpaceLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space =
      c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
    if (!space) n++;
  }
  return n;
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

/**
 * Converts one page's text content. `viewport` is the pdf.js viewport transform (scale 1, the page's
 * /Rotate applied); the result has one group per writing direction, the main one first.
 */
export function toRunGroups(content: TextContent, viewport: readonly number[], width: number, height: number): RunGroup[] {
  const byQuarter = new Map<Quarter, { runs: Run[]; chars: number }>();
  const styles: Record<string, TextStyle> = content.styles;
  // first pass: direction of every item
  const pending: { item: TextItem; m: number[]; q: Quarter }[] = [];
  for (const it of content.items) {
    if (!isTextItem(it) || !it.str || !it.str.trim()) continue;
    const m = multiply(viewport, it.transform);
    const q = quarterOf(m[0], m[1]);
    pending.push({ item: it, m, q });
  }
  const frames = new Map<Quarter, Frame>();
  for (const { item, m, q } of pending) {
    let frame = frames.get(q);
    if (!frame) frames.set(q, (frame = frameFor(q, width, height)));
    const f = multiply(frame.toFrame, m);
    const size = Math.hypot(f[2], f[3]) || Math.hypot(f[0], f[1]) || 1;
    const style = styles[item.fontName];
    const ascent = clamp(style?.ascent || DEFAULT_ASCENT, 0.5, 1.2);
    const descent = clamp(style?.descent || DEFAULT_DESCENT, -0.6, 0);
    const ox = f[4];
    const base = f[5];
    // pdf.js gives the advance along the baseline in page units; vertical fonts give it as height
    const advance = style?.vertical ? item.height : item.width;
    let str = item.str;
    let x0 = ox;
    let x1 = ox + Math.max(0, advance);
    // trim spaces, moving the edges by an average character advance
    const lead = str.length - str.trimStart().length;
    const trail = str.length - str.trimEnd().length;
    if (lead || trail) {
      const per = (x1 - x0) / str.length;
      x0 += lead * per;
      x1 -= trail * per;
      str = str.trim();
    }
    const run: Run = { str, x0, x1, base, top: base - ascent * size, bottom: base - descent * size, size };
    let g = byQuarter.get(q);
    if (!g) byQuarter.set(q, (g = { runs: [], chars: 0 }));
    for (const r of splitAtBlanks(run)) g.runs.push(r);
    g.chars += nonSpaceLength(str);
  }
  const groups: RunGroup[] = [];
  for (const [q, g] of byQuarter) groups.push({ frame: frames.get(q)!, runs: dedupe(g.runs), chars: g.chars });
  groups.sort((a, b) => b.chars - a.chars || a.frame.quarter - b.frame.quarter);
  return groups;
}

/**
 * Drops a run that repeats another with the same text at (almost) the same position: producers
 * fake bold type by drawing text twice with a small offset.
 *
 * Runs are compared with the earlier kept runs of the same text whose cell, in a grid of their own
 * tolerance (0.3 em), neighbours the run's cell in its grid, and that lie within the run's
 * tolerance in both directions.
 */
function dedupe(runs: Run[]): Run[] {
  if (runs.length < 2) return runs;
  const kept = new Map<string, { r: Run; cx: number; cy: number }[]>();
  const out: Run[] = [];
  for (const r of runs) {
    const tol = 0.3 * r.size;
    const cx = Math.floor(r.x0 / tol);
    const cy = Math.floor(r.base / tol);
    const same = kept.get(r.str);
    if (same?.some((o) => Math.abs(o.cx - cx) <= 1 && Math.abs(o.cy - cy) <= 1 && Math.abs(o.r.x0 - r.x0) < tol && Math.abs(o.r.base - r.base) < tol)) continue;
    if (same) same.push({ r, cx, cy });
    else kept.set(r.str, [{ r, cx, cy }]);
    out.push(r);
  }
  return out;
}
