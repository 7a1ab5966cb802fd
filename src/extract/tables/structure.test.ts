import { describe, expect, it } from 'vitest';
import { aligned, tableOf, tablesOfText, vals } from './testing.js';

describe('table structure', () => {
  it('reads unit codes under 单位代码 as identifiers, not amounts or classification codes', () => {
    const text = [
      '收入总表',
      aligned(['单位：万元', 70]),
      aligned(['单位代码', 0], ['单位名称', 10], ['合计', 32], ['小计', 44], ['一般公共预算', 54]),
      aligned(['合计', 12], ['300.00', 36, 'r'], ['300.00', 48, 'r'], ['300.00', 64, 'r']),
      aligned(['302', 0], ['某委员会', 10], ['300.00', 36, 'r'], ['300.00', 48, 'r'], ['300.00', 64, 'r']),
      aligned(['302001', 0], ['某委员会本级', 10], ['300.00', 36, 'r'], ['300.00', 48, 'r'], ['300.00', 64, 'r']),
    ].join('\n');
    const t = tableOf(tablesOfText(text), 'revenue');
    expect(t!.rows.every((r) => !r.code)).toBe(true);
    expect(t!.rows.map(vals)).toEqual([
      ['300', '300', '300'],
      ['300', '300', '300'],
      ['300', '300', '300'],
    ]);
  });
  it('keeps a bare 其中 above some columns in the header', () => {
    const text = [
      '支出总表',
      aligned(['单位：万元', 70]),
      aligned(['其中', 62]),
      aligned(['科目编码', 0], ['科目名称', 12], ['合计', 32], ['基本支出', 44], ['项目支出', 58]),
      aligned(['2010301', 0], ['行政运行', 12], ['44.08', 36, 'r'], ['44.08', 50, 'r']),
      aligned(['合计', 12], ['44.08', 36, 'r'], ['44.08', 50, 'r']),
    ].join('\n');
    const t = tableOf(tablesOfText(text), 'expenditure');
    expect(t!.columns.map((c) => c.role)).toEqual(['total', 'basic', 'project']);
    expect(vals(t!.rows.find((r) => r.code === '2010301'))).toEqual(['44.08', '44.08', null]);
  });
});
