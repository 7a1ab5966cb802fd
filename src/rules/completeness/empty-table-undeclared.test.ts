import { describe, expect, it } from 'vitest';
import { rule } from './empty-table-undeclared.js';
import { check, emptyModel, src, table } from '../testing.js';

describe('empty-table-undeclared', () => {
  it('passes an empty table with its statement', () => {
    const m = emptyModel();
    m.tables = [table('gov_fund', '政府性基金预算支出表', [['合计', 'total']], [{ name: '合计', values: ['0'], total: true }], '万元', { emptyStatement: { text: '本表为空表', source: src() } })];
    expect(check(rule, m)).toEqual([]);
  });
  it('notes an empty table without a statement', () => {
    const m = emptyModel();
    m.tables = [table('gov_fund', '政府性基金预算支出表', [['合计', 'total']], [{ name: '合计', values: ['0'], total: true }])];
    const f = check(rule, m);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('info');
  });
});
