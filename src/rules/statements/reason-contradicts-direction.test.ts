import { describe, expect, it } from 'vitest';
import { rule } from './reason-contradicts-direction.js';
import { check, errors, modelFromText } from '../testing.js';

const item = (reason: string) => `2023年当年预算执行数为114.00万元，2024年预算安排110.60万元，比2023年预算执行数减少2.98%。主要原因是：${reason}。`;

describe('reason-contradicts-direction', () => {
  it('passes a reason in the same direction', () => {
    expect(errors(check(rule, modelFromText(item('宣传事务一般行政管理事务经费减少'))))).toEqual([]);
  });
  it('ignores a negated or direction-less reason', () => {
    expect(check(rule, modelFromText(item('项目调整')))).toEqual([]);
    expect(check(rule, modelFromText(item('经费未增加')))).toEqual([]);
  });
  it('reports a reason that says the opposite of what the figures show', () => {
    const f = errors(check(rule, modelFromText(item('宣传事务一般行政管理事务经费增加'))));
    expect(f).toHaveLength(1);
    expect(f[0].stated).toBe('2.98%');
    expect(f[0].message).toContain('“宣传事务一般行政管理事务经费增加”（增加），方向相反');
  });
  it('is a warning when only the words state the direction', () => {
    const f = check(rule, modelFromText('本年支出 50 万元，比上年减少 4.13 万元。主要原因是：公用经费增加。'));
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
  });
});
