import { describe, expect, it } from 'vitest';
import { rule } from './narrative-completion.js';
import { check, errors, modelFromText } from '../testing.js';

describe('narrative-completion', () => {
  it('passes a correct completion rate', () => {
    const m = modelFromText('“卫生健康支出”(类)2024 年度年初预算 25.27 万元，2024 年度决算 41.27 万元，完成年初预算的 163.32%。', { kind: 'final' });
    expect(errors(check(rule, m))).toEqual([]);
  });
  it('reports a wrong completion rate', () => {
    const m = modelFromText('“社会保障和就业支出”(类)2024 年度年初预算 67.38 万元，2024 年度决算 66.83 万元，完成年初预算的 98.18%。', { kind: 'final' });
    const f = errors(check(rule, m));
    expect(f[0].message).toBe('完成率 98.18% 与所引数字不符：66.83 ÷ 67.38 = 99.18%');
  });
});
