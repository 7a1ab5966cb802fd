/**
 * What a mutation class is, and the small helpers the classes share: changed amounts that no
 * rounding hides, figures printed the way the document prints them, slot and table look-ups.
 */
import type { TableKey } from '../model/types.js';
import { Decimal } from '../model/decimal.js';
import type { Severity } from '../rules/types.js';
import type { Rng } from './prng.js';
import { formatDecimal, formatFen, roundTo, type Fen } from './money.js';
import type { Mutation, SampleDoc, SlotCat, SlotInfo, TRow, TSpec } from './generate.js';

export interface MutationCase {
  cls: string;
  mutation: Mutation;
  /** Texts a finding about the mutation quotes (any one suffices). */
  needles: string[];
  /** What was changed, for reports. */
  describe: string;
  /** Removal classes: the finding may carry the completeness rules' severity. */
  removal?: boolean;
  /**
   * Severities a finding about the mutation must have (default: error). A class that expects a
   * warning counts an error about it as a miss: the severity is part of what is measured.
   */
  severities?: Severity[];
}

export interface MutationClass {
  id: string;
  title: string;
  /** Kinds of document the class applies to. */
  kinds: ('budget' | 'final')[];
  make(doc: SampleDoc, rng: Rng): MutationCase | null;
}

// ---- helpers --------------------------------------------------------------------------------

/** Smallest change that no rounding can hide: 100 units of the last printed place. */
export function minDelta(unit: '元' | '万元', prec: number): Fen {
  const ulp = unit === '元' ? 10n ** BigInt(2 - prec) : 10n ** BigInt(6 - prec);
  return 100n * (ulp > 0n ? ulp : 1n);
}

export function quantumOf(unit: '元' | '万元', prec: number): Fen {
  const q = unit === '元' ? 10n ** BigInt(2 - prec) : 10n ** BigInt(6 - prec);
  return q > 0n ? q : 1n;
}

/** A changed amount: 3–25% off (at least `minDelta`), in the printed quantum, never ≤ 0. */
export function changeAmount(rng: Rng, v: Fen, unit: '元' | '万元', prec: number): Fen {
  const q = quantumOf(unit, prec);
  let d = roundTo((v * BigInt(rng.int(30, 250))) / 1000n, q);
  const m = minDelta(unit, prec);
  if (d < m) d = m;
  if (rng.chance(500) && v - d > 0n) return v - d;
  return v + d;
}

export function printAmount(v: Fen, unit: '元' | '万元', prec: number, like: string): string {
  const group = like.includes(',') || like.includes('，');
  const d = Decimal.of(v, 2).shift(unit === '元' ? 0 : -4).round(prec);
  const decimals = like.includes('.') ? like.split('.')[1].length : 0;
  const trim = decimals < prec;
  return formatDecimal(d, prec, { group, trim });
}

export function changePercent(rng: Rng, text: string): string {
  const old = Decimal.parse(text)!;
  const places = text.includes('.') ? text.split('.')[1].length : 0;
  const delta = Decimal.of(rng.int(50, 500), 2);
  let v = rng.chance(500) ? old.sub(delta) : old.add(delta);
  if (v.sign() <= 0) v = old.add(delta);
  return v.toFixed(Math.max(places, 2));
}

export const norm = (s: string) => s.replace(/[,，\s]/g, '');

export function pickSlot(doc: SampleDoc, rng: Rng, cats: SlotCat[], filter: (s: SlotInfo) => boolean = () => true): SlotInfo | null {
  const xs = doc.slots.filter((s) => cats.includes(s.cat) && filter(s));
  return xs.length ? rng.pick(xs) : null;
}

export function findTable(ts: TSpec[], key: TableKey): TSpec | undefined {
  return ts.find((t) => t.key === key);
}

export function fmtCell(t: TSpec, v: Fen): string {
  return formatFen(v, t.unit, t.prec, { group: true });
}

/** Leaf rows (项 of function tables, 款 of the economic table) with a figure in column `col`. */
export function leaves(t: TSpec, col: number): TRow[] {
  const leafLen = t.shape === 'econ' ? 5 : 7;
  return t.rows.filter((r) => r.code && r.code.length === leafLen && r.values[col] !== null && r.values[col]! > 0n);
}

