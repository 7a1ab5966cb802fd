/**
 * One OCR'd page → normalised lines, like a text-layer page: tesseract's words become runs (words of
 * one text line joined while they are close and no ruling line separates them), the ruling lines
 * found in the image become segments, and the PDF reader's layout (ruled grid cells, gaps) makes the
 * lines and cells. Boxes are in PDF points (pixels × 72 / dpi). Each cell keeps the confidence of
 * its figures: the lowest confidence of its words that hold a digit (of all its words when none does).
 */
import type { NLine } from '../types.js';
import { appendLines } from '../pdf/assemble.js';
import { frameFor } from '../pdf/geometry.js';
import type { Segment } from '../pdf/graphics.js';
import { layoutPage, type OutCell } from '../pdf/layout.js';
import { Rules } from '../pdf/rules.js';
import type { Run } from '../pdf/runs.js';
import { fixHeaderCells, fixOcrVocabulary } from './lexicon.js';
import { DOUBTED, doubtedCells } from './doubt.js';
import { misplacedFigures } from './layout-doubt.js';
import { repairOcrNumbers } from './numbers.js';
import { normalizeOcrPunctuation } from './punctuation.js';
import type { OcrWord } from './tesseract.js';

/** Lines on each side of a page break that the layout doubts look at (a header above the break). */
const CONTEXT_LINES = 8;

/** Words of one line farther apart than this many line heights are separate runs (cells). */
export const RUN_GAP_EM = 1.6;

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const BAR = /^[|｜丨]+$/;
const QUOTE_START = /^[“”"‘’]/;
const QUOTE_END = /[“”"‘’]$/;
/** A word that is a figure (or reads like one before repair: `I0,800.00`, `2,.899.25`). */
const FIGURE_WORD = /^[-−]?[\dIl\]][\d,.，。IlL]*\d[\d,.，。IlL]*%?$/;
/** A label and a figure farther apart than this many line heights are separate cells. */
export const FIGURE_GAP_EM = 0.8;
/** Width a quote mark takes in a word's box, in line heights. */
const QUOTE_EM = 0.6;

/**
 * A quote mark at the start (end) of a word that no other mark pairs with within its phrase (the
 * words up to the next gap as wide as between cells): a closing mark opening a word, an opening one
 * not closed after it (a closing one not opened before it).
 */
function strayQuote(w: OcrWord, line: OcrWord[], at: 'start' | 'end', em: number): boolean {
  const c = at === 'start' ? w.text[0] : w.text[w.text.length - 1];
  if (!c || !QUOTE_START.test(c)) return false;
  if (at === 'start' ? c === '”' || c === '’' : c === '“' || c === '‘') return true;
  const i = line.indexOf(w);
  const partner = at === 'start' ? /[”’"]/ : /[“‘"]/;
  const step = at === 'start' ? 1 : -1;
  for (let k = i; k >= 0 && k < line.length; k += step) {
    const x = line[k];
    if (k !== i) {
      const near = at === 'start' ? line[k - 1] : line[k + 1];
      const gap = at === 'start' ? x.left - (near.left + near.width) : near.left - (x.left + x.width);
      if (gap > RUN_GAP_EM * em) break;
    }
    if (partner.test(k === i ? (at === 'start' ? x.text.slice(1) : x.text.slice(0, -1)) : x.text)) return false;
  }
  return true;
}

/**
 * A table cell's text with a quote mark that has no partner in the cell dropped from its start or
 * end: the model reads such marks into the blank between cells (`“小计`, `购置费”`), while a
 * quotation inside a cell (`“三公”经费`) is closed within it.
 */
export function dropUnpairedQuote(t: string): string {
  const opens = (t.match(/[“‘]/g) ?? []).length;
  const closes = (t.match(/[”’]/g) ?? []).length;
  const straight = (t.match(/"/g) ?? []).length;
  let out = t;
  if (opens + closes + straight === 1) out = out.replace(/^[“”"‘’]\s*/, '').replace(/\s*[“”"‘’]$/, '');
  return out;
}
const BAR_START = /^[|｜丨]+/;
const BAR_END = /[|｜丨]+$/;

interface RunConf {
  /** Lowest confidence of the run's words holding a digit. */
  figures?: number;
  /** Lowest confidence of all its words. */
  all: number;
}

export interface OcrPage {
  page: number;
  /** Page size in points. */
  width: number;
  height: number;
  dpi: number;
  words: OcrWord[];
  segments: Segment[];
}

/** Appends the page's lines to `into` (numbered on from its length). */
export function appendOcrPage(into: NLine[], p: OcrPage): void {
  const conf = new WeakMap<Run, RunConf>();
  const bars: Segment[] = [];
  const runs = toRuns(p, conf, bars);
  if (!runs.length) return;
  const frame = frameFor(0, p.width, p.height);
  const rules = Rules.fromSegments(bars.length ? [...p.segments, ...bars] : p.segments, frame);
  const doubted = new WeakSet<OutCell>();
  const lines = layoutPage(runs, rules, p.width).map((l) => {
    const repairs = l.cells.map((c) => repairOcrNumbers(c.text));
    const texts = repairs.map((r) => fixOcrVocabulary(normalizeOcrPunctuation(r.text)));
    if (texts.length > 1) for (let i = 0; i < texts.length; i++) texts[i] = dropUnpairedQuote(texts[i]);
    fixHeaderCells(texts);
    const cells = l.cells.map((c, i) => ({ ...c, ...gridExtent(c, rules, p.width), text: texts[i] }));
    cells.forEach((c, i) => repairs[i].guessed && doubted.add(c));
    return { ...l, cells };
  });
  const placed = lines.map((l) => ({ cells: l.cells, ruled: rules.verticalsAcross(l.top, l.bottom).length >= 2 }));
  for (const key of doubtedCells(lines.map((l) => l.cells))) {
    const [li, ci] = key.split(':').map(Number);
    doubted.add(lines[li].cells[ci]);
  }
  for (const key of misplacedFigures(placed, p.width)) {
    const [li, ci] = key.split(':').map(Number);
    doubted.add(lines[li].cells[ci]);
  }
  const before = into.length;
  appendLines(into, lines, frame, p.page, (c) => {
    const v = cellConfidence(c, conf);
    return v !== undefined && doubted.has(c) ? Math.min(v, DOUBTED) : v;
  });
  if (into.length - before === placed.length) placed.forEach((l, i) => l.ruled && RULED.add(into[before + i]));
}

/** OCR'd lines that cross vertical ruling lines (for the look across a page break, `doubtAcrossPages`). */
const RULED = new WeakSet<NLine>();

/**
 * The layout doubts (layout-doubt.ts) across each page break: a table's header or a split row's
 * name at the foot of one page, its figures at the head of the next (pages are read one by one).
 */
export function doubtAcrossPages(pages: Map<number, NLine[]>, pageWidth: (page: number) => number): void {
  for (const [page, lines] of pages) {
    const prev = pages.get(page - 1);
    if (!prev?.length) continue;
    const window = [...prev.slice(-CONTEXT_LINES), ...lines.slice(0, CONTEXT_LINES)];
    for (const key of misplacedFigures(window.map((l) => ({ cells: l.cells, ruled: RULED.has(l) })), pageWidth(page))) {
      const [li, ci] = key.split(':').map(Number);
      const c = window[li].cells[ci];
      if (c.confidence !== undefined) c.confidence = Math.min(c.confidence, DOUBTED);
    }
  }
}

/**
 * A cell inside a ruled grid cell spans the grid cell: its extent is from the rule on its left to
 * the rule on its right, so a header printed at the left of its cell and a figure printed at the
 * right of the same cell fall in one column (on paper the rules say so; the text alone does not).
 */
export function gridExtent(c: { x0: number; x1: number; top: number; bottom: number }, rules: Rules, pageWidth: number): { x0: number; x1: number } {
  let left = -Infinity;
  let right = Infinity;
  for (const x of rules.verticalsAcross(c.top, c.bottom)) {
    if (x <= c.x0 + 1) left = x;
    else if (x >= c.x1 - 1) {
      right = x;
      break;
    } else return { x0: c.x0, x1: c.x1 }; // a rule through the text: not one grid cell
  }
  if (left === -Infinity || right === Infinity || right - left > 0.5 * pageWidth) return { x0: c.x0, x1: c.x1 };
  return { x0: left + 1, x1: right - 1 };
}

export function cellConfidence(c: OutCell, conf: WeakMap<Run, RunConf>): number | undefined {
  let figures = Infinity;
  let all = Infinity;
  for (const r of c.runs) {
    const rc = conf.get(r);
    if (!rc) continue;
    if (rc.figures !== undefined) figures = Math.min(figures, rc.figures);
    all = Math.min(all, rc.all);
  }
  const v = figures < Infinity ? figures : all;
  return v < Infinity ? Math.round(v) : undefined;
}

/** Words → runs; a `|` read for a ruling line the image search missed is added to `bars` as a rule. */
function toRuns(p: OcrPage, conf: WeakMap<Run, RunConf>, bars: Segment[]): Run[] {
  const s = 72 / p.dpi;
  const vertical = p.segments.filter((g) => g.dir === 'v');
  const byLine = new Map<string, OcrWord[]>();
  for (const w of p.words) {
    const l = byLine.get(w.line);
    if (l) l.push(w);
    else byLine.set(w.line, [w]);
  }
  const out: Run[] = [];
  const rulesPx = vertical.map((g) => ({ x: g.x0 / s, y0: g.y0 / s, y1: g.y1 / s }));
  for (const raw of byLine.values()) {
    const words = raw.map((w) => clipToRules(w, rulesPx)).filter((w): w is OcrWord => !!w);
    if (!words.length) continue;
    words.sort((a, b) => a.left - b.left);
    const heights = words.map((w) => w.height).sort((a, b) => a - b);
    const em = Math.max(heights[heights.length >> 1], 1);
    const top = Math.min(...words.map((w) => w.top));
    const bottom = Math.max(...words.map((w) => w.top + w.height));
    let cur: OcrWord[] = [];
    const flush = () => {
      if (!cur.length) return;
      const run = makeRun(cur, top * s, bottom * s, em * s, s);
      conf.set(run, runConf(cur));
      out.push(run);
      cur = [];
    };
    const bar = (x: number) => bars.push({ dir: 'v', x0: x * s, x1: x * s, y0: top * s, y1: bottom * s });
    for (const word of words) {
      // a ruling line tesseract read as `|` (one the image search missed): a cell border
      if (BAR.test(word.text)) {
        flush();
        bar(word.left + word.width / 2);
        continue;
      }
      const barBefore = BAR_START.test(word.text);
      const barAfter = BAR_END.test(word.text);
      const w = barBefore || barAfter ? { ...word, text: word.text.replace(BAR_START, '').replace(BAR_END, '') } : word;
      if (barBefore) {
        flush();
        bar(word.left);
      }
      const prev = cur[cur.length - 1];
      if (prev) {
        const a = (prev.left + prev.width) * s;
        const b = w.left * s;
        const ruled = vertical.some((g) => g.x0 > a - 0.5 && g.x0 < b + 0.5 && g.y0 <= bottom * s && g.y1 >= top * s);
        // a quote mark read into the blank between two cells (`费 ”公务`) narrows the gap by its width
        const gap = w.left - (prev.left + prev.width) + (strayQuote(w, words, 'start', em) ? QUOTE_EM * em : 0) + (strayQuote(prev, words, 'end', em) ? QUOTE_EM * em : 0);
        // a label and then an amount (`合计  2,899.25`) are cells at a smaller gap than two words (not
        // a year, `2026 年`, nor a figure and its unit, `80.11 万元`, which prose prints spaced)
        const limit = CJK.test(prev.text.slice(-1)) && FIGURE_WORD.test(w.text) && /[,.，。]\d/.test(w.text) ? FIGURE_GAP_EM : RUN_GAP_EM;
        if (ruled || gap > limit * em) flush();
      }
      cur.push(w);
      if (barAfter) {
        flush();
        bar(word.left + word.width);
      }
    }
    flush();
  }
  return out;
}

/** A lone character beside a rule read below this confidence is debris. */
const DEBRIS_CONF = 30;

/** Marks the model reads into the blank beside a ruling line (`“一般`, `02”`): never a cell's text there. */
const RULE_DEBRIS = /^[“”"'‘’|｜丨]+|[“”"'‘’|｜丨]+$/gu;

/**
 * A word whose box reaches over a vertical ruling line by less than half its height: tesseract
 * stretched it onto the blank by the rule (often with a quote mark read there). Its box is cut back
 * to the rule and edge marks dropped, so the word stays inside its grid cell. A word crossing a
 * rule farther is left alone (it overflows its cell); a word that is only debris is dropped.
 */
export function clipToRules(w: OcrWord, rules: { x: number; y0: number; y1: number }[]): OcrWord | undefined {
  const mid = w.top + w.height / 2;
  const reach = w.height * 0.5;
  let left = w.left;
  let right = w.left + w.width;
  for (const r of rules) {
    if (r.y0 > mid || r.y1 < mid || r.x <= left || r.x >= right) continue;
    if (r.x - left < reach) left = r.x + 1;
    else if (right - r.x < reach) right = r.x - 1;
  }
  if (left === w.left && right === w.left + w.width) {
    // one character read at low confidence right by a rule: the rule's corner or fringe (`四`, `加`)
    if (w.conf < DEBRIS_CONF && [...w.text].length === 1 && rules.some((r) => r.y0 <= mid && r.y1 >= mid && (Math.abs(r.x - right) < reach || Math.abs(r.x - left) < reach))) return undefined;
    return w;
  }
  const text = w.text.replace(RULE_DEBRIS, '');
  if (!text || right - left < 2) return undefined;
  return { ...w, text, left, width: right - left };
}

function makeRun(words: OcrWord[], top: number, bottom: number, size: number, s: number): Run {
  let str = '';
  let prev = '';
  for (const w of words) {
    if (str && !CJK.test(prev.slice(-1)) && !CJK.test(w.text[0])) str += ' ';
    str += w.text;
    prev = w.text;
  }
  const last = words[words.length - 1];
  return { str, x0: words[0].left * s, x1: (last.left + last.width) * s, base: bottom, top, bottom, size };
}

function runConf(words: OcrWord[]): RunConf {
  let figures: number | undefined;
  let all = Infinity;
  for (const w of words) {
    all = Math.min(all, w.conf);
    if (/\d/.test(w.text)) figures = Math.min(figures ?? Infinity, w.conf);
  }
  return { figures, all };
}
