import { describe, expect, it } from 'vitest';
import { rule } from './year-consistency.js';
import { rule as yearMismatch } from './year-mismatch.js';
import { check, emptyModel, modelFromText, ruleTester, src } from '../testing.js';
import type { DisclosureModel, YearMention } from '../../model/types.js';

/** A 2026 budget (or final) whose titles print its year, plus the mentions given. */
const doc = (kind: 'budget' | 'final', year: number, ...extra: Omit<YearMention, 'source'>[]) => (): DisclosureModel => {
  const m = emptyModel({ kind, year });
  const title = (t: string): YearMention => ({ kind: 'table-title', year, text: `${year}年${t}`, source: src() });
  m.yearMentions = [title('部门收支总表'), title('部门收入总表'), title('部门支出总表'), ...extra.map((e) => ({ ...e, source: src() }))];
  return m;
};

ruleTester(rule, {
  valid: [
    { name: 'every title of the document year', model: doc('budget', 2026) },
    { name: 'a budget compares with last year', model: doc('budget', 2026, { kind: 'comparison', year: 2025, basis: '年初预算', text: '比2025年年初预算增加10万元' }) },
    { name: 'a budget quotes the latest final account', model: doc('budget', 2026, { kind: 'comparison', year: 2024, basis: '决算数', text: '比2024年决算数增加10万元' }) },
    { name: 'a final compares with its own budget', model: doc('final', 2024, { kind: 'comparison', year: 2024, basis: '年初预算', text: '决算支出比2024年年初预算增加10万元' }) },
    { name: 'budget holdings as of the end of last year', model: doc('budget', 2026, { kind: 'as-of', year: 2025, yearEnd: true, holdings: true, text: '截至2025年12月31日，共有车辆5辆。' }) },
    { name: 'a target date is not an as-of date', model: doc('budget', 2026, { kind: 'as-of', year: 2027, yearEnd: true, holdings: false, text: '截至2027年底完成建设目标。' }) },
    { name: 'a period that includes the year', model: doc('budget', 2026, { kind: 'period', year: 2025, endYear: 2027, text: '实施周期：2025年-2027年' }) },
    { name: 'a heading about last year’s execution', model: doc('budget', 2026, { kind: 'heading', year: 2025, text: '2025年预算执行情况' }) },
    {
      name: 'the year is not established (one title only): year-mismatch warns instead',
      model: () => {
        const m = emptyModel({ kind: 'budget', year: 2026 });
        m.yearMentions = [{ kind: 'table-title', year: 2025, text: '2025年部门收支总表', source: src() }];
        return m;
      },
    },
  ],
  invalid: [
    { name: 'a table title of another year', model: doc('budget', 2026, { kind: 'table-title', year: 2025, text: '2025年一般公共预算支出表' }), findings: [{ stated: '2025年', expected: '2026年', severity: 'error', message: '报表标题的年度' }] },
    { name: 'a final account with holdings at the wrong date', model: doc('final', 2024, { kind: 'as-of', year: 2023, yearEnd: true, holdings: true, text: '截至2023年12月31日，共有车辆5辆。' }), findings: [{ stated: '2023年', expected: '2024年' }] },
    { name: 'a budget with holdings dated in its own year', model: doc('budget', 2026, { kind: 'as-of', year: 2026, yearEnd: true, holdings: true, text: '截至2026年12月31日，共有车辆5辆。' }), findings: [{ stated: '2026年', expected: '2025年' }] },
    { name: 'a comparison with the wrong year', model: doc('budget', 2026, { kind: 'comparison', year: 2024, basis: '预算执行数', text: '支出预算比2024年预算执行数增加10万元' }), findings: [{ stated: '2024年', expected: '2025年' }] },
    { name: 'a period that ended before the year', model: doc('budget', 2026, { kind: 'period', year: 2023, endYear: 2024, text: '实施周期：2023年-2024年' }), findings: [{ message: '不包含文件年度 2026 年' }] },
  ],
});

describe('year-consistency through the pipeline', () => {
  it('reads titles that begin with a year, as-of dates and comparisons from text', () => {
    const text = ['2026年部门收支总表', '单位：万元', '项目 预算数', '合计 100.00', '2026年部门收入总表', '单位：万元', '项目 预算数', '合计 100.00', '2025年部门支出总表', '单位：万元', '项目 预算数', '合计 100.00', '', '截至2026年12月31日，本部门共有车辆3辆。', '本年支出预算100万元，比2024年预算执行数增加10万元。'].join('\n');
    const m = modelFromText(text, { kind: 'budget', year: 2026 });
    const kinds = (m.yearMentions ?? []).map((y) => `${y.kind}:${y.year}`);
    expect(kinds).toEqual(expect.arrayContaining(['as-of:2026', 'comparison:2024']));
  });
  it('year-mismatch stays silent when year-consistency reports', () => {
    const m = doc('budget', 2026, { kind: 'table-title', year: 2025, text: '2025年一般公共预算支出表' })();
    m.tables = [];
    expect(check(yearMismatch, m)).toEqual([]);
  });
});
