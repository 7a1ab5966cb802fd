import { describe, expect, it } from 'vitest';
import { rule } from './narrative-basic-vs-table.js';
import { check, errors, modelFromText, table, twoSidedTable } from '../testing.js';

/** All funds: 基本支出 120 (the general budget's 100 plus 20 of other funds). */
function tables(allFundsBasic = '120.00') {
  return [
    table('expenditure', '部门支出总体情况表', [['合计', 'total'], ['基本支出', 'basic'], ['项目支出', 'project']], [
      { name: '合计', values: ['300.00', allFundsBasic, '180.00'], total: true },
    ]),
    table('general_budget', '一般公共预算财政拨款支出表', [['合计', 'total'], ['基本支出', 'basic'], ['项目支出', 'project']], [
      { name: '合计', values: ['200.00', '100.00', '100.00'], total: true },
    ]),
    twoSidedTable(
      'basic',
      '一般公共预算财政拨款基本支出表',
      { columns: [['合计', 'total']], rows: [{ name: '人员经费', values: ['80.00'] }] },
      { columns: [['合计', 'total']], rows: [{ name: '公用经费', values: ['20.00'] }, { name: '合计', values: ['100.00'], total: true }] },
    ),
  ];
}

const cases: { name: string; text: string; allFundsBasic?: string; stated: string[] }[] = [
  { name: 'general-budget figures equal to the table', text: '一般公共预算财政拨款支出 200.00 万元。其中：基本支出 100.00 万元，人员经费 80.00 万元，公用经费 20.00 万元。', stated: [] },
  { name: 'a general-budget 基本支出 that differs', text: '一般公共预算财政拨款支出 200.00 万元。其中：基本支出 110.00 万元。', stated: ['110.00万元'] },
  { name: 'an all-funds 基本支出 (another scope: not compared)', text: '支出预算 300.00 万元，其中：基本支出 120.00 万元。', stated: [] },
  { name: 'unscoped 人员经费 when other funds change 基本支出 (not compared)', text: '人员经费 95.00 万元。', stated: [] },
  { name: 'unscoped 人员经费 that differs when the scopes coincide', text: '人员经费 95.00 万元。', allFundsBasic: '100.00', stated: ['95.00万元'] },
  { name: 'a general-budget 公用经费 that differs', text: '一般公共预算基本支出中，公用经费 25.00 万元。', stated: ['25.00万元'] },
];

describe('narrative-basic-vs-table', () => {
  for (const c of cases) {
    it(`${c.stated.length ? 'reports' : 'passes'} ${c.name}`, () => {
      const m = modelFromText(c.text, { kind: 'budget', year: 2026 });
      m.tables = tables(c.allFundsBasic);
      const got = check(rule, m);
      if (process.env.DBG) console.log(m.mentions.map((x) => [x.subject, x.scope]), got);
      expect(errors(got).map((f) => f.stated)).toEqual(c.stated);
    });
  }
});

describe('narrative-basic-vs-table: unreliable cells', () => {
  it('ignores a column-number row (1 2 3) read as the total', () => {
    const m = modelFromText('2026年一般公共预算基本支出 100.00 万元。', { kind: 'budget', year: 2026 });
    m.tables = [table('basic', '一般公共预算基本支出表', [['合计', 'total'], ['人员经费', 'personnel'], ['公用经费', 'public']], [{ name: '合计', values: ['1', '2', '3'], total: true }])];
    expect(errors(check(rule, m))).toEqual([]);
  });
});

describe('narrative-basic-vs-table: shifted names', () => {
  it('does not read a table whose column-number row carries a name (names shifted against figures)', () => {
    const m = modelFromText('2026年一般公共预算基本支出 100.00 万元。', { kind: 'budget', year: 2026 });
    m.tables = [
      table('basic', '一般公共预算基本支出表', [['合计', 'total'], ['人员经费', 'personnel'], ['公用经费', 'public']], [
        { name: '合计', values: ['1', '2', '3'], total: true },
        { name: '工资福利支出', values: ['100.00', '80.00', '20.00'] },
        { name: '', values: ['7.00', null, '7.00'], total: true },
      ]),
    ];
    expect(errors(check(rule, m))).toEqual([]);
  });
});
