/**
 * Reading key figures from the narrative: the amount a sentence attaches to a subject
 * (`基本支出 529.53 万元`, `“三公”经费财政拨款决算数 22.5 万元`, `政府采购金额（以合同签订为准）为251.25万元`),
 * or — when the subject is a heading (`2.公务接待费`) — the first amount of the next paragraph.
 * Changes (`比上年减少 4.13 万元`) are never taken for the figure itself.
 */
import type { Amount, DocKind, Paragraph } from '../../model/types.js';
import type { SourceRef } from '../../model/source.js';
import { makeAmount } from '../../model/amount.js';
import { sourceAt } from '../../normalize/paragraphs.js';
import { unitWord } from '../units.js';

export interface NarrHit {
  amount: Amount;
  /** The sentence quoted. */
  text: string;
  source: SourceRef;
}

/** An amount with its unit in running text (`671.84 万元`, `7,955,559.34 元`, `648.26 万`). */
export const AMOUNT_RE = /(?<![\d.,])([-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(万元|元|万(?![人户件个次]))/g;

/** Words between a subject and an amount that make the amount a change, a comparison or another figure. */
const NOT_THE_FIGURE = /比|增加|减少|增长|下降|较|持平|相比|占|差异|完成|其中/;

export interface FindOptions {
  /** Characters allowed between the subject and the amount. */
  maxGap?: number;
  /** Prefer an amount introduced by these words (决算数 in a final-accounts document). */
  prefer?: RegExp;
  /** Amounts introduced by these words are not the figure. */
  avoid?: RegExp;
  /** Subjects preceded by these words (within 10 characters) are skipped (`比…“三公”经费`). */
  notAfter?: RegExp;
  /** When the subject is a heading without an amount, read the next paragraph. */
  headingNext?: boolean;
  /** Words allowed between subject and amount even though they look like a change (e.g. 其中 for totals). */
  allowBetween?: RegExp;
  /** A subject at this offset of the paragraph is skipped when this says no (e.g. a narrower fund scope). */
  accept?: (p: Paragraph, at: number) => boolean;
}

const NARROW_SCOPE = /一般公共预算|财政拨款|政府性基金|国有资本经营/;

/**
 * Does the subject at `at` belong to a part of the funds (一般公共预算 / 财政拨款 / 政府性基金…)?
 * Yes when its own sentence names that scope before it, or when it opens with 其中 and the
 * sentence before names it (`一般公共预算财政拨款支出 X 万元…。其中：基本支出 Y 万元`).
 */
export function inNarrowScope(p: Paragraph, at: number): boolean {
  const t = p.text;
  let s = sentenceAt(t, at);
  if (NARROW_SCOPE.test(t.slice(s.start, at))) return true;
  // a 其中 list may run over several clauses (`其中：基本支出 X 万元…；项目支出 Y 万元…`)
  for (let step = 0; step < 4 && s.start > 0; step++) {
    if (/^\s*其中/.test(t.slice(s.start, s.end))) {
      const prev = sentenceAt(t, s.start - 1);
      return NARROW_SCOPE.test(t.slice(prev.start, prev.end));
    }
    if (t[s.start - 1] === '。') return false; // a full stop ends the list
    s = sentenceAt(t, s.start - 1);
  }
  return false;
}

interface Sentence {
  start: number;
  end: number;
}

/** The sentence around `offset` (ends at 。；! ? or the paragraph end). */
export function sentenceAt(text: string, offset: number): Sentence {
  let start = offset;
  while (start > 0 && !endsSentence(text.charCodeAt(start - 1))) start--;
  let end = offset;
  while (end < text.length && !endsSentence(text.charCodeAt(end))) end++;
  if (end < text.length) end++;
  return { start, end };
}

/** `/[。；;！!？?]/` on one character, without a regular expression per character. */
function endsSentence(c: number): boolean {
  return c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff01 || c === 0x21 || c === 0xff1f || c === 0x3f;
}

/** The amount printed at `start` of a paragraph (number `raw`, unit word `unitRaw`), with its sentence. */
export function hitAt(p: Paragraph, start: number, end: number, raw: string, unitRaw: string): NarrHit | null {
  const unit = unitWord(unitRaw);
  if (!unit) return null;
  const src = sourceAt(p, start, end);
  const amount = makeAmount(raw.replace(/−/, '-'), unit, src);
  if (!amount) return null;
  const s = sentenceAt(p.text, start);
  return { amount, text: p.text.slice(s.start, s.end).trim(), source: src };
}

/** Amounts in `text` from `from` to `to`, with positions. */
function amountsIn(text: string, from: number, to: number): { index: number; end: number; raw: string; unit: string }[] {
  const out: { index: number; end: number; raw: string; unit: string }[] = [];
  const re = AMOUNT_SCAN; // module-level: nothing below runs another scan while this one is open
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) out.push({ index: m.index, end: m.index + m[0].length, raw: m[1], unit: m[2] });
  return out;
}

const AMOUNT_SCAN = new RegExp(AMOUNT_RE.source, 'g');
const AMOUNT_ANY = new RegExp(AMOUNT_RE.source);

const isHeadingParagraph = (p: Paragraph) =>
  p.text.length <= 40 && !/[，,。；]/.test(p.text.replace(/。$/, '')) && !AMOUNT_ANY.test(p.text);

/**
 * The first amount attached to `subject` in the paragraphs, or null. The amount must follow the
 * subject within `maxGap` characters in the same sentence (a subject that ends its sentence —
 * `1.因公出国（境）费用。` — reads on into the next one).
 */
export function findAfter(paragraphs: Paragraph[], subject: RegExp, opts: FindOptions = {}): NarrHit | null {
  const maxGap = opts.maxGap ?? 24;
  const re = new RegExp(subject.source, subject.flags.includes('g') ? subject.flags : subject.flags + 'g');
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    const text = p.text;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (opts.notAfter && opts.notAfter.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
      if (opts.accept && !opts.accept(p, m.index)) continue;
      let from = m.index + m[0].length;
      // a subject closing its sentence (a run-in heading) reads on
      const rest = text.slice(from, from + 3);
      if (/^[。.：:]/.test(rest)) from += 1;
      const s = sentenceAt(text, from);
      const limit = Math.min(s.end, from + (opts.prefer ? 80 : maxGap + 12));
      const cands = amountsIn(text, from, limit).filter((a) => a.index - from <= (opts.prefer ? 80 : maxGap));
      const usable = cands.filter((a) => {
        const between = text.slice(from, a.index);
        if (opts.avoid && opts.avoid.test(between.slice(-10))) return false;
        const guard = opts.allowBetween ? between.replace(opts.allowBetween, '') : between;
        return !NOT_THE_FIGURE.test(guard);
      });
      let pick: (typeof usable)[number] | undefined = usable[0];
      if (opts.prefer) {
        const pref = usable.find((a) => opts.prefer!.test(text.slice(Math.max(from, a.index - 10), a.index)));
        if (pref) pick = pref;
        else if (pick && pick.index - from > maxGap) pick = undefined;
      }
      if (pick) {
        const h = hitAt(p, pick.index, pick.end, pick.raw, pick.unit);
        if (h) return h;
      }
      // heading: the figure is in the next paragraph
      if (opts.headingNext && !cands.length && isHeadingParagraph(p) && pi + 1 < paragraphs.length) {
        const q = paragraphs[pi + 1];
        if (isHeadingParagraph(q)) continue;
        const s1 = sentenceAt(q.text, 0);
        for (const a of amountsIn(q.text, 0, s1.end)) {
          const between = q.text.slice(0, a.index);
          if (NOT_THE_FIGURE.test(between)) break;
          const h = hitAt(q, a.index, a.end, a.raw, a.unit);
          if (h) return h;
        }
      }
    }
  }
  return null;
}

/** Figures for a document kind: the actual (决算) in final accounts, the budget otherwise. */
export function preferFor(kind: DocKind | undefined): { prefer?: RegExp; avoid?: RegExp } {
  return kind === 'final' ? { prefer: /决算(?:数)?(?:为|是)?\s*$|支出\s*$/, avoid: /年初预算(?:数)?(?:为|是)?\s*$|全年预算数\s*$/ } : {};
}

export interface CountHit {
  count: number;
  text: string;
  source: SourceRef;
}

/** Staff counts: `行政编制 15 人，实有 15 人`, `实有人数15人`, `实际 77 人`. Several 编制 kinds without a total give none. */
export function findStaff(paragraphs: Paragraph[]): { authorized?: CountHit; actual?: CountHit } {
  const out: { authorized?: CountHit; actual?: CountHit } = {};
  for (const p of paragraphs) {
    const t = p.text;
    if (!out.actual) {
      const m = /(?:实有|实际)(?:人数|在编|人员)?(?:为|共)?\s*(\d{1,6})\s*人/.exec(t);
      if (m) {
        const s = sentenceAt(t, m.index);
        out.actual = { count: Number(m[1]), text: t.slice(s.start, s.end).trim(), source: sourceAt(p, m.index, m.index + m[0].length) };
      }
    }
    if (!out.authorized) {
      const kinds = t.includes('编制') ? [...t.matchAll(/(核定|总|共有)?编制(?:数|人数)?(?:为|共)?\s*(\d{1,6})\s*(?:人|名)/g)] : [];
      const pick = kinds.length === 1 ? kinds[0] : kinds.find((k) => k[1]);
      if (pick) {
        const at = pick.index ?? 0;
        const s = sentenceAt(t, at);
        out.authorized = { count: Number(pick[2]), text: t.slice(s.start, s.end).trim(), source: sourceAt(p, at, at + pick[0].length) };
      }
    }
  }
  return out;
}
