import { describe, expect, it } from 'vitest';
import { rule } from './standard-tables.js';
import { check, emptyModel, src, table } from '../testing.js';
import { STANDARD } from './standard-tables.js';

const all = (kind: 'budget' | 'final') => STANDARD[kind].map(([key, title]) => table(key, title, [['合计', 'total']], []));

describe('standard-tables', () => {
  it('passes a document with the nine tables', () => {
    const m = emptyModel({ kind: 'final' });
    m.tables = all('final');
    expect(check(rule, m)).toEqual([]);
  });
  it('only notes a fund table declared empty in the narrative but not published', () => {
    const m = emptyModel({ kind: 'budget' });
    m.tables = all('budget').filter((t) => t.key !== 'state_capital');
    m.paragraphs = [{ text: '本部门2024年无国有资本经营预算财政拨款安排预算。', spans: [{ offset: 0, source: src() }] }];
    const f = check(rule, m);
    expect(f.map((x) => x.severity)).toEqual(['info']);
  });
  it('warns about a missing table, naming the contents entry when listed', () => {
    const m = emptyModel({ kind: 'budget' });
    m.tables = all('budget').filter((t) => t.key !== 'revenue');
    m.tableReferences = [{ key: 'revenue', title: '部门收入总体情况表', source: src() }];
    const f = check(rule, m);
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('目录列出的“部门收入总体情况表”在文件中未找到');
  });
});
