import { describe, expect, it } from 'vitest';
import { rule } from './zero-base.js';
import { check, modelFromText } from '../testing.js';

describe('zero-base', () => {
  it('says nothing about a non-zero base', () => {
    expect(check(rule, modelFromText('支出决算数为 22.70 万元,比上年决算增加 1.57 万元,增长 7.43%。'))).toEqual([]);
  });
  it('notes a percentage over a zero base', () => {
    const f = check(rule, modelFromText('支出决算数为 0.60 万元,比上年决算增加 0.60 万元,增长 100.00%。'));
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('info');
    expect(f[0].stated).toBe('100.00%');
  });
  it('notes a completion rate over a zero budget', () => {
    const f = check(rule, modelFromText('年初预算 0 万元，决算 5.00 万元，完成年初预算的 100%。', { kind: 'final' }));
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('error');
  });
});
