import { describe, expect, it } from 'vitest';
import { rule } from './row-total.js';
import { check, emptyModel, errors, table, twoSidedTable } from '../testing.js';
import type { ColumnRole } from '../../model/types.js';
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

describe('row-total on the right side of a two-sided table', () => {
  const COLS: [string, ColumnRole][] = [['合计', 'total'], ['人员经费', 'personnel'], ['公用经费', 'public']];
  const model = (v: string) => {
    const m = emptyModel();
    m.tables = [
      twoSidedTable('basic', '基本支出表', { columns: COLS, rows: [{ code: '301', name: '工资福利支出', values: ['90.00', '90.00', null] }] }, { columns: COLS, rows: [{ code: '302', name: '商品和服务支出', values: [v, '5.00', '25.00'] }] }),
    ];
    return m;
  };
  it('passes right-side rows whose 合计 = 人员经费 + 公用经费', () => {
    expect(check(rule, model('30.00'))).toEqual([]);
  });
  it('reports a right-side row that does not add up, with the right side’s columns', () => {
    const f = errors(check(rule, model('31.00')));
    expect(f.map((x) => x.message)).toEqual(['基本支出表中 302 商品和服务支出 行内不符（合计 = 人员经费 + 公用经费）：31.00 ≠ 5.00 + 25.00 = 30.00']);
  });
});

describe('row-total with 小计 blocks (本年收入 / 上年结转结余)', () => {
  const cols: [string, ColumnRole][] = [
    ['合计', 'total'],
    ['小计', 'total'],
    ['一般公共预算', 'general_budget'],
    ['事业收入', 'amount'],
    ['小计', 'total'],
    ['一般公共预算', 'general_budget'],
    ['单位资金', 'amount'],
  ];
  const rev = (sub2: string) => table('revenue', '收入总表', cols, [{ name: '合计', values: ['120.00', '100.00', '90.00', '10.00', sub2, '15.00', '5.00'], total: true }]);
  it('adds each 小计 once, not with its details', () => {
    const m = emptyModel();
    m.tables = [rev('20.00')];
    expect(errors(check(rule, m))).toEqual([]);
  });
  it('reports a 小计 that is not the sum of its block', () => {
    const m = emptyModel();
    m.tables = [rev('25.00')];
    const f = errors(check(rule, m));
    expect(f.map((x) => x.message).join('\n')).toContain('25.00 ≠ 15.00 + 5.00 = 20.00');
  });
});

describe('row-total with a bare 小计 over the fund columns (its 财政拨款 group not read)', () => {
  const cols: [string, ColumnRole][] = [
    ['合计', 'total'],
    ['小计', 'total'],
    ['一般公共预算资金', 'general_budget'],
    ['政府性基金', 'gov_fund'],
    ['事业收入', 'amount'],
    ['上年结转', 'carryover'],
  ];
  const rev = (sub: string) => table('revenue', '收入总表', cols, [{ name: '合计', values: ['130.00', sub, '90.00', '10.00', '20.00', '10.00'], total: true }]);
  it('accepts 小计 = the fund columns after it', () => {
    const m = emptyModel();
    m.tables = [rev('100.00')];
    expect(errors(check(rule, m))).toEqual([]);
  });
  it('reports a 小计 that is neither its fund columns nor its whole block', () => {
    const m = emptyModel();
    m.tables = [rev('105.00')];
    expect(errors(check(rule, m)).map((x) => x.stated)).toContain('105.00');
  });
});
