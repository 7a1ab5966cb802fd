import { describe, expect, it } from 'vitest';
import { rule } from './column-total.js';
import { check, emptyModel, errors, table, twoSidedTable } from '../testing.js';
import type { ColumnRole } from '../../model/types.js';
import { BASIC_LEFT, BASIC_RIGHT, DETAIL_ROWS, EXP_COLS, EXP_ROWS, EXP_ROWS_BROKEN, withValues } from './fixtures.js';

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
  it('adds the rows printed without their class: 项 rows and a 款 that has no 项', () => {
    const m = emptyModel();
    const rows = (total: string) => [
      { code: '2120803', name: '城市建设支出', values: ['20.89'] },
      { code: '2121401', name: '污水处理设施建设和运营', values: ['56.53'] },
      { code: '21298', name: '超长期特别国债安排的支出', values: ['60.00'] },
      { name: '合计', values: [total], total: true },
    ];
    m.tables = [table('gov_fund', '政府性基金预算支出表', [['合计', 'total']], rows('137.42'), '万元')];
    expect(errors(check(rule, m))).toEqual([]);
    m.tables = [table('gov_fund', '政府性基金预算支出表', [['合计', 'total']], rows('137.52'), '万元')];
    expect(errors(check(rule, m)).map((f) => f.stated)).toEqual(['137.52']);
  });
});

describe('column-total on two-sided tables and named totals', () => {
  const COL: [string, 'final'][] = [['决算数', 'final']];
  const basic = (left = BASIC_LEFT, right = BASIC_RIGHT) => {
    const m = emptyModel({ kind: 'final' });
    m.tables = [twoSidedTable('basic', '一般公共预算财政拨款基本支出决算表', { columns: COL, rows: left }, { columns: COL, rows: right })];
    return m;
  };

  it('passes 人员经费合计 = 301 + 303 (left) and 公用经费合计 = 302 + 310 (right)', () => {
    expect(check(rule, basic())).toEqual([]);
  });

  it('reports a 人员经费合计 that is not 301 + 303', () => {
    const f = errors(check(rule, basic(withValues(BASIC_LEFT, { 人员经费合计: '1,060.00' }))));
    expect(f.map((x) => x.message)).toEqual(['一般公共预算财政拨款基本支出决算表“人员经费合计”行不等于各科目之和：“决算数”列 1,060.00 ≠ 1,000.00 + 50.00 = 1,050.00']);
    expect(f[0].stated).toBe('1,060.00');
  });

  it('reports a 公用经费合计 on the right side that is not 302 + 310', () => {
    const f = errors(check(rule, basic(BASIC_LEFT, withValues(BASIC_RIGHT, { 公用经费合计: '111.00' }))));
    expect(f.map((x) => x.message)).toEqual(['一般公共预算财政拨款基本支出决算表“公用经费合计”行不等于各科目之和：“决算数”列 111.00 ≠ 100.00 + 10.00 = 110.00']);
  });

  it('checks a named total (本年支出合计) that is the one total of its table', () => {
    const rows = (total: string) => [
      ...EXP_ROWS.filter((r) => r.code),
      { name: '本年支出合计', values: [total, '5,215,620.22', '2,739,939.12'], total: true },
    ];
    const m = emptyModel();
    m.tables = [table('expenditure', '部门支出总表', EXP_COLS, rows('7,955,559.34'), '元')];
    expect(check(rule, m)).toEqual([]);
    m.tables = [table('expenditure', '部门支出总表', EXP_COLS, rows('7,955,595.34'), '元')];
    const f = errors(check(rule, m));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('“本年支出合计”行不等于各科目之和：“合计”列 7,955,595.34 ≠ 5,726,351.40 + 570,500.00 + 1,658,707.94 = 7,955,559.34');
  });

  it('does not read a named row beside the grand total as a total of the classes', () => {
    const m = emptyModel();
    m.tables = [table('expenditure', '部门支出总表', EXP_COLS, [...EXP_ROWS, { name: '其中：基本支出合计', values: ['5,215,620.22', '5,215,620.22', '0.00'], total: true }], '元')];
    expect(check(rule, m)).toEqual([]);
  });
});

describe('column-total on detail tables of other keys', () => {
  const COLS: [string, ColumnRole][] = [['预算金额', 'budget']];
  it('checks 合计 = Σ coded rows of a 部门预算明细表 (codes repeated, 款 subtotals without codes)', () => {
    const m = emptyModel();
    m.tables = [table('other', '部门预算明细表', COLS, DETAIL_ROWS, '元')];
    expect(check(rule, m)).toEqual([]);
    m.tables = [table('other', '部门预算明细表', COLS, withValues(DETAIL_ROWS, { 合计: '1,360.00' }), '元')];
    const f = errors(check(rule, m));
    expect(f.map((x) => x.message)).toEqual(['部门预算明细表“合计”行不等于各科目之和：“预算金额”列 1,360.00 ≠ 1,000.00 + 200.00 + 100.00 + 50.00 = 1,350.00']);
  });
  it('leaves alone other tables without function codes, and columns that do not add up', () => {
    const m = emptyModel();
    m.tables = [
      table('other', '政府购买服务明细表', COLS, [{ name: '合计', values: ['10.00'], total: true }, { name: '某服务', values: ['9.00'] }], '元'),
      table('other', '资产明细表', [['单价', 'amount']], withValues(DETAIL_ROWS, { 合计: '1,360.00' }), '元'),
    ];
    expect(check(rule, m)).toEqual([]);
  });
  it('leaves alone a detail table with an uncoded item row that the sum of coded rows would leave out', () => {
    const m = emptyModel();
    const rows = [...withValues(DETAIL_ROWS, { 合计: '1,360.00' }), { name: '某未列编码的项目', values: ['10.00'] }];
    m.tables = [table('other', '部门预算明细表', COLS, rows, '元')];
    expect(check(rule, m)).toEqual([]);
  });
});
