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
