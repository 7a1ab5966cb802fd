import { describe, expect, it } from 'vitest';
import { rule } from './code-hierarchy-prefix.js';
import { check, emptyModel, table } from '../testing.js';

const t = (child: string) =>
  table('general_budget', '一般公共预算支出表', [['合计', 'total']], [
    { code: '208', name: '社会保障和就业支出', values: ['623,473.44'] },
    { code: '20805', name: '行政事业单位养老支出', values: ['623,473.44'] },
    { code: child, name: '机关事业单位基本养老保险缴费支出', values: ['623,473.44'] },
  ], '元');

describe('code-hierarchy-prefix', () => {
  it('passes children listed under their parent', () => {
    const m = emptyModel();
    m.tables = [t('2080505')];
    expect(check(rule, m)).toEqual([]);
  });
  it('warns about a child whose code does not start with its parent', () => {
    const m = emptyModel();
    m.tables = [t('2085005')];
    const f = check(rule, m);
    expect(f).toHaveLength(1);
    expect(f[0].stated).toBe('2085005');
  });
});
