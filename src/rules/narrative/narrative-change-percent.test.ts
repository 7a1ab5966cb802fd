import { describe, expect, it } from 'vitest';
import { rule } from './narrative-change-percent.js';
import { check, errors, modelFromText } from '../testing.js';

describe('narrative-change-percent', () => {
  it('passes when the percentage recomputes from the quoted figures', () => {
    const m = modelFromText('2024 年度收、支总计 671.84 万元，比上年减少 133.44 万元，下降 16.57%。', { kind: 'final' });
    expect(errors(check(rule, m))).toEqual([]);
  });
  it('passes within the rounding of the printed figures', () => {
    // 0.60 ÷ (10.00 − 0.60) = 6.38%; printed 6.4% (one decimal) still fits
    const m = modelFromText('本年支出 10.00 万元，比上年增加 0.60 万元，增长 6.4%。');
    expect(errors(check(rule, m))).toEqual([]);
  });
  it('reports a percentage divided by the wrong base', () => {
    const m = modelFromText('2024 年度收、支总计 671.84 万元，比上年减少 133.44 万元，下降 19.86%。', { kind: 'final' });
    const f = errors(check(rule, m));
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('下降 19.86% 与所引数字不符：133.44 ÷ (671.84 + 133.44) = 16.57%');
    expect(f[0].stated).toBe('19.86%');
    expect(f[0].suggestion).toContain('下降 16.57%');
    expect(f[0].evidence[0].line).toBe(1);
  });
  it('uses the stated prior-year figure', () => {
    const m = modelFromText('2024年收入预算648.26万元，比 2023年 654.39万元减少 6.13 万元，减少 0.99%。');
    const f = errors(check(rule, m));
    expect(f[0].message).toBe('减少 0.99% 与所引数字不符：6.13 ÷ 654.39 = 0.94%');
  });
  it('checks percent-only statements against the prior figure named earlier', () => {
    const ok = modelFromText('2023年当年预算执行数为60.13万元，2024年预算安排25.77万元，比2023年预算执行数减少57.14%。');
    expect(errors(check(rule, ok))).toEqual([]);
    const bad = modelFromText('2023年当年预算执行数为60.13万元，2024年预算安排25.77万元，比2023年预算执行数减少51.14%。');
    expect(errors(check(rule, bad))[0].expected).toBe('减少57.14%');
  });
});

describe('narrative-change-percent: several figures before the comparison', () => {
  it('accepts a percentage that fits another figure of the sentence', () => {
    const m = modelFromText('基本支出 110.00 万元，其中：公用支出 20.00 万元，比上年增加 10.00 万元，增长 10.00%。');
    expect(errors(check(rule, m))).toEqual([]);
  });
});

describe('narrative-change-percent: truncated percentages are not errors', () => {
  it('leaves a percentage truncated instead of rounded to truncated-figure', () => {
    // 9,871.3 ÷ 63,393.59 = 15.57%: printed 15.5% is truncated, not a wrong figure
    const m = modelFromText('公路水路运输支出（项）53,522.29万元，比上年执行数减少9,871.3万元，下降15.5%。');
    expect(errors(check(rule, m))).toEqual([]);
  });
});
