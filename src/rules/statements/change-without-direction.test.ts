import { describe, expect, it } from 'vitest';
import { rule } from './change-without-direction.js';
import { check, errors, modelFromText } from '../testing.js';

const cases: { name: string; text: string; stated: string | null }[] = [
  { name: 'a difference with its direction', text: '机关运行经费 12.50 万元，比上年增加 1.43 万元。', stated: null },
  { name: 'a difference without its direction', text: '机关运行经费 12.50 万元，比上年1.43万元，主要原因是人员增加。', stated: '1.43' },
  { name: 'a percentage without its direction', text: '项目支出 300.00 万元，较2025年 5.2%。', stated: '5.2%' },
  { name: 'the prior-year figure of a complete statement', text: '2024年收入预算648.26万元，比 2023年 654.39万元减少 6.13 万元，减少 0.94%。', stated: null },
  { name: 'a flat statement', text: '公务接待费 2.00 万元，比上年持平。', stated: null },
  { name: 'a comparison closed before the figure, without its direction', text: '收支总计 3,135.78 万元，与2024年度相比，281.24万元，8.23%。', stated: '281.24' },
  { name: 'a comparison closed before the figure, with the prior-year figure inside it', text: '收支总计 886.32 万元，与2021年度913.09万元相比，26.77万元，2.93%。', stated: '26.77' },
  { name: 'a comparison closed before the figure, with its direction', text: '收支总计 3,135.78 万元，与2024年度相比，减少281.24万元，下降8.23%。', stated: null },
  { name: 'a comparison with the budget, not a year', text: '与年初预算相比，年初预算数3,004.47万元，决算数3,135.78万元。', stated: null },
  { name: '多/少 as the direction', text: '公务接待费 2.00 万元，比上年少 0.50 万元。', stated: null },
];

describe('change-without-direction', () => {
  for (const c of cases) {
    it(`${c.stated ? 'reports' : 'passes'} ${c.name}`, () => {
      const f = errors(check(rule, modelFromText(c.text)));
      expect(f.map((x) => x.stated)).toEqual(c.stated ? [c.stated] : []);
    });
  }
});
