/** Number parsing: misplaced thousands separators (`128138,600`) are read only where asked, as one number. */
import { describe, expect, it } from 'vitest';
import { isMisgrouped, parseNumber } from './amount.js';
import { Decimal } from './decimal.js';

/** A figure printed with only its last comma (`128138,600.50`), from its regular grouping. */
const misgroup = (grouped: string) => grouped.replace(/,(?=\d{3},)/g, '');

/** Figures of 7 to 12 integer digits, decimals or not, drawn from a fixed sequence (no randomness). */
function figures(): string[] {
  const out: string[] = [];
  let x = 1234567n;
  for (let i = 0; i < 60; i++) {
    x = (x * 48271n + 11n) % 999_999_999_989n;
    const v = Decimal.parse(`${x + 1_000_000n}${i % 3 === 0 ? '.' + String(i).padStart(2, '0') : ''}`)!;
    out.push(v.toGrouped(i % 3 === 0 ? 2 : 0));
  }
  return out;
}

describe('misplaced thousands separators', () => {
  it('reads a misgrouped figure as one number, commas removed, only with looseGrouping', () => {
    for (const grouped of figures()) {
      const raw = misgroup(grouped);
      expect(raw).not.toBe(grouped);
      expect(isMisgrouped(raw)).toBe(true);
      expect(isMisgrouped(grouped)).toBe(false);
      expect(parseNumber(raw), raw).toBeNull();
      const loose = parseNumber(raw, { looseGrouping: true });
      expect(loose?.value.eq(parseNumber(grouped)!.value), raw).toBe(true);
      expect(loose?.precision).toBe(parseNumber(grouped)!.precision);
      expect(parseNumber(`-${raw}`, { looseGrouping: true })?.value.eq(parseNumber(`-${grouped}`)!.value)).toBe(true);
    }
  });

  it('keeps regular, ungrouped and small figures as they were', () => {
    for (const t of ['283,586', '6,400', '1,234,567.89', '120258600', '0.50', '-7,880,000'])
      expect(parseNumber(t, { looseGrouping: true })?.value.eq(parseNumber(t)!.value), t).toBe(true);
  });

  it('does not fuse what is not one figure: comma-space, gaps, other group widths', () => {
    for (const t of ['1200, 300', '1200 ,300', '1200,30', '12,3456', '1200,3000', '2024,2025', '1200,,300', ',300', '1200,', '12000,300.5.1'])
      expect(parseNumber(t, { looseGrouping: true }), t).toBeNull();
  });
});
