import { describe, expect, it } from 'vitest';
import { findingFingerprint } from './fingerprint.js';
import type { Finding } from './types.js';

const base: Finding = { rule: 'narrative-percent', severity: 'error', message: '增长 5% 与所引数字不符', stated: '5%', evidence: [{ page: 3, line: 40, text: '比上年增加 10 万元，增长 5%。' }] };

describe('findingFingerprint', () => {
  it('ignores message wording, severity, line numbers and white space; depends on rule, quote, stated value and page', () => {
    const fp = findingFingerprint(base);
    expect(findingFingerprint({ ...base, message: '措辞已改', severity: 'warning', evidence: [{ page: 3, line: 41, text: '比上年增加 10万元，增长 5%。 ' }] })).toBe(fp);
    expect(findingFingerprint({ ...base, rule: 'other-rule' })).not.toBe(fp);
    expect(findingFingerprint({ ...base, stated: '6%' })).not.toBe(fp);
    expect(findingFingerprint({ ...base, evidence: [{ ...base.evidence[0], page: 4 }] })).not.toBe(fp);
    expect(findingFingerprint({ ...base, evidence: [{ ...base.evidence[0], text: '比上年增加 11 万元，增长 5%。' }] })).not.toBe(fp);
  });
});
