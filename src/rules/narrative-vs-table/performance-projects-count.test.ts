import { describe, expect, it } from 'vitest';
import { rule } from './performance-projects-count.js';
import { check, modelFromText, table } from '../testing.js';

const perfTable = (title: string) => table('performance', title, [['金额', 'total']], []);

const cases: { name: string; text: string; titles: string[]; stated: string | null }[] = [
  { name: 'a count equal to the project tables', text: '2026年度，本单位编报绩效目标的项目共2个，涉及项目预算资金660.25万元。', titles: ['甲工作经费项目绩效目标表', '乙设备购置项目绩效目标表'], stated: null },
  { name: 'a count that differs from the project tables', text: '2026年度，本单位编报绩效目标的项目共3个，涉及项目预算资金660.25万元。', titles: ['甲工作经费项目绩效目标表', '乙设备购置项目绩效目标表'], stated: '3个' },
  { name: 'the 共 N 个项目纳入绩效目标管理 form', text: '本部门共 3 个项目纳入绩效目标管理，涉及财政性资金合计 100 万元。', titles: ['甲工作经费项目绩效目标表'], stated: '3个' },
  { name: 'no project tables (not compared)', text: '本部门共 3 个项目纳入绩效目标管理。', titles: [], stated: null },
  { name: 'a table whose title was not read whole (not compared)', text: '本部门共 3 个项目纳入绩效目标管理。', titles: ['甲工作经费项目绩效目标表', '目绩效目标表'], stated: null },
];

describe('performance-projects-count', () => {
  for (const c of cases) {
    it(`${c.stated ? 'warns on' : 'passes'} ${c.name}`, () => {
      const m = modelFromText(c.text, { kind: 'budget', year: 2026 });
      m.tables = c.titles.map(perfTable);
      const f = check(rule, m);
      expect(f.every((x) => x.severity === 'warning')).toBe(true);
      expect(f.map((x) => x.stated)).toEqual(c.stated ? [c.stated] : []);
    });
  }
});
