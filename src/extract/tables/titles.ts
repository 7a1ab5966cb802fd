/**
 * Finds tables by their titles and tells real tables from titles that are only listed (目录,
 * `详见附件`). A title is a real table when table content (a unit line, header words, cells or
 * figures) follows it before the next title; the table's body runs until the next title, a section
 * heading or running prose.
 */
import type { NDocument, NLine } from '../../readers/types.js';
import type { TableKey } from '../../model/types.js';
import { isPageNumberLine, isTableLikeLine } from '../../normalize/paragraphs.js';
import { unitOfLine } from '../units.js';
import { isTableNumberLine, matchTitle } from './aliases.js';
import { lineTexts } from '../line-text.js';
import { headingTitleAt } from './heading-titles.js';
import { codePointLength, isSpaceCode } from '../../readers/char-rules.js';

export interface TitleHit {
  index: number;
  /** Last line of the title (a title wrapped over two lines ends on the next). */
  end: number;
  key: TableKey;
  title: string;
  number?: string;
  /** Listed in a 目录 (dot leaders) or referred to (详见附件) rather than printed here. */
  reference: boolean;
  /** The line says the table is published elsewhere. */
  elsewhere: boolean;
  /** The title is a section heading (heading-titles.ts): the line stays a heading of the outline. */
  heading: boolean;
}

export interface TableSpan {
  hit: TitleHit;
  /** Line indexes of the body (after the title line), in order; continuation pages appended. */
  lines: number[];
  /** Notes after the body that state the table is empty. */
  trailingNotes: number[];
}

export { lineText } from '../line-text.js';

const ELSEWHERE = /详见附件|见附件|见附表|另行公开|单独公开|附件[一二三四五六七八九十\d]*[：:]?[^，。]*表/;
const HEADER_WORDS = /项\s*目|科目|编码|合计|总计|预算数|决算数|金额|本年|收\s*入|支\s*出|类\s*款\s*项|单位名称|名称|指标|资金/;
const SECTION_HEADING =
  /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、.{0,40}(?:说明|情况|概况|解释|职能|职责|设置|构成|目录)$|.{0,40}(?:情况说明|编制说明|名词解释|主要职能|机构设置|其他相关情况说明)$|目\s*录$)/;

export function isSectionHeadingText(t: string): boolean {
  // cheap test first (called for every body line): a heading starts with 第, 目 or a numeral, or
  // ends with 明 / 释 / 能 / 置 (white space aside)
  let a = 0;
  while (a < t.length && isSpaceCode(t.charCodeAt(a))) a++;
  let b = t.length - 1;
  while (b >= a && isSpaceCode(t.charCodeAt(b))) b--;
  if (b < a) return false;
  if (!HEADING_FIRST.includes(t[a]) && !HEADING_LAST.includes(t[b])) return false;
  return SECTION_HEADING.test(t.replace(/\s+/g, ''));
}

const HEADING_FIRST = '第目一二三四五六七八九十';
const HEADING_LAST = '明释能置';

/** Running text: one cell, a sentence of some length. Notes (注/说明) are not prose. */
export function isProseLine(l: NLine): boolean {
  // exactly one non-empty cell (counted without building the filtered array)
  let only = -1;
  for (let i = 0; i < l.cells.length; i++) {
    if (!l.cells[i].text) continue;
    if (only >= 0) return false;
    only = i;
  }
  if (only < 0) return false;
  const t = l.cells[only].text.trim();
  if (/^(注|说明|备注|其中|资料来源|数据来源)/.test(t)) return false;
  return codePointLength(t) >= 24 && /[，。；]/.test(t);
}

export function isNoteText(t: string): boolean {
  return /^(注|说明|备注)\s*\d*\s*[:：；;]/.test(t.trim());
}

/**
 * The rest of a note: a line after a note line (or after another such line) holding one sentence
 * (a single cell ending like one), e.g. a second remark or a note wrapped before its last words.
 */
export function isNoteTail(l: NLine, t: string): boolean {
  let cells = 0;
  for (const c of l.cells) if (c.text && ++cells > 1) return false;
  return cells === 1 && /[。；;]\s*$/.test(t);
}

export const EMPTY_STATEMENT = /本表为空|为空表|空表|本表无数据|故本表无|本表无|无数据|无相关数据|不涉及/;

function titleHitAt(doc: NDocument, i: number, whole: string): TitleHit | null {
  const l = doc.lines[i];
  if (whole.length > 90 || !whole.includes('表')) return null;
  let m = matchTitle(whole);
  if (!m && l.cells.length > 1) m = matchTitle(l.cells.find((c) => c.text)?.text ?? '');
  if (!m) return null;
  const elsewhere = ELSEWHERE.test(whole);
  return { index: i, end: i, key: m.key, title: m.title, number: m.number, reference: m.leader || elsewhere, elsewhere, heading: false };
}

/** A title wrapped over two lines: `2026年一般公共预算基本支` / `出表`. */
function wrappedTitleAt(doc: NDocument, texts: string[], i: number): TitleHit | null {
  const t = texts[i];
  // without its number (`表3`, `附表三`, regional `公开06表` / `预算01表` / `预算表12`)
  const core = t.replace(/^\s*(?:附?表\s*[0-9一二三四五六七八九十]+|(?:公开|预算|决算)\s*[0-9]{1,2}\s*表|预算表\s*[0-9]{1,2})\s*[：:、.．]?\s*/, '');
  if (!t || t.length > 60 || /表\s*$/.test(t) || /[，。；：:]/.test(core) || doc.lines[i].cells.length > 2) return null;
  const j = i + 1;
  const u = texts[j];
  if (!u || codePointLength(u.trim()) > 10 || !/表\s*$/.test(u) || doc.lines[j].cells.length > 1) return null;
  if (codePointLength(u.trim()) >= 6 && titleHitAt(doc, j, u.trim())) return null;
  const h = titleHitAt(doc, i, t.trim() + u.trim());
  // the same fields in the same order as titleHitAt's (one object shape for V8)
  return h ? { index: h.index, end: j, key: h.key, title: h.title, number: h.number, reference: h.reference, elsewhere: h.elsewhere, heading: false } : null;
}

/** Does table content follow line `i` (before `stop`)? */
function contentFollows(doc: NDocument, texts: string[], i: number, stop: number): boolean {
  let seen = 0;
  for (let j = i + 1; j < stop && seen < 8; j++) {
    const l = doc.lines[j];
    const t = texts[j];
    if (!t || isPageNumberLine(t)) continue;
    seen++;
    if (unitOfLine(t)) return true;
    if (/\[illegible\]|编制(部门|单位)[:：]/.test(t)) return true;
    if (/^[（(]\s*\d{4}\s*年度?\s*[)）]$/.test(t.replace(/\s+/g, ''))) continue;
    if (isSectionHeadingText(t) || isProseLine(l)) return false;
    if (isTableLikeLine(l)) return true;
    if (t.length <= 30 && /[:：]?\s*[-\d,]+(?:\.\d+)?$/.test(t) && /[\p{Script=Han}]/u.test(t) && !/[，。；]/.test(t)) return true;
    if (t.length <= 30 && HEADER_WORDS.test(t) && !/[，。；]/.test(t)) return true;
  }
  return false;
}

/** Locates table titles and bodies. */
export interface Located {
  spans: TableSpan[];
  refs: TitleHit[];
  elsewhere?: number;
}

/** Located tables per document: sections and tables both need them; a document is read once. */
const located = new WeakMap<NDocument, Located>();

export function locateTables(doc: NDocument, texts?: string[]): Located {
  let r = located.get(doc);
  if (!r) {
    r = locate(doc, texts ?? lineTexts(doc));
    located.set(doc, r);
  }
  return r;
}

function locate(doc: NDocument, texts: string[]): Located {
  const hits: TitleHit[] = [];
  const numberAt = new Map<number, string>();
  let elsewhere: number | undefined;
  for (let i = 0; i < doc.lines.length; i++) {
    const t = texts[i];
    const nextHasTable = texts[i + 1]?.includes('表') ?? false;
    if (!t.includes('表')) {
      const w = nextHasTable ? wrappedTitleAt(doc, texts, i) : t.includes('绩效') ? headingTitleAt(doc, texts, i) : null;
      if (w) {
        hits.push(w);
        i = w.end;
      }
      continue;
    }
    const n = t.length <= 12 ? isTableNumberLine(t) : null;
    if (n) {
      numberAt.set(i, n);
      continue;
    }
    if (elsewhere === undefined && /(报表|表格|附表|决算表|预算表).{0,8}(详见|见)附(件|表)|[（(]见附表[)）]|报表详见/.test(t)) elsewhere = i;
    const h = titleHitAt(doc, i, t) ?? (nextHasTable ? wrappedTitleAt(doc, texts, i) : null);
    if (h) {
      hits.push(h);
      i = h.end;
    }
  }
  const boundaries = new Set<number>([...hits.map((h) => h.index), ...numberAt.keys()]);
  const nextBoundary = (i: number) => {
    for (let j = i + 1; j < doc.lines.length; j++) if (boundaries.has(j)) return j;
    return doc.lines.length;
  };
  const spans: TableSpan[] = [];
  const refs: TitleHit[] = [];
  for (const h of hits) {
    const stop = nextBoundary(h.index);
    if (!h.reference && !contentFollows(doc, texts, h.end, stop)) h.reference = true;
    if (h.reference) {
      refs.push(h);
      continue;
    }
    // numbering printed on the line(s) before
    for (let k = h.index - 1; k >= Math.max(0, h.index - 3); k--) {
      const n = numberAt.get(k);
      if (n) {
        h.number ??= n;
        break;
      }
      if (texts[k].trim()) break;
    }
    const { body, notes } = bodyLines(doc, texts, h.end, stop);
    const prev = spans[spans.length - 1];
    if (prev && prev.hit.key === h.key && prev.hit.title === h.title && isContinuation(doc, prev, h)) {
      prev.lines.push(...body);
      prev.trailingNotes.push(...notes);
      continue;
    }
    spans.push({ hit: h, lines: body, trailingNotes: notes });
  }
  return { spans, refs, elsewhere };
}

/** A repeated title right after the same table (next page) continues it. */
function isContinuation(doc: NDocument, prev: TableSpan, h: TitleHit): boolean {
  const last = prev.lines[prev.lines.length - 1] ?? prev.hit.index;
  // nothing but the body of the previous table lies between the two titles
  return h.index - last <= 3 || doc.lines[h.index].page !== doc.lines[prev.hit.index].page;
}

/** The body of a table: from after its title to the next boundary, a section heading or prose. */
function bodyLines(doc: NDocument, texts: string[], title: number, stop: number): { body: number[]; notes: number[] } {
  const body: number[] = [];
  const notes: number[] = [];
  let j = title + 1;
  for (; j < stop; j++) {
    const l = doc.lines[j];
    const t = texts[j];
    if (!t) continue;
    if (isSectionHeadingText(t) && l.cells.filter((c) => c.text).length === 1) break;
    if (isProseLine(l)) break;
    body.push(j);
  }
  // an empty-table statement may follow a sentence of instructions (templates)
  for (let k = j; k < Math.min(stop, j + 3); k++) {
    const t = texts[k];
    if (isNoteText(t) && EMPTY_STATEMENT.test(t)) notes.push(k);
  }
  return { body, notes };
}
