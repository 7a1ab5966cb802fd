import { describe, expect, it } from 'vitest';
import { rule } from './year-mismatch.js';
import { check, emptyModel, table } from '../testing.js';

describe('year-mismatch', () => {
  it('passes titles of the document year', () => {
    const m = emptyModel({ year: 2024 });
    m.tables = [table('summary', '2024年部门财务收支预算总表', [['预算数', 'total']], [])];
    expect(check(rule, m)).toEqual([]);
  });
  it('warns about a title of another year', () => {
    const m = emptyModel({ year: 2024 });
    m.tables = [table('summary', '2023年部门财务收支预算总表', [['预算数', 'total']], [])];
    const f = check(rule, m);
    expect(f).toHaveLength(1);
    expect(f[0].stated).toBe('2023年');
  });
});
