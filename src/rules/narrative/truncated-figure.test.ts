import { describe, expect, it } from 'vitest';
import { rule } from './truncated-figure.js';
import { check, modelFromText, table } from '../testing.js';

const cases: { name: string; text: string; warn: string | null }[] = [
  { name: 'a rounded change percentage', text: '本年支出 53,522.29 万元，比上年减少 9,871.3 万元，下降 15.6%。', warn: null },
  { name: 'a truncated change percentage', text: '本年支出 53,522.29 万元，比上年减少 9,871.3 万元，下降 15.5%。', warn: '15.5%' },
  { name: 'a wrong change percentage (an error, not a truncation)', text: '本年支出 53,522.29 万元，比上年减少 9,871.3 万元，下降 14.5%。', warn: null },
  { name: 'a rounded share', text: '本年支出合计 1,000.00 万元，其中：基本支出 101.58 万元，占本年支出合计的 10.16%。', warn: null },
  { name: 'a truncated share', text: '本年支出合计 1,000.00 万元，其中：基本支出 101.58 万元，占本年支出合计的 10.15%。', warn: '10.15%' },
  { name: 'a truncated completion rate', text: '年初预算 100.00 万元，决算 99.99 万元，完成年初预算的 99.9%。', warn: '99.9%' },
];

describe('truncated-figure', () => {
  for (const c of cases) {
    it(`${c.warn ? 'warns on' : 'passes'} ${c.name}`, () => {
      const f = check(rule, modelFromText(c.text, { kind: 'final' }));
      expect(f.every((x) => x.severity === 'warning')).toBe(true);
      expect(f.map((x) => x.stated)).toEqual(c.warn ? [c.warn] : []);
    });
  }
  it('warns on a narrative amount truncated from its table figure (元 table, 万元 narrative)', () => {
    const make = (stated: string) => {
      const m = modelFromText(`4.“住房保障支出”科目${stated}万元，主要用于缴纳住房公积金。`, { kind: 'budget', year: 2026 });
      m.tables = [
        table('general_budget', '一般公共预算支出功能分类预算表', [['合计', 'total'], ['基本支出', 'basic']], [
          { name: '合计', values: ['575,900', '575,900'], total: true },
          { code: '221', name: '住房保障支出', values: ['575,900', '575,900'] },
        ], '元'),
      ];
      return m;
    };
    expect(check(rule, make('58'))).toEqual([]);
    const f = check(rule, make('57'));
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].expected).toBe('58万元');
  });
});
