import { describe, expect, it } from 'vitest';
import { rule } from './code-name-consistency.js';
import { check, emptyModel, table } from '../testing.js';

const t = (key: 'revenue' | 'expenditure', name: string) => table(key, key === 'revenue' ? '收入表' : '支出表', [['合计', 'total']], [{ code: '2080501', name, values: ['50.52'] }]);

describe('code-name-consistency', () => {
  it('accepts the same name, or a shortened / qualified form of it', () => {
    const m = emptyModel();
    m.tables = [t('revenue', '归口管理的行政单位离退休'), t('expenditure', '行政单位离退休')];
    expect(check(rule, m)).toEqual([]);
  });
  it('warns about one code under two different names', () => {
    const m = emptyModel();
    m.tables = [t('revenue', '行政单位离退休'), t('expenditure', '事业单位离退休')];
    const f = check(rule, m);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].message).toContain('科目 2080501 的名称不一致');
  });
});

describe('code-name-consistency severity', () => {
  it('is an error when the names have nothing in common', () => {
    const m = emptyModel();
    m.tables = [t('revenue', '行政运行'), t('expenditure', '机关事业单位基本养老保险缴费支出')];
    expect(check(rule, m)[0].severity).toBe('error');
  });
});

describe('code-name-consistency: a name that belongs to another code', () => {
  it('is an error', () => {
    const m = emptyModel();
    m.tables = [
      table('revenue', '收入表', [['合计', 'total']], [{ code: '2080501', name: '行政单位离退休', values: ['1'] }, { code: '2101101', name: '行政单位医疗', values: ['2'] }]),
      table('expenditure', '支出表', [['合计', 'total']], [{ code: '2080501', name: '行政单位医疗', values: ['1'] }]),
    ];
    const f = check(rule, m);
    expect(f.map((x) => x.severity)).toEqual(['error']);
  });
});
