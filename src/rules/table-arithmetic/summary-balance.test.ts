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
  it('does not add a function-class breakdown printed under 本年支出合计', () => {
    const m = emptyModel();
    const t = table('fiscal_summary', '财政拨款收支预算总表', [['预算数', 'total']], [
      { name: '一般公共预算', values: ['300.00'] },
      { name: '收入总计', values: ['300.00'], total: true },
    ]);
    t.rightColumns = [{ index: 0, name: '预算数', role: 'total' }];
    const right = (wrongCarry: string) => [
      row({ name: '本年支出合计', values: ['300.00'] }),
      row({ name: '公共安全支出', values: ['200.00'] }),
      row({ name: '行政运行', values: ['200.00'] }),
      row({ name: '科学技术支出', values: ['100.00'] }),
      row({ name: '年终结转结余', values: [wrongCarry] }),
      row({ name: '支出总计', values: ['300.00'], total: true }),
    ];
    t.rightRows = right('');
    m.tables = [t];
    expect(errors(check(rule, m))).toEqual([]);
    t.rightRows = right('10.00');
    expect(errors(check(rule, m)).map((x) => x.message)).toEqual(['财政拨款收支预算总表支出方不符：本年支出合计 + 年终结转结余 = 300.00 + 10.00 = 310.00，而支出总计为 300.00']);
  });
});
