import { describe, expect, it } from 'vitest';
import { rule } from './required-topics.js';
import { check, modelFromText, table } from '../testing.js';

const full = [
  '“三公”经费：因公出国（境）费 0 万元，公务用车购置及运行维护费 0 万元，公务接待费 2.14 万元。',
  '机关运行经费 367.73 万元。',
  '政府采购预算 0 元。',
  '国有资产占用情况：车辆 0 台。',
  '绩效目标情况：项目 1 个。',
  '六、名词解释',
].join('\n');

describe('required-topics', () => {
  it('passes a narrative covering every topic', () => {
    expect(check(rule, modelFromText(full))).toEqual([]);
  });
  it('warns about each missing topic', () => {
    const f = check(rule, modelFromText(full.replace('政府采购预算 0 元。', '').replace('公务接待费 2.14 万元', '')));
    expect(f.map((x) => x.stated)).toEqual(['“三公”经费（因公出国（境）费、公务用车购置及运行费、公务接待费）', '政府采购']);
  });
});

describe('required-topics options and attachments', () => {
  const noGlossary = full.replace('六、名词解释', '');
  it('a region that does not require a glossary', () => {
    expect(check(rule, modelFromText(noGlossary))).toHaveLength(1);
    expect(check(rule, modelFromText(noGlossary), { topics: ['three-public', 'operating-expenses', 'procurement', 'assets', 'performance'] })).toEqual([]);
  });
  it('says nothing about a tables-only attachment (the narrative is a separate file)', () => {
    const m = modelFromText('说明另见附件。');
    m.tables = [table('summary', '收支总表', [['合计', 'total']], [])];
    expect(check(rule, m)).toEqual([]);
  });
});
