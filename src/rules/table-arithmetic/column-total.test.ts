import { describe, expect, it } from 'vitest';
import { rule } from './column-total.js';
import { check, emptyModel, errors, table } from '../testing.js';
import { EXP_COLS, EXP_ROWS, EXP_ROWS_BROKEN } from './fixtures.js';

describe('column-total', () => {
  it('passes a total row equal to the sum of the 类 rows', () => {
    const m = emptyModel();
    m.tables = [table('expenditure', '部门支出总表', EXP_COLS, EXP_ROWS, '元')];
    expect(errors(check(rule, m))).toEqual([]);
  });
  it('reports a total row that is not the sum of the 类 rows', () => {
    const m = emptyModel();
    m.tables = [table('expenditure', '部门支出总表', EXP_COLS, EXP_ROWS_BROKEN, '元')];
    const f = errors(check(rule, m));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('“项目支出”列 2,739,939.12 ≠ 2,153,119.12 + 570,500.00 + 0.00 = 2,723,619.12');
  });
  it('tolerates the rounding of many items', () => {
    const m = emptyModel();
    m.tables = [table('basic', '基本支出表', [['决算数', 'total']], [{ name: '合计', values: ['0.03'], total: true }, { code: '301', name: '工资福利支出', values: ['0.01'] }, { code: '302', name: '商品和服务支出', values: ['0.01'] }, { code: '303', name: '对个人和家庭的补助', values: ['0.00'] }])];
    expect(errors(check(rule, m))).toEqual([]);
  });
});
