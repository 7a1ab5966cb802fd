/**
 * Figures of space-aligned text placed under their columns when a line's spacing shifts (a page
 * printed with another offset, a long name pushing the figures): right edges of right-aligned
 * figures, the header columns' ranges, and the shift of the whole run of figures.
 */
import { describe, expect, it } from 'vitest';
import { aligned, byCode, tableOf, tablesOfText, vals, type Cell } from './testing.js';

/** A row: code at 1, name at 13, figures right-aligned at the given right edges (blank = omitted). */
function row(code: string, name: string, figs: (string | undefined)[], edges: number[], codeAt = 1, nameAt = 13): string {
  const cells: Cell[] = [
    [code, codeAt],
    [name, nameAt],
  ];
  figs.forEach((f, i) => f && cells.push([f, edges[i], 'r']));
  return aligned(...cells);
}

describe('basic table: 公用经费 figures stay under 公用经费 when a line shifts', () => {
  const E = [60, 78, 96];
  const S = [47, 65, 83]; // the same columns printed 13 columns to the left
  const text = [
    aligned(['2025年部门一般公共预算基本支出部门预算经济分类预算表', 8]),
    aligned(['编制部门：某某区某局', 0], ['单位：元', 90]),
    aligned(['一般公共预算基本支出', 62]),
    aligned(['部门预算经济分类科目编码', 0], ['经济分类科目名称', 28], ['合计', 56], ['人员经费', 71], ['公用经费', 89]),
    row('301', '工资福利支出', ['1,000.00', '1,000.00'], E),
    row('301  01', '基本工资', ['1,000.00', '1,000.00'], E),
    row('302', '商品和服务支出', ['600.00', undefined, '600.00'], E),
    row('302  01', '办公费', ['100.00', undefined, '100.00'], E),
    '\f' + row('302  04', '手续费', ['200.00', undefined, '200.00'], S, 0, 11),
    row('302  07', '邮电费', ['300.00', undefined, '300.00'], S, 0, 11),
    row('303', '对个人和家庭的补助', ['50.00', '50.00'], S, 0, 11),
    aligned(['合计', 13], ['1,650.00', S[0], 'r'], ['1,050.00', S[1], 'r'], ['600.00', S[2], 'r']),
  ].join('\n');
  const t = tableOf(tablesOfText(text), 'basic');

  it('reads the columns', () => {
    expect(t?.columns.map((c) => c.role)).toEqual(['total', 'personnel', 'public']);
  });

  it('keeps each 302 row’s figure under 公用经费 on the shifted page', () => {
    expect(vals(byCode(t?.rows, '30201'))).toEqual(['100', null, '100']);
    expect(vals(byCode(t?.rows, '30204'))).toEqual(['200', null, '200']);
    expect(vals(byCode(t?.rows, '30207'))).toEqual(['300', null, '300']);
    expect(vals(byCode(t?.rows, '303'))).toEqual(['50', '50', null]);
    expect(vals(t?.rows.find((r) => r.isTotal))).toEqual(['1650', '1050', '600']);
  });
});

describe('function table: a row with 合计 and 基本支出 only, shifted right', () => {
  const E = [50, 62, 74];
  const text = [
    aligned(['一般公共预算财政拨款支出决算表', 10]),
    aligned(['单位：万元', 66]),
    aligned(['科目编码', 0], ['科目名称', 18], ['合计', 46], ['基本支出', 54], ['项目支出', 66]),
    row('201', '一般公共服务支出', ['30.00', '20.00', '10.00'], E),
    row('201  06  01', '行政运行', ['30.00', '20.00', '10.00'], E),
    row('208', '社会保障和就业支出', ['5.72', '5.72'], [E[0] + 3, E[1] + 3]),
    row('208  05  01', '行政单位离退休', ['5.72', '5.72'], E),
    aligned(['合计', 13], ['35.72', E[0], 'r'], ['25.72', E[1], 'r'], ['10.00', E[2], 'r']),
  ].join('\n');
  const t = tableOf(tablesOfText(text), 'general_budget');

  it('puts the second figure under 基本支出, not 项目支出', () => {
    expect(vals(byCode(t?.rows, '208'))).toEqual(['5.72', '5.72', null]);
    expect(vals(byCode(t?.rows, '2080501'))).toEqual(['5.72', '5.72', null]);
    expect(vals(byCode(t?.rows, '2010601'))).toEqual(['30', '20', '10']);
  });
});
