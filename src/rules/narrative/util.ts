/** Shared arithmetic for narrative claims. */
import { toWan } from '../../model/amount.js';
import { Decimal } from '../../model/decimal.js';
import type { Amount, ChangeClaim, Claim, DisclosureModel, Mention } from '../../model/types.js';
import { normSubject } from '../../extract/claims/scan.js';
import { amountI, cornerRange, Interval, pct, positive, subI, addI } from '../tolerance.js';
import { fig } from '../format.js';

export const claimsOf = <K extends Claim['kind']>(m: DisclosureModel, kind: K) => m.claims.filter((c): c is Extract<Claim, { kind: K }> => c.kind === kind);

export const dirWord = (d: 'increase' | 'decrease' | undefined, pctWord = false) => (d === 'decrease' ? (pctWord ? '下降' : '减少') : d === 'increase' ? (pctWord ? '增长' : '增加') : '变动');

/** The base (prior) of a change, as an interval in 万元, and how it was obtained. */
export interface Base {
  base: Interval;
  /** Printed text of the base: `654.39` or `(671.84 + 133.44)`. */
  text: string;
  value: Decimal;
}

export function baseOf(c: ChangeClaim): Base | undefined {
  if (c.prior) return { base: amountI(c.prior), text: fig(c.prior), value: toWan(c.prior) };
  if (c.current && c.delta && c.direction) {
    if (c.direction === 'decrease') return { base: addI(amountI(c.current), amountI(c.delta)), text: `(${fig(c.current)} + ${fig(c.delta)})`, value: toWan(c.current).add(toWan(c.delta)) };
    return { base: subI(amountI(c.current), amountI(c.delta)), text: `(${fig(c.current)} − ${fig(c.delta)})`, value: toWan(c.current).sub(toWan(c.delta)) };
  }
  return undefined;
}

/** Range of the percentage change a claim's figures allow (magnitude), or null when the base may be 0. */
export function changePercentRange(c: ChangeClaim): { range: Interval; formula: string; point: Decimal } | null {
  const b = baseOf(c);
  if (!b || !positive(b.base)) return null;
  if (c.delta) {
    let range: Interval | null;
    if (c.prior) range = cornerRange((d, p) => pct(d, p), amountI(c.delta), amountI(c.prior));
    else if (c.direction === 'decrease') range = cornerRange((d, a) => pct(d, a.add(d)), amountI(c.delta), amountI(c.current!));
    else range = cornerRange((d, a) => pct(d, a.sub(d)), amountI(c.delta), amountI(c.current!));
    if (!range) return null;
    const point = pct(toWan(c.delta), b.value);
    if (!point) return null;
    return { range, formula: `${fig(c.delta)} ÷ ${b.text}`, point };
  }
  if (c.current && c.prior) {
    const range = cornerRange((a, p) => {
      const v = pct(a.sub(p), p);
      return v && v.abs();
    }, amountI(c.current), amountI(c.prior));
    if (!range) return null;
    // |x| is not monotone across 0: widen to 0 when the signed change may change sign
    const diff = subI(amountI(c.current), amountI(c.prior));
    if (diff.lo.sign() <= 0 && diff.hi.sign() >= 0) range.lo = Decimal.ZERO;
    const cur = toWan(c.current);
    const pri = toWan(c.prior);
    const point = pct(cur.sub(pri).abs(), pri)!;
    const formula = cur.gte(pri) ? `(${fig(c.current)} − ${fig(c.prior)}) ÷ ${fig(c.prior)}` : `(${fig(c.prior)} − ${fig(c.current)}) ÷ ${fig(c.prior)}`;
    return { range, formula, point };
  }
  return null;
}

/** Other figures stated for the same item in the same place (e.g. a heading amount and a `预算安排` amount). */
export function sameItemAlternatives(m: DisclosureModel, a: Amount | undefined): Mention[] {
  if (!a) return [];
  const self = m.mentions.find((x) => x.amount.source.line === a.source.line && x.amount.source.col === a.source.col);
  if (!self) return [];
  const subj = normSubject(self.subject);
  return m.mentions.filter(
    (x) =>
      x !== self &&
      x.role === self.role &&
      normSubject(x.subject) === subj &&
      Math.abs(x.source.line - self.source.line) <= 6 &&
      x.source.file === self.source.file &&
      !x.amount.value.eq(a.value),
  );
}

export const isZeroI = (i: Interval) => i.lo.sign() <= 0 && i.hi.sign() >= 0;

/** The direction word printed right before a figure (`下降 19.86%` → `下降`), when there is one. */
export function printedWord(text: string, raw: string): string | undefined {
  const i = text.indexOf(raw);
  if (i < 0) return undefined;
  const m = /(增长|下降|增加|减少|上升|降低|增幅|降幅|提高)\s*(?:为|了|达)?\s*$/.exec(text.slice(Math.max(0, i - 8), i));
  return m?.[1];
}

/**
 * Other current-year figures of the sentence a change claim was read from: when the sentence lists
 * several figures before `比上年…`, the comparison may be about any of them.
 */
export function sentenceAlternatives(m: DisclosureModel, c: ChangeClaim): Mention[] {
  if (!c.current) return [];
  return m.mentions.filter(
    (x) =>
      x.role === 'current' &&
      x.source.file === c.source.file &&
      (x.text === c.text || c.text.includes(x.text) || x.text.includes(c.text)) &&
      !(x.amount.source.line === c.current!.source.line && x.amount.source.col === c.current!.source.col),
  );
}
