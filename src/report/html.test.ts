/** The HTML report: self-contained, every finding shown, every piece of document text escaped. */
import { describe, expect, it } from 'vitest';
import { buildReport } from './export.js';
import { escapeHtml } from './html-escape.js';
import { findingFingerprint } from '../rules/fingerprint.js';
import { HAVE_SHARED, SHARED_PDF, analyzed, generatedSample } from './testing.js';
import type { Finding } from '../rules/types.js';

const HOSTILE = `<script>alert(1)</script>" onload="x()" &amp; <img src=x onerror=alert(2)>`;

function expectEveryFinding(html: string, findings: Finding[]) {
  for (const f of findings) {
    expect(html).toContain(escapeHtml(f.message));
    for (const e of f.evidence) expect(html).toContain(escapeHtml(e.text));
    if (f.suggestion) expect(html).toContain(escapeHtml(f.suggestion));
  }
}

describe('html report', () => {
  it('generated sample: summary, chart, every finding; hostile text in the document and the findings is escaped', async () => {
    const input = await generatedSample(2024, (t) => t.replaceAll('主要原因是', `主要原因是${HOSTILE}`));
    expect(input.findings.length).toBeGreaterThan(0);
    const hostile: Finding = {
      rule: 'narrative-percent',
      severity: 'error',
      message: `消息 ${HOSTILE}`,
      stated: `${HOSTILE}%`,
      expected: '1.00%',
      evidence: [{ page: 1, line: 3, text: `原文 ${HOSTILE}` }],
      suggestion: `建议 ${HOSTILE}`,
    };
    const findings = [...input.findings, hostile];
    const reviews = new Map([[findingFingerprint(hostile), { status: 'dismissed', reason: `原因 ${HOSTILE}`, comment: `意见 ${HOSTILE}`, by: `审核员${HOSTILE}`, at: '2026-12-05T10:00:00Z' }]]);
    const r = await buildReport('html', { ...input, findings, reviews });
    const html = r.body.toString('utf8');
    expect(r.contentType).toBe('text/html; charset=utf-8');
    expect(r.fileName).toBe('sample-budget-2024.report.html');
    // the only tags are the report's own: no script, no event handler, no external asset
    expect(html).not.toMatch(/<(script|img|link|iframe|object)\b/i);
    expect(html).not.toMatch(/<[^>]*\s(on\w+|src|href)\s*=/i);
    expect(input.findings[0]!.evidence[0]!.text).toContain('<script>alert(1)</script>" onload=');
    expect(html).toContain(escapeHtml(HOSTILE));
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot; onload=&quot;x()&quot; &amp;amp;');
    expectEveryFinding(html, findings);
    expect(html).toContain('已驳回');
    expect(html).toMatch(/<svg class="chart"/);
    expect(html).toContain('@media print');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).toMatch(/错误 \d+/);
    expect(html).toContain('2024年');
  });

  it.skipIf(!HAVE_SHARED)('shared PDF: body, year, kind and each finding with its page', async () => {
    const input = await analyzed(SHARED_PDF);
    expect(input.findings.length).toBeGreaterThan(0);
    const html = (await buildReport('html', input)).body.toString('utf8');
    expect(html).toContain('上海市普陀区财政局');
    expect(html).toContain('部门决算');
    expectEveryFinding(html, input.findings);
    for (const f of input.findings) expect(html).toContain(`第${f.evidence[0]!.page}页`);
  });
});
