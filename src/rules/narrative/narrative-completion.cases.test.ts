import { describe, expect, it } from 'vitest';
import { rule } from './narrative-completion.js';
import { check, errors, modelFromText } from '../testing.js';

const cases: { name: string; text: string; stated: string | null }[] = [
  { name: 'a budget fully spent stated as 100%', text: '公务接待费年初预算 12.00 万元，支出决算 12.00 万元，完成年初预算的 100%。', stated: null },
  { name: 'a budget fully spent stated as 35%', text: '公务接待费年初预算 12.00 万元，支出决算 12.00 万元，完成年初预算的 35%。', stated: '35%' },
  { name: 'an execution rate that fits', text: '项目支出年初预算 200.00 万元，决算 70.00 万元，预算执行率 35%。', stated: null },
];

describe('narrative-completion (cases)', () => {
  for (const c of cases) {
    it(`${c.stated ? 'reports' : 'passes'} ${c.name}`, () => {
      const f = errors(check(rule, modelFromText(c.text, { kind: 'final' })));
      expect(f.map((x) => x.stated)).toEqual(c.stated ? [c.stated] : []);
    });
  }
});
