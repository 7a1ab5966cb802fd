import { describe, expect, it } from 'vitest';
import { rule, STANDARD } from './standard-tables.js';
import { check, emptyModel, ruleTester, src, table } from '../testing.js';
import type { TableKey } from '../../model/types.js';

const all = (kind: 'budget' | 'final') => STANDARD[kind].map(([key, title]) => table(key, title, [['合计', 'total']], []));
const without = (kind: 'budget' | 'final', ...keys: TableKey[]) => () => {
  const m = emptyModel({ kind });
  m.tables = all(kind).filter((t) => !keys.includes(t.key));
  return m;
};

ruleTester(rule, {
  valid: [
    { name: 'a final account with the nine tables', model: without('final') },
    { name: 'a region whose template has no state-capital table', model: without('budget', 'state_capital'), options: { budget: STANDARD.budget.map(([k]) => k).filter((k) => k !== 'state_capital') } },
    {
      name: 'a table extracted under another key but titled with a region alias',
      model: () => {
        const m = without('budget', 'general_budget')();
        m.tables.push(table('other', '表5 一般公共预算支出情况表（按功能分类科目）', [['合计', 'total']], []));
        return m;
      },
      options: { aliases: { general_budget: ['一般公共预算支出情况表'] } },
    },
  ],
  invalid: [
    { name: 'a missing table', model: without('budget', 'revenue'), findings: [{ message: '缺少标准报表：部门收入总表', stated: '部门收入总表', severity: 'warning' }] },
    { name: 'a table a region adds', model: without('budget'), options: { budget: [...STANDARD.budget.map(([k]) => k), 'procurement'] }, findings: [{ message: '缺少标准报表：政府采购表' }] },
    { name: 'the region title in the message', model: without('budget', 'summary'), options: { titles: { summary: '财务收支预算总表' } }, findings: [{ stated: '财务收支预算总表' }] },
  ],
});

describe('standard-tables', () => {
  it('only notes a fund table declared empty in the narrative but not published', () => {
    const m = without('budget', 'state_capital')();
    m.paragraphs = [{ text: '本部门2024年无国有资本经营预算财政拨款安排预算。', spans: [{ offset: 0, source: src() }] }];
    const f = check(rule, m);
    expect(f.map((x) => x.severity)).toEqual(['info']);
  });
  it('warns about a missing table, naming the contents entry when listed', () => {
    const m = without('budget', 'revenue')();
    m.tableReferences = [{ key: 'revenue', title: '部门收入总体情况表', source: src() }];
    const f = check(rule, m);
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('目录列出的“部门收入总体情况表”在文件中未找到');
  });
  it('keeps an info note at info when the configured severity is error', () => {
    const m = without('budget', 'state_capital', 'revenue')();
    m.paragraphs = [{ text: '本部门无国有资本经营预算财政拨款安排的支出。', spans: [{ offset: 0, source: src() }] }];
    expect(check(rule, m, undefined, 'error').map((x) => x.severity).sort()).toEqual(['error', 'info']);
  });
});
