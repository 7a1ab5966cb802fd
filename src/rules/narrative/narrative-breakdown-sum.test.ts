import { describe, expect, it } from 'vitest';
import { rule } from './narrative-breakdown-sum.js';
import { check, errors, modelFromText } from '../testing.js';

const cases: { name: string; text: string; stated: string | null }[] = [
  { name: 'procurement parts adding to the total', text: '政府采购预算总额 8140.2 万元，其中：政府采购货物预算 3456.6 万元、政府采购工程预算 0 万元、政府采购服务预算 4683.6 万元。', stated: null },
  { name: 'procurement parts not adding to the total', text: '某单位政府采购预算总额 0 万元，其中：政府采购货物预算 3456.6 万元、政府采购工程预算 0 万元、政府采购服务预算 4683.6 万元。', stated: '某单位政府采购预算总额 0 万元' },
  { name: 'procurement with a part missing (not checked)', text: '政府采购预算总额 100 万元，其中：货物 30 万元、服务 50 万元。', stated: null },
  { name: 'basic expenditure = personnel + public', text: '基本支出 500.00 万元，其中：人员经费 410.00 万元，比上年增加 10.00 万元；公用经费 90.00 万元。', stated: null },
  { name: 'basic expenditure ≠ personnel + public', text: '基本支出 500.00 万元，其中：人员经费 400.00 万元，公用经费 90.00 万元。', stated: '基本支出 500.00 万元' },
  { name: 'the printed precision absorbs rounding', text: '基本支出 500 万元，其中：人员经费 410.4 万元，公用经费 89.9 万元。', stated: null },
];

describe('narrative-breakdown-sum', () => {
  for (const c of cases) {
    it(`${c.stated ? 'reports' : 'passes'} ${c.name}`, () => {
      const f = errors(check(rule, modelFromText(c.text)));
      expect(f.map((x) => x.stated)).toEqual(c.stated ? [c.stated] : []);
    });
  }
});

describe('narrative-breakdown-sum: outlines over several paragraphs', () => {
  const outline = (fiscal: string, general: string) =>
    [
      '二、收入预算情况说明',
      '2026 年度收入预算 1,000.00 万元，比 2025 年年初预算数有所减少。',
      `（一）本年财政拨款收入 ${fiscal} 万元`,
      `1.一般公共预算拨款收入 ${general} 万元。`,
      '2.政府性基金预算拨款收入 100.00 万元。',
      '3.国有资本经营预算拨款收入 0 万元。',
      '（二）本年其他资金收入 50.00 万元',
      '4.事业收入 50.00 万元。',
      '（三）上年结转结余 50.00 万元',
      '5.上年结转结余 50.00 万元。',
    ].join('\n');
  it('passes an outline whose parts add up', () => {
    expect(errors(check(rule, modelFromText(outline('900.00', '800.00'))))).toEqual([]);
  });
  it('reports a part that is not the sum of its numbered items', () => {
    const f = errors(check(rule, modelFromText(outline('900.00', '700.00'))));
    expect(f).toHaveLength(1);
    expect(f[0].stated).toContain('财政拨款收入 900.00');
  });
});
