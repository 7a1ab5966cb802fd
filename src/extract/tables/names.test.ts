import { describe, expect, it } from 'vitest';
import { aligned, byCode, tableOf, tablesOfText, vals } from './testing.js';

describe('row names next to unit and project columns', () => {
  it('names a row by its classification when a unit column stands before a code-name cell', () => {
    const text = [
      '表六：',
      '一般公共预算支出情况表',
      '金额单位：万元',
      '单位名称\t功能分类科目\t本年预算数\t\t',
      '\t\t合计\t基本支出\t项目支出',
      '100001-某市某区某办公室（本级）\t2010301-行政运行\t10.500000\t10.500000\t',
      '100001-某市某区某办公室（本级）\t2010302-一般行政管理事务\t2.000000\t\t2.000000',
      '\t合 计\t12.500000\t10.500000\t2.000000',
    ].join('\n');
    const t = tableOf(tablesOfText(text), 'general_budget');
    expect(byCode(t?.rows, '2010301')?.name).toBe('行政运行');
    expect(byCode(t?.rows, '2010302')?.name).toBe('一般行政管理事务');
    expect(vals(byCode(t?.rows, '2010302'))).toEqual(['2', null, '2']);
  });

  it('names it so with the code and name in columns of their own', () => {
    const text = [
      '一般公共预算支出情况表',
      '金额单位：万元',
      '单位名称\t科目编码\t科目名称\t合计\t基本支出\t项目支出',
      '100001-某市某区某办公室（本级）\t2080501\t行政单位离退休\t3.000000\t3.000000\t',
      '\t\t合 计\t3.000000\t3.000000\t',
    ].join('\n');
    const t = tableOf(tablesOfText(text), 'general_budget');
    expect(byCode(t?.rows, '2080501')?.name).toBe('行政单位离退休');
  });

  it('keeps the project name in project tables', () => {
    const text = [
      '项目支出表',
      '金额单位：万元',
      '项目单位\t项目名称\t支出功能分类科目\t合计\t一般公共预算',
      '100001-某市某区某办公室（本级）\t会议保障经费\t2010399-其他政府办公厅（室）及相关机构事务支出\t5.000000\t5.000000',
      '\t合计\t\t5.000000\t5.000000',
    ].join('\n');
    const t = tableOf(tablesOfText(text), 'projects');
    expect(byCode(t?.rows, '2010399')?.name).toBe('会议保障经费');
  });
});

describe('names wrapped around their code line', () => {
  const text = [
    aligned(['一般公共预算财政拨款基本支出决算表', 10]),
    aligned(['单位：万元', 50]),
    aligned(['经济分类科目编码', 0], ['科目名称', 16], ['决算数', 56, 'r']),
    aligned(['301', 0], ['工资福利支出', 9], ['30.00', 56, 'r']),
    aligned(['30107', 0], ['绩效工资', 9], ['10.00', 56, 'r']),
    aligned(['机关事业单位基本养老保', 8]),
    aligned(['30108', 0], ['20.00', 56, 'r']),
    aligned(['险缴费', 8]),
    aligned(['合计', 9], ['30.00', 56, 'r']),
  ].join('\n');
  const t = tableOf(tablesOfText(text), 'basic');

  it('gives the fragment printed above a code line without a name to that row', () => {
    expect(byCode(t?.rows, '30107')?.name).toBe('绩效工资');
    expect(byCode(t?.rows, '30108')?.name).toBe('机关事业单位基本养老保险缴费');
    expect(vals(byCode(t?.rows, '30108'))).toEqual(['20']);
  });

  it('still appends a fragment below a complete code line to its name', () => {
    const t2 = tableOf(
      tablesOfText(
        [
          aligned(['一般公共预算财政拨款基本支出决算表', 10]),
          aligned(['单位：万元', 50]),
          aligned(['经济分类科目编码', 0], ['科目名称', 16], ['决算数', 56, 'r']),
          aligned(['30108', 0], ['机关事业单位基本养老保', 9], ['20.00', 56, 'r']),
          aligned(['险缴费', 9]),
          aligned(['30109', 0], ['职业年金缴费', 9], ['10.00', 56, 'r']),
        ].join('\n'),
      ),
      'basic',
    );
    expect(byCode(t2?.rows, '30108')?.name).toBe('机关事业单位基本养老保险缴费');
    expect(byCode(t2?.rows, '30109')?.name).toBe('职业年金缴费');
  });
});
