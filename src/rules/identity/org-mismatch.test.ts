import { describe, expect, it } from 'vitest';
import { rule } from './org-mismatch.js';
import { check, modelFromText } from '../testing.js';

describe('org-mismatch', () => {
  it('passes tables signed by the document body (with or without its city prefix)', () => {
    const m = modelFromText('编制部门：上海市普陀区人民政府万里街道办事处', { org: '普陀区人民政府万里街道办事处' });
    expect(check(rule, m)).toEqual([]);
  });
  it('warns about a table signed by another body', () => {
    const m = modelFromText('编制部门：上海市普陀区人民政府长征镇人民政府', { org: '上海市普陀区人民政府万里街道办事处' });
    const f = check(rule, m);
    expect(f).toHaveLength(1);
    expect(f[0].expected).toBe('上海市普陀区人民政府万里街道办事处');
  });
});
