import { describe, expect, it } from 'vitest';
import { rule } from './narrative-compare.js';
import { check, errors, modelFromText } from '../testing.js';

describe('narrative-compare', () => {
  it('passes a true comparison', () => {
    const m = modelFromText('年初预算为 1560.05 万元，支出决算为1511.89万元。决算数小于预算数的主要原因：人员变化。', { kind: 'final' });
    expect(errors(check(rule, m))).toEqual([]);
  });
  it('reports a false comparison', () => {
    const m = modelFromText('年初预算为 1460.05 万元，支出决算为1511.89万元。决算数小于预算数的主要原因：人员变化。', { kind: 'final' });
    expect(errors(check(rule, m))[0].message).toBe('称决算数小于预算数，但决算 1,511.89万元 大于预算 1,460.05万元');
  });
});
