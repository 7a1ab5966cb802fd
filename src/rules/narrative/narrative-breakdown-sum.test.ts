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
