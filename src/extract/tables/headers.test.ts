import { describe, expect, it } from 'vitest';
import { aligned, tableOf, tablesOfText, vals } from './testing.js';

describe('headers of 收入支出决算表-style one-sided tables', () => {
  const head = [
    aligned(['政府性基金预算财政拨款收入支出决算表', 20]),
    aligned(['单位：万元', 96]),
    aligned(['项目', 16]),
    aligned(['年初结转和结余', 36], ['本年收入', 54], ['本年支出', 72], ['年末结转和结余', 92]),
    aligned(['功能分类科目编码', 0], ['科目名称', 18], ['合计', 64], ['基本支出', 74], ['项目支出', 84]),
  ];

  it('reads 本年收入 clear of the label columns as an amount column', () => {
    const text = [
      ...head,
      aligned(['229', 0], ['其他支出', 18], ['1.00', 50, 'r'], ['5.00', 62, 'r'], ['4.00', 70, 'r'], ['4.00', 80, 'r'], ['', 90, 'r'], ['2.00', 104, 'r']),
      aligned(['合计', 16], ['1.00', 50, 'r'], ['5.00', 62, 'r'], ['4.00', 70, 'r'], ['4.00', 80, 'r'], ['2.00', 104, 'r']),
    ].join('\n');
    const t = tableOf(tablesOfText(text), 'gov_fund');
    expect(t?.columns.map((c) => c.name)).toEqual(['年初结转和结余', '本年收入', '本年支出/合计', '本年支出/基本支出', '本年支出/项目支出', '年末结转和结余']);
    expect(t?.columns.map((c) => c.role)).toEqual(['carryover', 'amount', 'total', 'basic', 'project', 'amount']);
    expect(vals(t?.rows.find((r) => r.code === '229'))).toEqual(['1', '5', '4', '4', null, '2']);
  });

  it('takes a 合计 printed under the label columns on a header line as the total row, not a column', () => {
    const text = [
      ...head.slice(0, 4),
      aligned(['功能分类科目编码', 0], ['科目名称', 18]),
      aligned(['合计', 16], ['合计', 64], ['基本支出', 74], ['项目支出', 84]),
      '注：本部门本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。',
    ].join('\n');
    const t = tableOf(tablesOfText(text), 'gov_fund');
    expect(t?.columns.map((c) => c.role)).toEqual(['carryover', 'amount', 'total', 'basic', 'project', 'amount']);
    expect(t?.rows.map((r) => [r.name, r.isTotal, vals(r)?.every((v) => v === null)])).toEqual([['合计', true, true]]);
  });
});
