/** Parsing printed figures into exact amounts and percentages. */
import { Decimal } from './decimal.js';
import type { Amount, AmountUnit, Percent } from './types.js';
import type { SourceRef } from './source.js';

/** A printed number: `3,573,232.28`, `16,320.00`, `310349.78`, `-5`, `0`, `.5`. Separators must be well placed. */
export const NUMBER_RE = /[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/;
const WHOLE_NUMBER = new RegExp(`^${NUMBER_RE.source}$`);

export interface ParsedNumber {
  value: Decimal;
  precision: number;
}

/** Parses a number as printed (ASCII after normalisation). Returns null when the text is not a number. */
export function parseNumber(raw: string): ParsedNumber | null {
  const t = raw.trim().replace(/^−/, '-');
  if (!WHOLE_NUMBER.test(t)) return null;
  const d = Decimal.parse(t.replace(/,/g, ''));
  if (!d) return null;
  return { value: d, precision: d.scale };
}

export function makeAmount(raw: string, unit: AmountUnit, source: SourceRef): Amount | null {
  const n = parseNumber(raw);
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
