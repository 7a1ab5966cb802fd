/**
 * Low-level scanning of narrative text: printed amounts and percentages with their offsets,
 * sentence boundaries, direction words. Works on one paragraph's normalised text.
 */
import { parseNumber } from '../../model/amount.js';
import type { Decimal } from '../../model/decimal.js';
import type { AmountUnit } from '../../model/types.js';
import { matchesOf } from '../regex.js';
import { isSpaceCode } from '../../readers/char-rules.js';

export const NUM = String.raw`[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;

export interface NumToken {
  kind: 'amount' | 'percent';
  start: number;
  end: number;
  /** Offsets of the digits only. */
  numStart: number;
  numEnd: number;
  raw: string;
  value: Decimal;
  precision: number;
  /** For amounts: the unit as printed (`万` counts as 万元). */
  unit?: AmountUnit;
  unitRaw?: string;
}

/** Units and words after a number that make it a count, a date or a size, not an amount. */
const NOT_AMOUNT_AFTER = /^(?:年|月|日|个|人|名|辆|台|套|批|次|项|家|号|期|场|本|册|天|分|平方|米|亩|户|条|篇|件|张|所|处|座|间|级|类|款|倍)/;
/** Thresholds: `单位价值 50 万元以上`, `100 万元（含）以上`. */
const THRESHOLD_AFTER = /^\s*(?:[（(]含[）)])?\s*(?:以上|以下|及以上|及以下)/;
const THRESHOLD_BEFORE = /(?:超过|单价|单位价值|价值在|不足|低于|高于|限额)\s*$/;

const TOKEN_RE = new RegExp(String.raw`(?<![\d.,A-Za-z\-])(${NUM})(?![\d])\s*(万元|元|万(?![人平台辆个次户亩])|%|％)?`, 'g');

/** All amounts and percentages of a text, in order. Bare numbers (no unit) are skipped. */
export function scanNumbers(text: string): NumToken[] {
  const out: NumToken[] = [];
  for (const m of matchesOf(TOKEN_RE, text)) {
    const unitRaw = m[2];
    if (!unitRaw) continue;
    const start = m.index!;
    const numRaw = m[1];
    const parsed = parseNumber(numRaw);
    if (!parsed) continue;
    const end = start + m[0].length;
    if (unitRaw === '%' || unitRaw === '％') {
      out.push({ kind: 'percent', start, end, numStart: start, numEnd: start + numRaw.length, raw: numRaw, value: parsed.value, precision: parsed.precision });
      continue;
    }
    const after = text.slice(end, end + 8);
    if (NOT_AMOUNT_AFTER.test(after) && unitRaw === '万') continue;
    if (THRESHOLD_AFTER.test(after)) continue;
    if (THRESHOLD_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue;
    out.push({
      kind: 'amount',
      start,
      end,
      numStart: start,
      numEnd: start + numRaw.length,
      raw: numRaw,
      value: parsed.value,
      precision: parsed.precision,
      unit: unitRaw === '元' ? '元' : '万元',
      unitRaw,
    });
  }
  return out;
}

export interface Span {
  start: number;
  end: number;
}

const SENTENCE_END = /[。！？!?]/g;

/** Sentences of a paragraph: split after 。！？ (and their ASCII forms); offsets into the paragraph. */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let s = 0;
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(text))) {
    const i = m.index;
    out.push({ start: s, end: i + 1 });
    s = i + 1;
  }
  if (s < text.length && text.slice(s).trim()) out.push({ start: s, end: text.length });
  return out;
}

/** Clauses of a sentence: split after ；; (enumeration items). */
export function clauses(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let s = span.start;
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff1b || c === 0x3b) {
      out.push({ start: s, end: i + 1 });
      s = i + 1;
    }
  }
  if (s < span.end) out.push({ start: s, end: span.end });
  return out;
}

export type Direction = 'increase' | 'decrease';

const INC = /^(?:增加|增长|上升|提高|增多|多|增)$/;
const DEC = /^(?:减少|下降|降低|减|少|下降了|减少了|降)$/;

export function directionOf(word: string): Direction | undefined {
  if (INC.test(word)) return 'increase';
  if (DEC.test(word)) return 'decrease';
  return undefined;
}

/** Direction words as they appear in change statements. */
export const DIR_WORD = String.raw`(?:增加|减少|增长|下降|上升|降低|提高|增多)`;

/** Strips surrounding punctuation and white space from a label. */
export function trimLabel(s: string): string {
  // = s.replace(/^[\s，,。；;：:、）)】]+/, '').replace(/[\s，,。；;：:、（(【]+$/, '').trim(), by hand
  let a = 0;
  let b = s.length;
  while (a < b && (LEAD_PUNCT.includes(s[a]) || isSpaceCode(s.charCodeAt(a)))) a++;
  while (b > a && (TRAIL_PUNCT.includes(s[b - 1]) || isSpaceCode(s.charCodeAt(b - 1)))) b--;
  return a === 0 && b === s.length ? s.trim() : s.slice(a, b).trim();
}

const LEAD_PUNCT = '，,。；;：:、）)】';
const TRAIL_PUNCT = '，,。；;：:、（(【';

/** A character one of the replacements of `normSubject` acts on (`收、支` holds `、`). */
const NORM_CHANGES = /[\s“”"‘’'《》()、]/;

/** Normalises a subject for comparison: no white space, quotes, punctuation variants unified. */
export function normSubject(s: string): string {
  if (!NORM_CHANGES.test(s)) return s; // nothing below would change it
  return s
    .replace(/\s+/g, '')
    .replace(/[“”"‘’'《》]/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/收、支/g, '收支')
    .replace(/、/g, '');
}
