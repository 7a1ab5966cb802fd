import { describe, expect, it } from 'vitest';
import { formatNumber } from './number-format.js';

describe('numbers as their number format prints them', () => {
  it.each([
    [12.3, '0.00', '12.30'],
    [12.3, undefined, '12.3'],
    [12.3, 'General', '12.3'],
    [1234567.5, '#,##0.00', '1,234,567.50'],
    [1.005, '0.00', '1.01'],
    [0.1 + 0.2, '0.00', '0.30'],
    [0.1 + 0.2, 'General', '0.3'],
    [0.1234, '0.00%', '12.34%'],
    [0.5, '0%', '50%'],
    [-5.5, '#,##0.00;[Red]-#,##0.00', '-5.50'],
    [-5.5, '#,##0.00_);(#,##0.00)', '(5.50)'],
    [-5.5, '0.00', '-5.50'],
    [3, '0', '3'],
    [2010101, '0', '2010101'],
    [1234.5, '"¥"#,##0.0', '¥1,234.5'],
    [12.5, '0.000000', '12.500000'],
  ])('%s formatted %s prints %s', (v, fmt, want) => expect(formatNumber(v, fmt)).toBe(want));
});
