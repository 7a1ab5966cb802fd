import { describe, expect, it } from 'vitest';
import { rule } from './narrative-share.js';
import { check, errors, modelFromText } from '../testing.js';

describe('narrative-share', () => {
  it('passes when the share recomputes (whole named by label)', () => {
    const m = modelFromText('2024 年度本年支出合计 671.84 万元，其中：基本支出 529.53 万元，占支出合计的 78.82%；项目支出 142.31 万元，占支出合计的 21.18%。');
    expect(errors(check(rule, m))).toEqual([]);
  });
  it('reports a wrong share (whole at the head of the enumeration)', () => {
    const m = modelFromText('一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）2106.66万元，占71.73%；社会保障和就业支出（类）326.72万元，占11.11%。');
    const f = errors(check(rule, m));
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('占比 71.73% 与所引数字不符：2,106.66 ÷ 2,940.05 = 71.65%');
    expect(f[0].stated).toBe('71.73%');
  });
});

describe('narrative-share: scope of the whole', () => {
  it('does not take another part as the whole (基本支出预算 is not 本年支出预算)', () => {
    const m = modelFromText('2026年支出预算 5,000.00 万元。\n（一）基本支出。基本支出预算 100.00 万元，占本年支出预算 2.00%。\n（二）项目支出。项目支出预算 4,900.00 万元，占本年支出预算 98.00%。');
    expect(errors(check(rule, m))).toEqual([]);
  });
  it('accepts shares of the sum of the parts when they partition it (the total also holds carry-overs)', () => {
    const m = modelFromText('2026年支出预算 1,030.00 万元。\n（一）基本支出。基本支出预算 250.00 万元，占本年支出预算 25.00%。\n（二）项目支出。项目支出预算 750.00 万元，占本年支出预算 75.00%。');
    expect(errors(check(rule, m))).toEqual([]);
  });
  it('still reports a share that fits neither the whole nor the sum of the parts', () => {
    const m = modelFromText('2026年支出预算 1,000.00 万元。\n（一）基本支出。基本支出预算 250.00 万元，占本年支出预算 20.00%。\n（二）项目支出。项目支出预算 750.00 万元，占本年支出预算 75.00%。');
    const f = errors(check(rule, m));
    expect(f).toHaveLength(1);
    expect(f[0].stated).toBe('20.00%');
  });
});
