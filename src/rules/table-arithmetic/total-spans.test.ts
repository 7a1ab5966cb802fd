import { describe, expect, it } from 'vitest';
import { sectionTotals, totalSpans } from './total-spans.js';
import { table, twoSidedTable, type RowSpec } from '../testing.js';
import { BASIC_LEFT, BASIC_RIGHT } from './fixtures.js';
import { allSides } from '../tables.js';
import type { Table } from '../../model/types.js';

const COL: [string, 'final'][] = [['决算数', 'final']];
const spans = (t: Table, side = 0) => totalSpans(t, allSides(t)[side].rows).map((s) => [s.total.name, s.kind, s.parts.map((p) => p.code).join('+')]);
const one = (rows: RowSpec[]) => table('basic', '基本支出表', COL, rows);

const S301: RowSpec[] = [{ code: '301', name: '工资福利支出', values: ['10.00'] }, { code: '30101', name: '基本工资', values: ['10.00'] }];
const S303: RowSpec[] = [{ code: '303', name: '对个人和家庭的补助', values: ['2.00'] }];
const S302: RowSpec[] = [{ code: '302', name: '商品和服务支出', values: ['3.00'] }, { code: '30201', name: '办公费', values: ['3.00'] }];
const S310: RowSpec[] = [{ code: '310', name: '资本性支出', values: ['1.00'] }];
const PERS: RowSpec = { name: '人员经费合计', values: ['12.00'], total: true };
const PUB: RowSpec = { name: '公用经费合计', values: ['4.00'], total: true };

describe('totalSpans', () => {
  it('reads each side of a two-sided basic table: 人员经费合计 = 301 + 303, 公用经费合计 = 302 + 310', () => {
    const t = twoSidedTable('basic', '基本支出表', { columns: COL, rows: BASIC_LEFT }, { columns: COL, rows: BASIC_RIGHT });
    expect(spans(t, 0)).toEqual([['人员经费合计', 'section', '301+303']]);
    expect(spans(t, 1)).toEqual([['公用经费合计', 'section', '302+310']]);
    expect(sectionTotals(t, allSides(t))?.map((x) => [x.row.name, x.side])).toEqual([['人员经费合计', 0], ['公用经费合计', 1]]);
  });

  it('reads section totals printed after their sections, and the grand total over all classes', () => {
    const t = one([...S301, ...S303, PERS, ...S302, ...S310, PUB, { name: '合计', values: ['16.00'], total: true }]);
    expect(spans(t)).toEqual([
      ['人员经费合计', 'section', '301+303'],
      ['公用经费合计', 'section', '302+310'],
      ['合计', 'plain', '301+303+302+310'],
    ]);
  });

  it('reads section totals printed before their sections (not the section above)', () => {
    const t = one([PERS, ...S301, ...S303, PUB, ...S302, ...S310]);
    expect(spans(t)).toEqual([
      ['人员经费合计', 'section', '301+303'],
      ['公用经费合计', 'section', '302+310'],
    ]);
  });

  it('does not read a section total whose section holds classes of another part', () => {
    expect(spans(one([...S301, ...S302, PERS]))).toEqual([]);
    expect(spans(one([...S302, ...S310, { ...PERS, name: '公用经费合计' }, ...S301, PERS]))).toEqual([
      ['公用经费合计', 'section', '302+310'],
      ['人员经费合计', 'section', '301'],
    ]);
  });

  it('does not read a named row the extraction did not mark as a total', () => {
    expect(spans(one([...S301, ...S303, { name: '人员经费合计', values: ['12.00'] }]))).toEqual([]);
  });

  it('does not read a section holding an uncoded row with figures or orphan items', () => {
    expect(spans(one([...S301, { name: '其他', values: ['1.00'] }, ...S303, PERS]))).toEqual([]);
    expect(spans(one([{ code: '30101', name: '基本工资', values: ['10.00'] }, ...S303, { code: '30301', name: '离休费', values: ['2.00'] }, PERS]))).toEqual([]);
  });

  it('reads another named total only as the one total of its side, outside the coded rows', () => {
    const fn: RowSpec[] = [
      { code: '201', name: '一般公共服务支出', values: ['5.00'] },
      { code: '20103', name: '政府办公厅（室）及相关机构事务', values: ['5.00'] },
      { code: '208', name: '社会保障和就业支出', values: ['1.00'] },
    ];
    const exp = (rows: RowSpec[]) => table('expenditure', '支出表', [['合计', 'total']], rows);
    const NAMED: RowSpec = { name: '本年支出合计', values: ['6.00'], total: true };
    expect(spans(exp([...fn, NAMED]))).toEqual([['本年支出合计', 'named', '201+208']]);
    expect(spans(exp([NAMED, ...fn]))).toEqual([['本年支出合计', 'named', '201+208']]);
    // beside a plain total, between coded rows, or with an uncoded row holding figures: not read
    expect(spans(exp([{ name: '合计', values: ['6.00'], total: true }, ...fn, NAMED]))).toEqual([['合计', 'plain', '201+208']]);
    expect(spans(exp([fn[0], fn[1], NAMED, fn[2]]))).toEqual([]);
    expect(spans(exp([...fn, { name: '上缴上级支出', values: ['1.00'] }, NAMED]))).toEqual([]);
    // carry-over lines are never the total of the classes
    expect(spans(exp([...fn, { name: '年末结转和结余合计', values: ['6.00'], total: true }]))).toEqual([]);
  });

  it('reads a 小计 among other totals as the total of its section only', () => {
    const sub: RowSpec = { name: '小计', values: ['12.00'], total: true };
    const t = one([...S301, ...S303, sub, ...S302, ...S310, { ...sub, values: ['4.00'] }, { name: '合计', values: ['16.00'], total: true }]);
    expect(spans(t)).toEqual([
      ['小计', 'section', '301+303'],
      ['小计', 'section', '302+310'],
      ['合计', 'plain', '301+303+302+310'],
    ]);
  });

  it('returns no section totals when they do not cover every class', () => {
    const t = twoSidedTable('basic', '基本支出表', { columns: COL, rows: [...S301, ...S303, PERS] }, { columns: COL, rows: [...S302, ...S310] });
    expect(sectionTotals(t, allSides(t))).toBeUndefined();
  });
});
