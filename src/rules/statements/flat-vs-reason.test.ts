import { describe, expect, it } from 'vitest';
import { rule } from './flat-vs-reason.js';
import { check, modelFromText } from '../testing.js';

describe('flat-vs-reason', () => {
  it('passes a flat statement explained as unchanged', () => {
    expect(check(rule, modelFromText('公务接待费1.35万元，比2023年预算持平，主要原因是公务接待费保持不变。'))).toEqual([]);
  });
  it('warns about a flat statement explained by a decrease', () => {
    const f = check(rule, modelFromText('财政拨款收入支出总计0.3万元。与2023年度相比，财政拨款收入支出总计持平。主要原因：项目支出中合同支付进度条款等原因减少支付。'));
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].evidence[0].text).toContain('0.3万元');
  });
});
