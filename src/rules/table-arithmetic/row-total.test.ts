import { describe, expect, it } from 'vitest';
import { rule } from './row-total.js';
import { check, emptyModel, errors, table } from '../testing.js';
import { EXP_COLS, EXP_ROWS, EXP_ROWS_BROKEN } from './fixtures.js';

describe('row-total', () => {
  it('passes rows where 合计 = 基本 + 项目', () => {
    const m = emptyModel();
    m.tables = [table('expenditure', '部门支出总表', EXP_COLS, EXP_ROWS, '元')];
    expect(errors(check(rule, m))).toEqual([]);
  });
  it('reports rows where 合计 ≠ 基本 + 项目', () => {
    const m = emptyModel();
    m.tables = [table('expenditure', '部门支出总表', EXP_COLS, EXP_ROWS_BROKEN, '元')];
    const f = errors(check(rule, m));
    expect(f).toHaveLength(2);
    expect(f[0].message).toContain('5,726,351.40 ≠ 3,556,912.28 + 2,153,119.12 = 5,710,031.40');
  });
  it('checks 基本支出 = 人员经费 + 公用经费 and revenue sources', () => {
    const m = emptyModel();
    m.tables = [
      table('basic', '基本支出表', [['合计', 'total'], ['人员经费', 'personnel'], ['公用经费', 'public']], [{ code: '302', name: '商品和服务支出', values: ['546,053.22', '145,440.00', '400,613.22'] }], '元'),
      table('revenue', '收入表', [['合计', 'total'], ['财政拨款收入', 'amount'], ['其他收入', 'amount']], [{ code: '201', name: '一般公共服务支出', values: ['2,112.86', '2,106.66', '6.30'] }]),
    ];
    const f = errors(check(rule, m));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('2,112.86 ≠ 2,106.66 + 6.30 = 2,112.96');
  });
});
