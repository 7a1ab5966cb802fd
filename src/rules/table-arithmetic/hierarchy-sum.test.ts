import { describe, expect, it } from 'vitest';
import { rule } from './hierarchy-sum.js';
import { check, emptyModel, errors, table } from '../testing.js';
import { EXP_COLS, EXP_ROWS, EXP_ROWS_BROKEN } from './fixtures.js';

describe('hierarchy-sum', () => {
  it('passes 类 = Σ款 = Σ项 in every column', () => {
    const m = emptyModel();
    m.tables = [table('expenditure', '部门支出总表', EXP_COLS, EXP_ROWS, '元')];
    expect(errors(check(rule, m))).toEqual([]);
  });
  it('reports a 款 that is not the sum of its 项', () => {
    const m = emptyModel();
    m.tables = [table('expenditure', '部门支出总表', EXP_COLS, EXP_ROWS_BROKEN, '元')];
    const f = errors(check(rule, m));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('20103 政府办公厅（室）及相关机构事务 不等于其下各项之和：“项目支出”列 2,153,119.12 ≠ 0.00 + 69,439.12 + 2,100,000.00 = 2,169,439.12');
    expect(f[0].stated).toBe('2,153,119.12');
  });
  it('only warns when a row looks mis-extracted', () => {
    const m = emptyModel();
    m.tables = [table('basic', '基本支出表', [['决算数', 'total']], [{ code: '301', name: '工资福利支出', values: ['2,082.85'] }, { code: '30101', name: '基本工资', values: ['262.33'] }, { code: '30102', name: '津贴补贴', values: ['302'] }, { code: '30103', name: '奖金', values: ['1,238.58'] }])];
    const f = check(rule, m);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
  });
});
