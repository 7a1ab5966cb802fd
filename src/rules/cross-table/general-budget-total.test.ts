import { describe, expect, it } from 'vitest';
import { rule } from './general-budget-total.js';
import { check, emptyModel, errors, table, twoSidedTable } from '../testing.js';
import { BASIC_LEFT, BASIC_RIGHT, withValues } from '../table-arithmetic/fixtures.js';

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

describe('general-budget-total with a two-sided basic table (人员经费合计 left, 公用经费合计 right)', () => {
  const COL: [string, 'final'][] = [['决算数', 'final']];
  const model = (gbBasic: string, personnel = '1,050.00') => {
    const m = emptyModel({ kind: 'final' });
    m.tables = [
      table('general_budget', '一般公共预算财政拨款支出决算表', [['合计', 'total'], ['基本支出', 'basic'], ['项目支出', 'project']], [
        { code: '2010301', name: '行政运行', values: ['1,200.00', gbBasic, '40.00'] },
        { name: '合计', values: ['1,200.00', gbBasic, '40.00'], total: true },
      ]),
      twoSidedTable('basic', '一般公共预算财政拨款基本支出决算表', { columns: COL, rows: withValues(BASIC_LEFT, { 人员经费合计: personnel }) }, { columns: COL, rows: BASIC_RIGHT }),
    ];
    return m;
  };
  it('passes when 人员经费合计 + 公用经费合计 equals the general budget basic total', () => {
    expect(check(rule, model('1,160.00'))).toEqual([]);
  });
  it('reports a basic total that differs from 人员经费合计 + 公用经费合计', () => {
    const f = errors(check(rule, model('1,170.00')));
    expect(f.map((x) => x.message)).toEqual(['一般公共预算财政拨款支出决算表基本支出 1,170.00 与一般公共预算财政拨款基本支出决算表“人员经费合计+公用经费合计”1,050.00 + 110.00 = 1,160.00 不一致']);
    expect(f[0].expected).toBe('1,160.00');
    expect(f[0].evidence).toHaveLength(3);
  });
  it('compares nothing when the section totals do not cover every class', () => {
    const m = model('1,170.00');
    m.tables[1].rightRows = m.tables[1].rightRows!.filter((r) => r.name !== '公用经费合计');
    expect(check(rule, m)).toEqual([]);
  });
});
