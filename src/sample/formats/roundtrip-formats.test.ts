/** Generated disclosures written as .xlsx, .xls, .docx and HTML (UTF-8, GBK) read back as generated. */
import { describe, expect, it } from 'vitest';
import { summarize, type RoundTripResult } from '../roundtrip-check.js';
import { roundTripFormat } from './roundtrip-formats.js';

const SEEDS = Number(process.env.FORMAT_SEEDS ?? 3);

describe('round trip through file formats', () => {
  for (const format of ['xlsx', 'xls', 'docx', 'html', 'html-gbk'] as const)
    it(`${format}: ${SEEDS} budgets and ${SEEDS} final accounts`, async () => {
      const results: RoundTripResult[] = [];
      for (const kind of ['budget', 'final'] as const) for (let seed = 1; seed <= SEEDS; seed++) results.push(await roundTripFormat(kind, seed, format));
      expect(results.filter((r) => r.mismatches.length).length, '\n' + summarize(results, 3)).toBe(0);
    }, 60_000);
});
