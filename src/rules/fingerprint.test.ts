/** Finding fingerprints: stable over white space, different for another rule, figure or page. */
import { describe, expect, it } from 'vitest';
import { findingFingerprint } from './fingerprint.js';
import type { Finding } from './types.js';

const f: Finding = { rule: 'narrative-share', severity: 'error', message: 'm', stated: '71.73%', evidence: [{ page: 21, line: 3, text: '占 71.73%；社会保障' }] };

describe('findingFingerprint', () => {
  it('is 16 hex characters and ignores white space, message, severity and lines', () => {
    const a = findingFingerprint(f);
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(findingFingerprint({ ...f, message: 'other', severity: 'warning', evidence: [{ page: 21, line: 9, text: ' 占 \n 71.73%；社会保障 ' }] } as Finding)).toBe(a);
  });

  it('changes with the rule, the stated value, the quote or the page', () => {
    const a = findingFingerprint(f);
    expect(findingFingerprint({ ...f, rule: 'narrative-percent' })).not.toBe(a);
    expect(findingFingerprint({ ...f, stated: '71.65%' })).not.toBe(a);
    expect(findingFingerprint({ ...f, evidence: [{ page: 22, text: f.evidence[0]!.text }] })).not.toBe(a);
    expect(findingFingerprint({ ...f, evidence: [{ page: 21, text: '占 71.65%' }] })).not.toBe(a);
  });
});
