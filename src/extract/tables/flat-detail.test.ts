import { describe, expect, it } from 'vitest';
import { byCode, tableOf, tablesOfText, vals } from './testing.js';

/** A 部门预算明细表 as PDF text extraction flattens it: one cell per line, names wrapped anywhere. */
const HEADER = ['表 7', '', '2020 年部门预算明细表', '', '   单位：元', '', '功能分', '类代码', '功能分类名称', '政府', '经济', '分类', '代码', '部门经济', '分类名称', '项目名称 预算金额', ''];

describe('flattened detail tables with one amount column', () => {
  const text = [
    ...HEADER,
    '        合计           1,350.00 ',
    '  政府办公厅',
    '（室）及相关',
    '机构事务 ',
    '          1,300.00 ',
    '2010301     行政运行 50101 ',
    '工资奖金',
    '津贴补贴 ',
    '30101 基本工资 ',
    '人员支出_基',
    '本工资 ',
    '1,000.00 ',
    '2010301     行政运行 50299 其他商品 30299 其他商品 日常公用支出 200.00 ',
    ' 和服务支',
    '出 ',
    '和服务支',
    '出 ',
    '2010399 ',
    '    其他政府',
    '办公厅（室）',
    '及相关机构事',
    '务支出 ',
    '50299 ',
    '其他商品',
    '和服务支',
    '出 ',
    '30299 ',
    '外事工作经费 100.00 ',
    '  住房改革支',
    '出 ',
    '          50.00 ',
    '2210201 ',
    '    住房公积',
    '金 ',
    '50103 ',
    '住房公积',
    '金 ',
    '30113 ',
    '住房公积金 50.00 ',
  ].join('\n');
  const t = tableOf(tablesOfText(text), 'other');

  it('delimits rows by their figure and reads every row', () => {
    expect(t?.columns.map((c) => c.name)).toEqual(['预算金额']);
    expect(t?.rows.map((r) => [r.code ?? r.name, vals(r)?.[0]])).toEqual([
      ['合计', '1350'],
      ['政府办公厅（室）及相关机构事务', '1300'],
      ['2010301', '1000'],
      ['2010301', '200'],
      ['2010399', '100'],
      ['住房改革支出', '50'],
      ['2210201', '50'],
    ]);
    expect(t?.rows[0].isTotal).toBe(true);
  });

  it('names a coded row by its function classification, whatever wraps before it', () => {
    const rows = t?.rows.filter((r) => r.code === '2010399');
    expect(rows?.[0].name).toBe('其他政府办公厅（室）及相关机构事务支出');
    expect(rows?.[0].codes?.map((c) => [c.code, c.name])).toEqual([
      ['2010399', '其他政府办公厅（室）及相关机构事务支出'],
      ['50299', '其他商品和服务支出'],
      ['30299', undefined], // its name runs into the project name: not split by guess
    ]);
    expect(byCode(t?.rows, '2210201')?.name).toBe('住房公积金');
    expect(byCode(t?.rows, '2210201')?.values[0]?.raw).toBe('50.00');
    expect(byCode(t?.rows, '2210201')?.values[0]?.unit).toBe('元');
  });

  it('reads no rows when a whole number could be an amount or part of a name', () => {
    const amb = [...HEADER, '        合计           1,000 ', '2010301     行政运行 50101 工资 30101 基本工资 人员支出 1000 '].join('\n');
    expect(tableOf(tablesOfText(amb), 'other')?.rows).toEqual([]);
  });

  it('reads no rows when a run of figures does not fill the columns', () => {
    const two = [...HEADER.slice(0, -2), '项目名称 预算金额 上年预算金额', '', '2010301     行政运行 50101 工资 30101 基本工资 人员支出 1,000.00 ', '2010302     一般行政管理事务 50201 办公 30201 办公费 某项目 2,000.00 1,500.00 '].join('\n');
    const t2 = tableOf(tablesOfText(two), 'other');
    expect(t2?.rows).toEqual([]);
  });
});
