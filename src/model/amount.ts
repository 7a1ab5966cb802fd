/** Parsing printed figures into exact amounts and percentages. */
import { Decimal } from './decimal.js';
import type { Amount, AmountUnit, Percent } from './types.js';
import type { SourceRef } from './source.js';

/** A printed number: `3,573,232.28`, `16,320.00`, `310349.78`, `-5`, `0`, `.5`. Separators must be well placed. */
export const NUMBER_RE = /[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/;
const WHOLE_NUMBER = new RegExp(`^${NUMBER_RE.source}$`);
/**
 * A figure whose thousands separators are misplaced but can only be separators: every comma is
 * followed by exactly three digits, the group before the first comma is longer than three
 * (`128138,600` printed for 128,138,600 — only the last comma is right). Accepted only where one
 * figure stands alone in a table cell (`{ looseGrouping: true }`): in prose, `，` between figures is a
 * sentence comma that normalisation makes ASCII (`1200，300` → `1200,300`), so prose stays strict.
 */
export const MISGROUPED_RE = /[-−]?\d{4,}(?:,\d{3})+(?:\.\d+)?/;
const WHOLE_MISGROUPED = new RegExp(`^${MISGROUPED_RE.source}$`);

/** The text is one figure printed with misplaced thousands separators (see MISGROUPED_RE). */
export function isMisgrouped(raw: string): boolean {
  return WHOLE_MISGROUPED.test(raw.trim());
}

export interface NumberOptions {
  /** Also read a figure with misplaced separators (MISGROUPED_RE) as one number, commas removed. */
  looseGrouping?: boolean;
}

export interface ParsedNumber {
  value: Decimal;
  precision: number;
}

/** Parses a number as printed (ASCII after normalisation). Returns null when the text is not a number. */
export function parseNumber(raw: string, opts: NumberOptions = {}): ParsedNumber | null {
  const t = raw.trim().replace(/^−/, '-');
  if (!WHOLE_NUMBER.test(t) && !(opts.looseGrouping && WHOLE_MISGROUPED.test(t))) return null;
  const d = Decimal.parse(t.replace(/,/g, ''));
  if (!d) return null;
  return { value: d, precision: d.scale };
}

export function makeAmount(raw: string, unit: AmountUnit, source: SourceRef, opts: NumberOptions = {}): Amount | null {
  const n = parseNumber(raw, opts);
  if (!n) return null;
  return { value: n.value, unit, precision: n.precision, raw: raw.trim(), source };
}

export function makePercent(raw: string, source: SourceRef): Percent | null {
  const n = parseNumber(raw.replace(/[%％]\s*$/, ''));
  if (!n) return null;
  return { value: n.value, precision: n.precision, raw: raw.trim(), source };
}

/** Exact conversion to 万元. */
export function toWan(a: Pick<Amount, 'value' | 'unit'>): Decimal {
  return a.unit === '万元' ? a.value : a.value.shift(-4);
}

/** Exact conversion to 元. */
export function toYuan(a: Pick<Amount, 'value' | 'unit'>): Decimal {
  return a.unit === '元' ? a.value : a.value.shift(4);
}

/** Rounding radius of a printed amount, in 万元: half a unit of its last printed place. */
export function radiusWan(a: Pick<Amount, 'unit' | 'precision'>): Decimal {
  const r = Decimal.halfUlp(a.precision);
  return a.unit === '万元' ? r : r.shift(-4);
}

/** Amount → `1,234.56万元` for messages. */
export function formatAmount(a: Pick<Amount, 'value' | 'unit' | 'precision'>): string {
  return `${a.value.toGrouped(a.precision)}${a.unit}`;
}
