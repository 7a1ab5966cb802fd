import { describe, expect, it } from 'vitest';
import { rule } from './template-document.js';
import { check, emptyModel } from '../testing.js';

describe('template-document', () => {
  it('says nothing about a filled-in document', () => {
    expect(check(rule, emptyModel({ org: '某区财政局', isTemplate: false }))).toEqual([]);
  });
  it('tells that a template was recognised', () => {
    const m = emptyModel({ org: '上海市XX局', isTemplate: true, source: { file: 't.pdf', page: 1, line: 2 } });
    const f = check(rule, m);
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('空白模板');
    expect(f[0].evidence[0]).toMatchObject({ page: 1, line: 2, text: '上海市XX局' });
  });
});
