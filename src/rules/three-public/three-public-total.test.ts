import { describe, expect, it } from 'vitest';
import { rule } from './three-public-total.js';
import { check, emptyModel, errors, table } from '../testing.js';

const byRows = (total: string) =>
  table('three_public', '一般公共预算“三公”经费支出情况表', [['2020 年预算数', 'budget'], ['2019 年预算数', 'prior']], [
    { name: '1、因公出国（境）费', values: ['0.00', '0.00'] },
    { name: '2、公务接待费', values: ['2,217.48', '2,217.48'] },
    { name: '3、公务用车购置及运行维护费', values: ['0.00', '0.00'] },
    { name: '其中：公务用车购置费', values: ['0.00', '0.00'] },
    { name: '公务用车运行维护费', values: ['0.00', '0.00'] },
    { name: '总计', values: [total, '2,217.48'], total: true },
  ], '元');

const byColumns = (vehicle: string) =>
  table('three_public', '部门“三公”经费和机关运行经费预算表', [['合计', 'total'], ['因公出国(境)费', 'amount'], ['公务接待费', 'amount'], ['公务用车购置及运行费小计', 'amount'], ['购置费', 'amount'], ['运行费', 'amount'], ['机关运行经费预算数', 'amount']], [
    { name: '', values: ['47.91', '0', '1.35', vehicle, '25', '21.56', '443.18'] },
  ]);

describe('three-public-total', () => {
  it('passes consistent tables (items as rows or as columns)', () => {
    const m = emptyModel();
    m.tables = [byRows('2,217.48'), byColumns('46.56')];
    expect(errors(check(rule, m))).toEqual([]);
  });
  it('reports a total that is not the sum of the items', () => {
    const m = emptyModel();
    m.tables = [byRows('2,271.48')];
    const f = errors(check(rule, m));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('0.00 + 0.00 + 2,217.48 ≠ 2,271.48');
  });
  it('reports a vehicle subtotal that is not purchase + operation', () => {
    const m = emptyModel();
    m.tables = [byColumns('46.65')];
    const f = errors(check(rule, m));
    expect(f.some((x) => x.message.includes('25 + 21.56 ≠ 46.65'))).toBe(true);
  });
});
