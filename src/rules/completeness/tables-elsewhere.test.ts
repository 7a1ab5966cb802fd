import { describe, expect, it } from 'vitest';
import { rule } from './tables-elsewhere.js';
import { check, emptyModel, src, table } from '../testing.js';

describe('tables-elsewhere', () => {
  it('says nothing when the tables are in the document', () => {
    const m = emptyModel();
    m.tables = [table('summary', '部门收支总表', [['预算数', 'total']], [])];
    expect(check(rule, m)).toEqual([]);
  });
  it('gives one warning when the tables are published elsewhere', () => {
    const m = emptyModel();
    m.tablesElsewhere = { text: '报表详见附件。', source: src(3) };
    const f = check(rule, m);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].evidence[0].line).toBe(3);
  });
});
