import { describe, expect, it } from 'vitest';
import { rule } from './cross-table-figure.js';
import { amt, check, emptyModel, errors, row, table, twoSidedTable } from '../testing.js';
import { EXP_COLS, EXP_ROWS } from '../table-arithmetic/fixtures.js';

const revenue = (v: string) =>
  table('revenue', '表2 部门收入总表', [['合计', 'total'], ['一般公共预算拨款收入', 'general_budget']], [
    { code: '2010301', name: '行政运行', values: [v, v] },
    { code: '2010302', name: '一般行政管理事务', values: ['69,439.12', '69,439.12'] },
  ], '元');

describe('cross-table-figure', () => {
  it('passes equal figures for the same code', () => {
    const m = emptyModel({ kind: 'budget' });
    m.tables = [revenue('3,556,912.28'), table('expenditure', '表3 部门支出总表', EXP_COLS, EXP_ROWS, '元')];
    expect(errors(check(rule, m))).toEqual([]);
  });
  it('reports a code whose figure differs between revenue and expenditure tables of a budget', () => {
    const m = emptyModel({ kind: 'budget' });
    m.tables = [revenue('3,573,232.28'), table('expenditure', '表3 部门支出总表', EXP_COLS, EXP_ROWS, '元')];
    const f = errors(check(rule, m));
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('2010301 行政运行在表2 部门收入总表（合计）为 3,573,232.28，在表3 部门支出总表（合计）为 3,556,912.28');
  });
  it('does not compare revenue and expenditure of final accounts', () => {
    const m = emptyModel({ kind: 'final' });
    m.tables = [revenue('3,573,232.28'), table('expenditure', '表3 部门支出总表', EXP_COLS, EXP_ROWS, '元')];
    expect(errors(check(rule, m))).toEqual([]);
  });
  it('tolerates differences within the printed precision', () => {
    const m = emptyModel({ kind: 'final' });
    const gb = table('general_budget', '一般公共预算财政拨款支出决算表', [['合计', 'total']], [{ code: '208', name: '社会保障和就业支出', values: ['326.72'] }]);
    const fs = table('fiscal_summary', '财政拨款收入支出决算总表', [['决算数', 'total']], [{ name: '本年收入合计', values: ['2,940.05'] }]);
    fs.rightColumns = [{ index: 0, name: '合计', role: 'total' }, { index: 1, name: '一般公共预算财政拨款', role: 'general_budget' }];
    fs.rightRows = [row({ name: '社会保障和就业支出', values: ['326.71', '326.71'] })];
    expect(amt('326.71').value.toString()).toBe('326.71');
    m.tables = [gb, fs];
    expect(errors(check(rule, m))).toEqual([]);
  });
});

describe('cross-table-figure reads both sides of a two-sided table', () => {
  // a revenue table printed in two halves side by side: the second half's codes are read too
  const halves = (v: string) =>
    twoSidedTable(
      'revenue',
      '表2 部门收入总表',
      { columns: [['合计', 'total']], rows: [{ code: '2010301', name: '行政运行', values: ['3,556,912.28'] }] },
      { columns: [['合计', 'total']], rows: [{ code: '2010302', name: '一般行政管理事务', values: [v] }] },
      '元',
    );
  it('passes equal figures on the right side', () => {
    const m = emptyModel({ kind: 'budget' });
    m.tables = [halves('69,439.12'), table('expenditure', '表3 部门支出总表', EXP_COLS, EXP_ROWS, '元')];
    expect(errors(check(rule, m))).toEqual([]);
  });
  it('reports a right-side figure that differs', () => {
    const m = emptyModel({ kind: 'budget' });
    m.tables = [halves('69,493.12'), table('expenditure', '表3 部门支出总表', EXP_COLS, EXP_ROWS, '元')];
    expect(errors(check(rule, m)).map((f) => f.message)).toEqual(['2010302 一般行政管理事务在表2 部门收入总表（合计）为 69,493.12，在表3 部门支出总表（合计）为 69,439.12']);
  });
});

describe('cross-table-figure compares like with like', () => {
  const gb = (v: string) => table('general_budget', '一般公共预算支出表', [['合计', 'total']], [{ code: '212', name: '城乡社区支出', values: [v] }, { code: '204', name: '公共安全支出', values: ['1,000.00'] }]);
  const fs = (fund: string) => {
    const t = table('fiscal_summary', '财政拨款收支总表', [['预算数', 'total']], [
      { name: '一般公共预算', values: ['1,100.00'] },
      { name: '政府性基金预算', values: [fund] },
    ]);
    t.rightColumns = [{ index: 0, name: '预算数', role: 'total' }];
    t.rightRows = [row({ name: '城乡社区支出', values: ['300.00'] }), row({ name: '公共安全支出', values: ['1,000.00'] })];
    return t;
  };
  it('does not compare the general budget with an all-funds column when the summary lists 政府性基金 money', () => {
    const m = emptyModel({ kind: 'budget' });
    m.tables = [gb('100.00'), fs('200.00')];
    expect(errors(check(rule, m))).toEqual([]);
  });
  it('compares them when the summary lists general budget money only', () => {
    const m = emptyModel({ kind: 'budget' });
    m.tables = [gb('100.00'), fs('')];
    expect(errors(check(rule, m))).toHaveLength(1);
  });
  it('reports a figure cut short (fewer decimals than its table) as a warning only', () => {
    const m = emptyModel({ kind: 'budget' });
    const g = gb('300.00');
    g.rows[1] = row({ code: '204', name: '公共安全支出', values: ['1,000.1'] });
    g.rows.push(row({ code: '205', name: '教育支出', values: ['10.00'] }));
    m.tables = [g, fs('')];
    const f = check(rule, m);
    expect(errors(f)).toEqual([]);
    expect(f.filter((x) => x.severity === 'warning')).toHaveLength(1);
  });
});
