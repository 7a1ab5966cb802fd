import { describe, expect, it } from 'vitest';
import { rule } from './general-budget-total.js';
import { check, emptyModel, errors, table } from '../testing.js';

function model(basicTotal: string) {
  const m = emptyModel();
  m.tables = [
    table('general_budget', '一般公共预算支出表', [['合计', 'total'], ['基本支出', 'basic'], ['项目支出', 'project']], [
      { name: '合计', values: ['3,781.144721', '2,971.603602', '809.541119'], total: true },
      { code: '2010301', name: '行政运行', values: ['3,781.144721', '2,971.603602', '809.541119'] },
    ]),
    table('basic', '一般公共预算基本支出表', [['合计', 'total'], ['人员经费', 'personnel'], ['公用经费', 'public']], [{ name: '合计', values: [basicTotal, '2,738.215065', '233.388537'], total: true }]),
  ];
  return m;
}

describe('general-budget-total', () => {
  it('passes when the basic-expenditure table total equals the general budget basic total', () => {
    expect(errors(check(rule, model('2,971.603602')))).toEqual([]);
  });
  it('reports a different total', () => {
    const f = errors(check(rule, model('2,917.603602')));
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('一般公共预算支出表基本支出 2,971.603602 与一般公共预算基本支出表“合计”2,917.603602 不一致');
  });
});
