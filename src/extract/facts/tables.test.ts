import { describe, expect, it } from 'vitest';
import type { Column, ColumnRole, Row, Table, TableKey } from '../../model/types.js';
import { makeAmount } from '../../model/amount.js';
import { factsFromTables, procurementFromTables } from './tables.js';

// Tables built by hand: each test names the layout it stands for (no document text).
const src = { file: 't', line: 1 };
const row = (name: string, vals: (string | null)[], isTotal = false): Row => ({
  name,
  isTotal,
  values: vals.map((v) => (v === null ? null : makeAmount(v, '万元', src))),
  source: src,
});
const cols = (...names: [string, ColumnRole][]): Column[] => names.map(([name, role], index) => ({ index, name, role }));
const table = (key: TableKey, columns: Column[], rows: Row[], right?: { columns: Column[]; rows: Row[] }): Table => ({
  key,
  title: key,
  unit: '万元',
  source: src,
  columns,
  rows,
  rightColumns: right?.columns,
  rightRows: right?.rows,
});
const v = (f: { value: { toString(): string } } | undefined) => f?.value.toString();
const one = cols(['预算数', 'amount']);

describe('facts from the tables', () => {
  it('takes the 合计 row of a side as its grand total when there is no 总计 and no carry-over after it', () => {
    const t = table('summary', one, [row('本年收入合计', ['80'], true), row('上年结转结余', ['20']), row('收入合计', ['100'])], {
      columns: one,
      rows: [row('合计', ['100'], true), row('一般公共服务支出', ['100'])],
    });
    const f = factsFromTables([t], 'budget', 2026);
    expect(v(f.total_revenue)).toBe('100');
    expect(v(f.total_expenditure)).toBe('100');
    expect(v(f.current_revenue)).toBe('80');
  });
  it('never takes a 合计 followed by a carry-over line for the grand total', () => {
    const t = table('summary', one, [row('合计', ['80'], true), row('上年结转', ['20'])], { columns: one, rows: [] });
    expect(factsFromTables([t], 'budget', 2026).total_revenue).toBeUndefined();
  });
  it('takes a 收入总计 printed blank from the revenue table, only when it equals the 支出总计', () => {
    const summary = (exp: string) =>
      table('summary', one, [row('财政拨款收入', ['100.43']), row('收入总计', [null], true)], {
        columns: one,
        rows: [row('一般公共服务支出', [exp]), row('支出总计', [exp], true)],
      });
    const revenue = table('revenue', cols(['合计', 'total'], ['财政拨款', 'amount']), [row('合计', ['100.43', '100.43'], true)]);
    expect(v(factsFromTables([summary('100.43'), revenue], 'budget', 2026).total_revenue)).toBe('100.43');
    expect(factsFromTables([summary('120.00'), revenue], 'budget', 2026).total_revenue).toBeUndefined();
    expect(factsFromTables([summary('100.43')], 'budget', 2026).total_revenue).toBeUndefined();
  });
  it('reads no fund figure from a revenue side that holds expenditure lines (a misread two-sided table)', () => {
    const t = table('fiscal_summary', one, [
      row('一般公共预算', ['7.00']),
      row('一般公共服务支出', ['0.00']),
      row('政府性基金预算', ['0.00']),
      row('科学技术支出', ['50.00']),
      row('本年收入合计', ['57.00'], true),
    ]);
    const f = factsFromTables([t], 'budget', 2026);
    expect(f.general_budget_appropriation).toBeUndefined();
    expect(v(f.fiscal_appropriation_revenue)).toBe('57');
  });
  it('gives a blank 一般公共预算 line as 0 when the other fund lines make the total', () => {
    const t = table('fiscal_summary', one, [row('一般公共预算', [null]), row('政府性基金预算', ['30']), row('国有资本经营预算', [null]), row('收入总计', ['30'], true)]);
    const f = factsFromTables([t], 'budget', 2026);
    expect(v(f.general_budget_appropriation)).toBe('0');
    expect(v(f.fiscal_appropriation_revenue)).toBe('30');
  });
  it('takes 基本支出 / 项目支出 from the all-funds table only, never a 栏次 row, and adds 基本支出 printed as its parts', () => {
    const exp = table('expenditure', cols(['总计', 'total'], ['基本支出/人员支出', 'personnel'], ['基本支出/日常公用支出', 'public'], ['项目支出', 'project']), [
      row('', ['1', '2', '3', '4'], true),
      row('合计', ['100.00', '50.00', '10.00', '40.00'], true),
    ]);
    const gen = table('general_budget', cols(['合计', 'total'], ['基本支出', 'basic'], ['项目支出', 'project']), [row('合计', ['70', '45', '25'], true)]);
    const f = factsFromTables([gen, exp], 'budget', 2026);
    expect(v(f.basic_expenditure)).toBe('60');
    expect(v(f.project_expenditure)).toBe('40');
    expect(factsFromTables([gen], 'budget', 2026).project_expenditure).toBeUndefined();
  });
  it('maps a 小计 before the vehicle columns and a merged vehicle heading, and reads the current-year block', () => {
    const names: [string, ColumnRole][] = [
      ['合计', 'amount'],
      ['因公出国（境）费', 'amount'],
      ['小计', 'amount'],
      ['公务用车购置及运行费公务用车购置费', 'amount'],
      ['公务用车运行费', 'amount'],
      ['公务接待费', 'amount'],
    ];
    const single = table('three_public', cols(...names), [row('', ['10.00', '3.00', '5.00', null, '5.00', '2.00'], true)]);
    const f = factsFromTables([single], 'budget', 2026);
    expect(v(f.three_public_vehicle)).toBe('5');
    expect(v(f.three_public_vehicle_purchase)).toBe('0');
    expect(v(f.three_public_vehicle_operation)).toBe('5');
    const dated = names.map(([n, r], i): [string, ColumnRole] => [i === 2 ? `2025年预算数/${n}` : n, r]);
    const twoYears = table('three_public', cols(...dated, ...names.map(([n, r], i): [string, ColumnRole] => [i === 2 ? `2026年预算数/${n}` : n, r])), [
      row('', ['12.00', '4.00', '6.00', '1.00', '5.00', '2.00', '10.00', '3.00', '5.00', null, '5.00', '2.00'], true),
    ]);
    const g = factsFromTables([twoYears], 'budget', 2026);
    expect(v(g.three_public_total)).toBe('10');
    expect(v(g.three_public_vehicle)).toBe('5');
    expect(v(g.three_public_outbound)).toBe('3');
  });
  it('keeps the vehicle figure but not its parts when only the parts do not add up', () => {
    const t = table(
      'three_public',
      cols(['合计', 'amount'], ['因公出国（境）费', 'amount'], ['小计', 'amount'], ['公务用车购置费', 'amount'], ['公务用车运行费', 'amount'], ['公务接待费', 'amount']),
      [row('', ['10.00', '3.00', '5.00', null, '2', '2.00'], true)],
    );
    const f = factsFromTables([t], 'budget', 2026);
    expect(v(f.three_public_vehicle)).toBe('5');
    expect(f.three_public_vehicle_operation).toBeUndefined();
  });
  it('reads the procurement total from the largest total row', () => {
    const t = table('procurement', cols(['金额', 'amount']), [row('货物', ['1.5']), row('合计', ['2.5'], true), row('', ['4.0'], true)]);
    expect(v(procurementFromTables([t]))).toBe('4');
  });
});
