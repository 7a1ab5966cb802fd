/**
 * Tolerance from printed precision, and nothing else: a printed figure stands for every value that
 * rounds to it (± half a unit of its last printed place). A stated result is an error only when NO
 * choice of the printed inputs within their intervals produces a value within the stated result's own
 * interval. Interval arithmetic on exact Decimals; never a fixed slack.
 */
import { Decimal } from '../model/decimal.js';
import { radiusWan, toWan } from '../model/amount.js';
import type { Amount, Percent } from '../model/types.js';

export interface Interval {
  lo: Decimal;
  hi: Decimal;
}

/** Scale used for quotients (interval bounds are widened by one unit of it, outwards). */
const Q = 12;
const ULP = Decimal.of(1, Q);

export const exact = (v: Decimal): Interval => ({ lo: v, hi: v });

export function around(v: Decimal, radius: Decimal): Interval {
  return { lo: v.sub(radius), hi: v.add(radius) };
}

/** The precision a printed amount stands for (trailing zeros its table suppressed count: `Amount.shownPrecision`). */
const precisionOf = (a: Amount) => Math.max(a.precision, a.shownPrecision ?? 0);

/** The values a printed amount may stand for, in 万元. `null` (blank cell) is exactly 0. */
export function amountI(a: Amount | null | undefined): Interval {
  if (!a) return exact(Decimal.ZERO);
  return around(toWan(a), radiusWan({ unit: a.unit, precision: precisionOf(a) }));
}

/** The values a printed amount may stand for, in its own unit. */
export function amountOwnI(a: Amount | null | undefined): Interval {
  if (!a) return exact(Decimal.ZERO);
  return around(a.value, Decimal.halfUlp(precisionOf(a)));
}

/** The values a printed percentage may stand for, in percentage points. */
export function percentI(p: Percent): Interval {
  return around(p.value, Decimal.halfUlp(p.precision));
}

export function addI(a: Interval, b: Interval): Interval {
  return { lo: a.lo.add(b.lo), hi: a.hi.add(b.hi) };
}

export function subI(a: Interval, b: Interval): Interval {
  return { lo: a.lo.sub(b.hi), hi: a.hi.sub(b.lo) };
}

export function sumI(xs: Interval[]): Interval {
  return xs.reduce(addI, exact(Decimal.ZERO));
}

export function absI(a: Interval): Interval {
  if (a.lo.sign() >= 0) return a;
  if (a.hi.sign() <= 0) return { lo: a.hi.neg(), hi: a.lo.neg() };
  return { lo: Decimal.ZERO, hi: Decimal.max(a.lo.neg(), a.hi) };
}

export function intersects(a: Interval, b: Interval): boolean {
  return a.lo.lte(b.hi) && b.lo.lte(a.hi);
}

export function containsI(a: Interval, v: Decimal): boolean {
  return a.lo.lte(v) && v.lte(a.hi);
}

/**
 * Range of a function that is monotone in each argument separately over the given intervals
 * (a ÷ b, d ÷ (a + d), (a − b) ÷ b for positive denominators …): evaluated at every corner.
 * Returns null when the function cannot be evaluated at a corner (division by zero).
 */
export function cornerRange(f: (...xs: Decimal[]) => Decimal | null, ...args: Interval[]): Interval | null {
  let lo: Decimal | null = null;
  let hi: Decimal | null = null;
  const n = args.length;
  for (let mask = 0; mask < 1 << n; mask++) {
    const xs = args.map((iv, i) => ((mask >> i) & 1 ? iv.hi : iv.lo));
    const v = f(...xs);
    if (v === null) return null;
    lo = lo === null ? v : Decimal.min(lo, v);
    hi = hi === null ? v : Decimal.max(hi, v);
  }
  if (lo === null || hi === null) return null;
  return { lo: lo.sub(ULP), hi: hi.add(ULP) };
}

/** a ÷ b × 100 at quotient scale, or null when b is 0. */
export function pct(a: Decimal, b: Decimal): Decimal | null {
  if (b.isZero()) return null;
  return a.mul(Decimal.of(100)).div(b, Q);
}

/** True when an interval lies strictly above zero (a denominator that cannot be 0 or negative). */
export const positive = (a: Interval) => a.lo.sign() > 0;

/** Percentage `num ÷ den × 100` over intervals (den strictly positive), or null. */
export function ratioPctI(num: Interval, den: Interval): Interval | null {
  if (!positive(den)) return null;
  return cornerRange((a, b) => pct(a, b), num, den);
}

/** Point value of a ratio for messages: num ÷ den × 100 rounded to `scale` places. */
export function ratioPct(num: Decimal, den: Decimal, scale: number): Decimal | null {
  if (den.isZero()) return null;
  return num.mul(Decimal.of(100)).div(den, scale);
}

/** Does a stated percentage agree with some value of the computed interval? */
export function percentAgrees(stated: Percent, computed: Interval): boolean {
  return intersects(percentI(stated), computed);
}

/** Same amount, allowing for the printed precision of both (compared in 万元). */
export function sameAmount(a: Amount | null | undefined, b: Amount | null | undefined): boolean {
  return intersects(amountI(a), amountI(b));
}

/** Does `total` agree with the sum of `parts` (all printed, in their own units converted to 万元)? */
export function sumAgrees(total: Amount | null | undefined, parts: (Amount | null | undefined)[]): boolean {
  return intersects(amountI(total), sumI(parts.map(amountI)));
}
