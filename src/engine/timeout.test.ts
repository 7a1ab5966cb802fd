import { describe, expect, it } from 'vitest';
import { defaultTimeoutMs, TIMEOUT_BASE_MS, TIMEOUT_MAX_MS } from './timeout.js';

describe('defaultTimeoutMs', () => {
  it('grows with the file, PDFs faster than text, within a cap', () => {
    expect(defaultTimeoutMs('a.pdf', 0)).toBe(TIMEOUT_BASE_MS);
    expect(defaultTimeoutMs('a.pdf', 4_194_304)).toBeGreaterThan(defaultTimeoutMs('a.pdf', 1_048_576));
    expect(defaultTimeoutMs('a.pdf', 1_048_576)).toBeGreaterThan(defaultTimeoutMs('a.txt', 1_048_576));
    expect(defaultTimeoutMs('a.pdf', 1e10)).toBe(TIMEOUT_MAX_MS);
    expect(defaultTimeoutMs('missing.pdf', null)).toBe(TIMEOUT_BASE_MS);
  });
});
