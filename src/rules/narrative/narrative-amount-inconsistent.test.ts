import { describe, expect, it } from 'vitest';
import { rule } from './narrative-amount-inconsistent.js';
import { check, errors, modelFromText } from '../testing.js';

const item = (a: string, b: string) =>
  `31. “住房保障支出（类）住房改革支出（款）住房公积金（项）”${a}万元，主要用于住房公积金。2023年当年预算执行数为348.52万元，2024年预算安排${b}万元，比2023年预算执行数增加0.53%。`;

describe('narrative-amount-inconsistent', () => {
  it('passes when the item states one amount', () => {
    expect(errors(check(rule, modelFromText(item('350.35', '350.35'))))).toEqual([]);
  });
  it('reports two amounts for the same item', () => {
    const f = errors(check(rule, modelFromText(item('350.35', '352.67'))));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('350.35万元 与 352.67万元');
  });
});
