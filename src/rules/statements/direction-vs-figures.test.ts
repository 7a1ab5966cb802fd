import { describe, expect, it } from 'vitest';
import { rule } from './direction-vs-figures.js';
import { check, errors, modelFromText } from '../testing.js';

describe('direction-vs-figures', () => {
  it('passes a direction that matches the figures', () => {
    expect(errors(check(rule, modelFromText('2024年收入预算648.26万元，比 2023年 654.39万元减少 6.13 万元，减少 0.94%。')))).toEqual([]);
  });
  it('reports 增加 when the figures decrease', () => {
    const f = errors(check(rule, modelFromText('2024年收入预算648.26万元，比 2023年 654.39万元增加 6.13 万元，增长 0.94%。')));
    expect(f).toHaveLength(1);
    expect(f[0].expected).toBe('减少');
    expect(f[0].message).toContain('648.26万元 小于比较数 654.39万元');
  });
  it('reports an amount and a percentage going opposite ways', () => {
    const f = errors(check(rule, modelFromText('本年支出 50 万元，比上年增加 4.13 万元，下降 7.63%。')));
    expect(f[0].message).toContain('增减额称“增加”，百分比却称“减少”');
  });
});
