/** Counting of the OCR calibration bench: figure tokens, kinds of slip, the threshold table. */
import { describe, expect, it } from 'vitest';
import { figureTokens, slipKind, summarizeCalibration, type FigureRecord } from './ocr-calibrate-stats.js';

describe('ocr calibration counting', () => {
  it('takes amounts and rates, not list numbers before a year', () => {
    expect(figureTokens('支出决算为31,904,660.03元，完成88.44%。3.2024年部门预算 2026年 201')).toEqual(['31904660.03', '88.44']);
  });

  it('names the kind of slip from the nearest figure of the document', () => {
    const truth = ['5.660717', '59981.00', '36076604.39', '1680.81'];
    expect(slipKind('5.060717', truth)).toBe('digit changed');
    expect(slipKind('599981.00', truth)).toBe('character added');
    expect(slipKind('680.81', truth)).toBe('character dropped');
    expect(slipKind('24.4258', truth)).toBe('other');
  });

  it('counts wrong figures at or above and right figures below each threshold', () => {
    const f = (confidence: number, right: boolean): FigureRecord => ({ seed: 1, page: 1, line: 1, where: 'table', text: '1.00', confidence, right, kind: right ? '' : 'digit changed' });
    const out = summarizeCalibration([f(90, true), f(50, true), f(75, false), f(30, false)], [{ seed: 1, rule: 'x', low: 75, downgraded: false, message: 'm' }]);
    expect(out).toContain('| 65 | 1 (1/0) | 1 (50.0%) | 1 |');
    expect(out).toContain('| 80 | 0 (0/0) | 1 (50.0%) | 0 |');
  });
});
