import { describe, expect, it } from 'vitest';
import { rule } from './narrative-flat.js';
import { check, errors, modelFromText } from '../testing.js';

describe('narrative-flat', () => {
  it('passes equal figures said to be flat', () => {
    const m = modelFromText('2023年当年预算执行数为10.00万元，2024年预算安排10.00万元，比2023年预算执行数持平。');
    expect(errors(check(rule, m))).toEqual([]);
  });
  it('reports different figures said to be flat', () => {
    const m = modelFromText('2023年当年预算执行数为12.00万元，2024年预算安排10.00万元，比2023年预算执行数持平。');
    const f = errors(check(rule, m));
    expect(f[0].message).toBe('称“持平”但两数不等：10.00万元 ≠ 12.00万元');
  });
});

describe('narrative-flat (cases)', () => {
  const cases: { name: string; text: string; flagged: boolean }[] = [
    { name: '持平 with equal figures', text: '公务接待费 2.00 万元，与上年 2.00 万元持平。', flagged: false },
    { name: '持平 with a non-zero change', text: '公务接待费 2.50 万元，与上年 2.00 万元持平。', flagged: true },
  ];
  for (const c of cases) {
    it(`${c.flagged ? 'reports' : 'passes'} ${c.name}`, () => {
      expect(errors(check(rule, modelFromText(c.text))).length).toBe(c.flagged ? 1 : 0);
    });
  }
});
