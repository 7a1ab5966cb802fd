import { describe, expect, it } from 'vitest';
import { rule } from './narrative-change-amount.js';
import { check, errors, modelFromText } from '../testing.js';

describe('narrative-change-amount', () => {
  it('passes when the difference is right', () => {
    const m = modelFromText('2024年收入预算648.26万元，比 2023年 654.39万元减少 6.13 万元，减少 0.94%。');
    expect(errors(check(rule, m))).toEqual([]);
  });
  it('reports a wrong difference', () => {
    const m = modelFromText('2020 年收入预算 7,955,559.34 元，比 2019 年收入预算 7,132,122.63 元增加 832,436.71 元，增长 11.55%。');
    const f = errors(check(rule, m));
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('增加 832,436.71元 与所引数字不符：7,955,559.34 − 7,132,122.63 = 823,436.71');
    expect(f[0].expected).toBe('823,436.71元');
  });
});
