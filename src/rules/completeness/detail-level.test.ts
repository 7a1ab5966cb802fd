import { describe, expect, it } from 'vitest';
import { rule } from './detail-level.js';
import { check, emptyModel, table } from '../testing.js';

describe('detail-level', () => {
  it('passes function classes down to 项 and economic classes down to 款', () => {
    const m = emptyModel();
    m.tables = [
      table('general_budget', '一般公共预算支出表', [['合计', 'total']], [{ code: '201', name: '一般公共服务支出', values: ['1'] }, { code: '2010301', name: '行政运行', values: ['1'] }]),
      table('basic', '基本支出表', [['合计', 'total']], [{ code: '301', name: '工资福利支出', values: ['1'] }, { code: '30101', name: '基本工资', values: ['1'] }]),
    ];
    expect(check(rule, m)).toEqual([]);
  });
  it('warns when the function classification stops at 款', () => {
    const m = emptyModel();
    m.tables = [table('general_budget', '一般公共预算支出表', [['合计', 'total']], [{ code: '201', name: '一般公共服务支出', values: ['1'] }, { code: '20103', name: '政府办公厅（室）及相关机构事务', values: ['1'] }])];
    const f = check(rule, m);
    expect(f).toHaveLength(1);
    expect(f[0].stated).toBe('最细为款级');
  });
});
