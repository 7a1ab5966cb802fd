/**
 * Amounts of the generator: exact integers of 分 (bigint). Rendering to 元 / 万元 and every
 * percentage go through the project's exact Decimal; no binary float ever touches a figure.
 */
import { Decimal } from '../model/decimal.js';

export type Fen = bigint;
export type Unit = '元' | '万元';

/** 1 元 = 100 分; 1 万元 = 1,000,000 分; 0.01 万元 = 100 元 = 10,000 分. */
export const YUAN = 100n;
export const WAN = 1_000_000n;
export const WAN_CENT = 10_000n;

export const sum = (xs: Iterable<Fen>): Fen => {
  let s = 0n;
  for (const x of xs) s += x;
  return s;
};

export const abs = (x: Fen): Fen => (x < 0n ? -x : x);

/** Rounds to a multiple of `q` (half away from zero). */
export function roundTo(x: Fen, q: Fen): Fen {
  if (q <= 1n) return x;
  const neg = x < 0n;
  const a = neg ? -x : x;
  const r = ((a + q / 2n) / q) * q;
  return neg ? -r : r;
}

/** The exact value in `unit` as a Decimal (元 → 2 places, 万元 → 6 places). */
export function toDecimal(x: Fen, unit: Unit): Decimal {
  const yuan = Decimal.of(x, 2);
  return unit === '元' ? yuan : yuan.shift(-4);
}

/** The printed value: rounded (half away from zero) to `prec` places of `unit`. */
export function printedDecimal(x: Fen, unit: Unit, prec: number): Decimal {
  return toDecimal(x, unit).round(prec);
}

/** Whether `x` prints exactly at `prec` places of `unit`. */
export function isExact(x: Fen, unit: Unit, prec: number): boolean {
  return printedDecimal(x, unit, prec).eq(toDecimal(x, unit));
}

export interface NumStyle {
  /** Thousands separators. */
  group: boolean;
  /** Trailing zeros of the fraction removed (`59.1`, `8.49114`, `0`), as some narratives print. */
  trim?: boolean;
  /**
   * Misplaced separators: only the last comma of the grouping printed (`128138,600` for 128,138,600),
   * as the tables of a Shanghai 单位预算 template do. Implies grouping.
   */
  misgroup?: boolean;
}

/** Formats a Decimal with `prec` places, grouping and trimming as asked. */
export function formatDecimal(d: Decimal, prec: number, s: NumStyle): string {
  let t = s.group || s.misgroup ? d.toGrouped(prec) : d.toFixed(prec);
  // keep the last comma only: every other one dropped
  if (s.misgroup) t = t.replace(/,(?=\d{3},)/g, '');
  if (s.trim && t.includes('.')) t = t.replace(/0+$/, '').replace(/\.$/, '');
  return t;
}

export function formatFen(x: Fen, unit: Unit, prec: number, s: NumStyle): string {
  return formatDecimal(printedDecimal(x, unit, prec), prec, s);
}

/** The exact value in 万元 as a shortest decimal string (the contract's fact values). */
export function wanString(x: Fen): string {
  return toDecimal(x, '万元').toString();
}

/** a / b × 100, rounded half away from zero to `prec` places. `b` must not be 0. */
export function percent(a: Fen, b: Fen, prec = 2): Decimal {
  return Decimal.of(a * 100n).div(Decimal.of(b), prec);
}

export function percentText(a: Fen, b: Fen, prec = 2): string {
  return percent(a, b, prec).toFixed(prec);
}
