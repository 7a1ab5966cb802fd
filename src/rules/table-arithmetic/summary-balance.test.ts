import { describe, expect, it } from 'vitest';
import { rule } from './summary-balance.js';
import { check, emptyModel, errors, row, table } from '../testing.js';

function summary(carry: string, total: string) {
  const t = table('fiscal_summary', '财政拨款收入支出决算总表', [['决算数', 'total']], [
    { name: '一般公共预算财政拨款', values: ['2,940.05'] },
    { name: '本年收入合计', values: ['2,940.05'] },
    { name: '年初财政拨款结转和结余', values: [carry] },
    { name: '一般公共预算财政拨款', values: [carry] },
    { name: '总计', values: [total], total: true },
  ]);
  t.rightColumns = [{ index: 0, name: '合计', role: 'total' }];
  t.rightRows = [
    row({ name: '一般公共服务支出', values: ['2,940.05'] }),
    row({ name: '本年支出合计', values: ['2,940.05'] }),
    row({ name: '年末财政拨款结转和结余', values: ['21.63'] }),
    row({ name: '总计', values: ['2,961.68'], total: true }),
  ];
  return t;
}

describe('summary-balance', () => {
  it('passes balanced totals (sub-items of the carry-over not added twice)', () => {
    const m = emptyModel({ kind: 'final' });
    m.tables = [summary('21.63', '2,961.68')];
    expect(errors(check(rule, m))).toEqual([]);
  });
  it('reports a carry-over identity that fails and unequal totals', () => {
    const m = emptyModel({ kind: 'final' });
    m.tables = [summary('21.63', '2,971.68')];
    const f = errors(check(rule, m));
    expect(f.map((x) => x.message)).toEqual([
      '财政拨款收入支出决算总表收入方不符：本年收入合计 + 年初财政拨款结转和结余 = 2,940.05 + 21.63 = 2,961.68，而总计为 2,971.68',
      '财政拨款收入支出决算总表收入总计 2,971.68 与支出总计 2,961.68 不相等',
    ]);
  });
});
