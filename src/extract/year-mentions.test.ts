import { describe, expect, it } from 'vitest';
import { modelFromText } from '../rules/testing.js';

const mentions = (text: string) => (modelFromText(text).yearMentions ?? []).map(({ source: _s, ...y }) => y);

describe('year mentions', () => {
  it('reads as-of dates: year end or not, holdings or a target', () => {
    const ys = mentions('截至2025年12月31日，本部门共有车辆3辆。\n截至2026年1月31日，本部门固定资产金额100万元。\n截至2026年年底，新能源车辆比例达到80%。');
    expect(ys.map((y) => [y.kind, y.year, y.yearEnd, y.holdings])).toEqual([
      ['as-of', 2025, true, true],
      ['as-of', 2026, false, true],
      ['as-of', 2026, true, false],
    ]);
  });
  it('reads periods and comparisons', () => {
    const ys = mentions('项目实施周期：2024年-2026年。\n本年支出预算100万元，比2025年预算执行数增加10万元。');
    expect(ys).toEqual([
      expect.objectContaining({ kind: 'period', year: 2024, endYear: 2026 }),
      expect.objectContaining({ kind: 'comparison', year: 2025, basis: '预算执行数' }),
    ]);
  });
});
