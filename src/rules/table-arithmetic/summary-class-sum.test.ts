import { describe, expect, it } from 'vitest';
import { rule } from './summary-class-sum.js';
import { check, emptyModel, errors, row, table } from '../testing.js';

function summary(housing: string) {
  const t = table('summary', '部门收支总表', [['预算数', 'total']], [{ name: '一般公共预算拨款收入', values: ['3,781.144721'] }]);
  t.rightColumns = [{ index: 0, name: '预算数', role: 'total' }];
  t.rightRows = [
    row({ name: '一般公共服务支出', values: ['2,818.948477'] }),
    row({ name: '外交支出', values: [null] }),
    row({ name: '社会保障和就业支出', values: ['417.415612'] }),
    row({ name: '卫生健康支出', values: ['212.080116'] }),
    row({ name: '住房保障支出', values: [housing] }),
    row({ name: '本年支出合计', values: ['3,781.144721'] }),
  ];
  return t;
}

describe('summary-class-sum', () => {
  it('passes when the classes add up to 本年支出合计', () => {
    const m = emptyModel();
    m.tables = [summary('332.700516')];
    expect(errors(check(rule, m))).toEqual([]);
  });
  it('reports classes that do not add up', () => {
    const m = emptyModel();
    m.tables = [summary('332.070516')];
    const f = errors(check(rule, m));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('3,781.144721 ≠ 2,818.948477 + 0 + 417.415612 + 212.080116 + 332.070516 = 3,780.514721');
  });
});
