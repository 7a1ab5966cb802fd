/**
 * The hostile corpus, generated from two shared PDFs (empty, random, truncated at 10/50/90/99%,
 * encrypted with and without a user password, 8× repeated pages, wrong extension, random byte
 * flips): no crash, no hang past the deadline, every file poppler reads is read. The files are
 * read in a child process with a hard deadline (run.ts), so a spinning reader fails the test
 * instead of hanging it. The full corpus (100 flips over every shared PDF) is `npm run bench:hostile`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasQpdf, makeHostileCorpus, type HostileCase } from './corpus.js';
import { runIsolated, type RunResult } from './run.js';
import { violations } from './summary.js';

const SAMPLES = join(process.env.BUDGETLENS_SAMPLES ?? join(import.meta.dirname, '../../../../shared/samples'), 'pdf');
const BUDGET = join(SAMPLES, 'shanghai-putuo-government-office-2025-budget.pdf');
const FINAL = join(SAMPLES, 'shanghai-putuo-finance-bureau-2024-final.pdf');
const haveSamples = existsSync(BUDGET) && existsSync(FINAL);
const haveChild = existsSync(join(import.meta.dirname, '../../../dist/bench/hostile/child.js'));

/**
 * Three bits flipped in the final accounts' 4.3 MB embedded CFF font (found by the full corpus):
 * its FDArray INDEX gets overlapping entries and pdf.js used to parse them forever at ~780 MB.
 */
const FONT_FLIPS: [number, number][] = [
  [609343, 35],
  [712838, 74],
  [957816, 35],
];
const FINAL_SIZE = 3680942;

let dir: string;
let cases: HostileCase[] = [];
let results: RunResult[] = [];

describe.runIf(haveSamples && haveChild)('hostile corpus (generated from the shared PDFs)', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'budgetlens-hostile-'));
    cases = makeHostileCorpus(dir, [BUDGET, FINAL], { flips: 6, structural: [BUDGET] });
    const final = readFileSync(FINAL);
    if (final.length === FINAL_SIZE) {
      for (const [at, byte] of FONT_FLIPS) final[at] = byte;
      const file = join(dir, 'font-flip-regression.pdf');
      writeFileSync(file, final);
      cases.push({ file, kind: 'byte-flip', source: FINAL, expect: 'read' });
    }
    results = await runIsolated(
      cases.map((c) => c.file),
      { readerTimeoutMs: 30_000, hardTimeoutMs: 60_000, maxOldSpaceMb: 1024 },
    );
  }, 600_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('no crash, no hang, expected outcomes, every file poppler reads is read', () => {
    expect(results).toHaveLength(cases.length);
    expect(violations(cases, results)).toEqual([]);
  });

  it('the kinds are all there (qpdf ones when qpdf is installed)', () => {
    const kinds = new Set(cases.map((c) => c.kind));
    for (const k of ['empty', 'random', 'truncated', 'wrong-extension', 'byte-flip'] as const) expect(kinds).toContain(k);
    if (hasQpdf()) for (const k of ['encrypted-user', 'encrypted-owner', 'repeated-8x'] as const) expect(kinds).toContain(k);
  });

  it('failures have the right codes', () => {
    const of = (kind: HostileCase['kind']) => results.filter((_, i) => cases[i].kind === kind);
    expect(of('empty').map((r) => r.code)).toEqual(['empty']);
    expect(of('random').map((r) => r.code)).toEqual(['unsupported']);
    for (const r of of('encrypted-user')) expect(r.code).toBe('encrypted');
  });

  it('8× repeated pages are all read', () => {
    const i = cases.findIndex((c) => c.kind === 'repeated-8x');
    if (i < 0) return;
    const original = results[cases.findIndex((c) => c.kind === 'encrypted-owner')];
    expect(results[i].pages).toBe(8 * 22);
    if (original?.lines) expect(results[i].lines).toBe(8 * original.lines);
  });

  it('a damaged embedded font is skipped with a warning, and the document is read', () => {
    const i = cases.findIndex((c) => c.file.endsWith('font-flip-regression.pdf'));
    if (i < 0) return;
    expect(results[i].ok).toBe(true);
    expect(results[i].pages).toBe(25);
    expect(results[i].warnings).toContain('damaged-font');
  });
});
