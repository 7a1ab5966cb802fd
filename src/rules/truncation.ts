/**
 * Truncated figures: a figure printed by cutting its digits (10.158% → 10.15%, 57.59 万元 → 57 万元)
 * instead of rounding them. Such a figure is outside the rounding interval of the exact value but
 * inside its truncation interval [v, v + one unit of the last printed place) (mirrored below 0).
 * Truncation is a presentation slip, reported as a warning (rule `truncated-figure`), never an error.
 */
import { toWan } from '../model/amount.js';
import { Decimal } from '../model/decimal.js';
import type { Amount, Percent } from '../model/types.js';
import { intersects, Interval } from './tolerance.js';

const ulp = (precision: number) => Decimal.of(1, precision);

/** Values a printed percentage stands for when it was truncated. */
export function truncatedPercentI(p: Pick<Percent, 'value' | 'precision'>): Interval {
  const v = p.value;
  return v.sign() >= 0 ? { lo: v, hi: v.add(ulp(p.precision)) } : { lo: v.sub(ulp(p.precision)), hi: v };
}

/** Values (in 万元) a printed amount stands for when it was truncated. */
export function truncatedAmountI(a: Pick<Amount, 'value' | 'unit' | 'precision'>): Interval {
  const lo = toWan(a);
  const hi = toWan({ value: a.value.sign() >= 0 ? a.value.add(ulp(a.precision)) : a.value.sub(ulp(a.precision)), unit: a.unit });
  return lo.lte(hi) ? { lo, hi } : { lo: hi, hi: lo };
}

/** True when a stated percentage is a truncation of some value of the computed interval. */
export const percentTruncates = (p: Pick<Percent, 'value' | 'precision'>, computed: Interval) => intersects(truncatedPercentI(p), computed);

/** True when a stated amount is a truncation of some value of the interval (in 万元). */
export const amountTruncates = (a: Pick<Amount, 'value' | 'unit' | 'precision'>, exactI: Interval) => intersects(truncatedAmountI(a), exactI);
