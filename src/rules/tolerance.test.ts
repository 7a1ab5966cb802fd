import { describe, expect, it } from 'vitest';
import { Decimal } from '../model/decimal.js';
import { amountI, percentAgrees, ratioPctI, sameAmount, sumAgrees } from './tolerance.js';
import { applyShownPrecision } from '../model/table-stats.js';
import { amt } from './testing.js';
import type { Percent } from '../model/types.js';

const pc = (raw: string): Percent => ({ value: Decimal.parse(raw)!, precision: raw.split('.')[1]?.length ?? 0, raw: raw + '%', source: { file: 't', line: 1 } });

describe('tolerance from printed precision', () => {
  it('gives each printed figure half a unit of its last place', () => {
    const i = amountI(amt('326.72'));
    expect([i.lo.toString(), i.hi.toString()]).toEqual(['326.715', '326.725']);
    expect(amountI(amt('3,503,499', '元')).lo.toString()).toBe('350.34985');
  });
  it('accepts figures whose intervals touch (326.71 vs 326.72) and rejects 0.09 over four 2-place figures', () => {
    expect(sameAmount(amt('326.71'), amt('326.72'))).toBe(true);
    expect(sameAmount(amt('326.70'), amt('326.72'))).toBe(false);
    expect(sumAgrees(amt('671.84'), [amt('484.25'), amt('66.83'), amt('41.27'), amt('79.49')])).toBe(true);
    expect(sumAgrees(amt('671.84'), [amt('484.25'), amt('66.83'), amt('41.27'), amt('79.4')])).toBe(false);
  });
  it('computes a ratio over all roundings of its inputs (no fixed slack)', () => {
    const r = ratioPctI(amountI(amt('79.4')), amountI(amt('74.58')))!;
    expect(percentAgrees(pc('106.45'), r)).toBe(true); // 79.35…79.45 ÷ 74.575…74.585
    expect(percentAgrees(pc('106.60'), r)).toBe(false);
    expect(ratioPctI(amountI(amt('1')), amountI(amt('0.00')))).toBeNull();
  });
  it('reads trailing-zero-suppressed figures of a table at the table precision', () => {
    const rows = [{ values: [amt('47.91'), amt('25'), amt('21.56'), amt('1.35')] }];
    applyShownPrecision({ rows });
    expect(amountI(rows[0].values[1]).hi.toString()).toBe('25.005');
  });
});
