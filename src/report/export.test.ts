/** CSV and JSON exports, and download names. */
import { describe, expect, it } from 'vitest';
import { buildReport, reportFileName } from './export.js';
import { CSV_HEADER } from './csv.js';
import { findingFingerprint } from '../rules/fingerprint.js';
import { HAVE_SHARED, SHARED_PDF, analyzed, generatedSample } from './testing.js';

describe('csv and json exports', () => {
  it('csv: BOM, the check columns plus fingerprint and review, one row per finding', async () => {
    const input = await generatedSample();
    const f = input.findings[0]!;
    const reviews = new Map([[findingFingerprint(f), { status: 'dismissed', reason: '口径不同, 见"附注"', by: 'li', at: '2026-12-05T10:00:00Z' }]]);
    const r = await buildReport('csv', { ...input, reviews });
    expect(r.contentType).toBe('text/csv; charset=utf-8');
    const text = r.body.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(`${CSV_HEADER},fingerprint,review`);
    expect(lines).toHaveLength(input.findings.length + 1);
    expect(lines[1]).toContain(findingFingerprint(f));
    expect(lines[1]).toContain('"已驳回（li，2026-12-05 10:00:00）：原因：口径不同, 见""附注"""');
  });

  it('csv: a quote a spreadsheet would run as a formula stays text', async () => {
    const input = await generatedSample();
    const f = { ...input.findings[0]!, evidence: [{ page: 1, line: 1, text: '=HYPERLINK("http://x","y")' }] };
    const text = (await buildReport('csv', { ...input, findings: [f] })).body.toString('utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it.skipIf(!HAVE_SHARED)('json: the contract model and findings with fingerprints', async () => {
    const input = await analyzed(SHARED_PDF);
    const r = await buildReport('json', input);
    const j = JSON.parse(r.body.toString('utf8'));
    expect(j.document.org).toBe('上海市普陀区财政局');
    expect(j.tables.length).toBe(input.model.tables.length);
    expect(j.findings).toHaveLength(input.findings.length);
    expect(j.fingerprints).toEqual(input.findings.map(findingFingerprint));
    expect(j.summary.error).toBeGreaterThan(0);
  });

  it('download names', () => {
    expect(reportFileName('/a/报告.PDF', 'pdf')).toBe('报告.annotated.pdf');
    expect(reportFileName('x', 'html')).toBe('x.report.html');
  });
});
