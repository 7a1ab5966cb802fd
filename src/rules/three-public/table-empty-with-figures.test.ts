import { describe, expect, it } from 'vitest';
import { rule } from './table-empty-with-figures.js';
import { check, emptyModel, errors, src, table } from '../testing.js';

const t = (v: string | null) =>
  table('three_public', '部门“三公”经费和机关运行经费预算表', [['合计', 'total'], ['公务接待费', 'amount']], [{ name: '', values: [v, v] }], '万元', {
    emptyStatement: { text: '注:本部门2024年无“三公”经费和机关运行经费预算，故本表为空表。', source: src() },
  });

describe('table-empty-with-figures', () => {
  it('passes an empty table declared empty', () => {
    const m = emptyModel();
    m.tables = [t(null)];
    expect(errors(check(rule, m))).toEqual([]);
  });
  it('reports figures in a table declared empty', () => {
    const m = emptyModel();
    m.tables = [t('47.91')];
    const f = errors(check(rule, m));
    expect(f).toHaveLength(1);
    expect(f[0].stated).toContain('为空表');
    expect(f[0].message).toContain('47.91');
  });
});
