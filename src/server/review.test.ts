/** Review decisions: dismiss with a reason, kept across a restart (new app on the same data) and a recheck; audit log; reports. */
import { describe, expect, it } from 'vitest';
import { renderSample } from '../sample/generate.js';
import { MUTATION_CLASSES, makeMutation } from '../sample/mutate.js';
import { addUser, login, tempDir, testApp, upload } from './testing.js';

function plantedDoc(): string {
  const opts = { kind: 'budget' as const, seed: 2024, artefacts: true };
  const clean = renderSample(opts);
  const m = makeMutation(MUTATION_CLASSES.find((c) => c.id === 'narrative-percent')!, clean, 2024)!;
  return renderSample(opts, m.mutation).text;
}

describe('reviews', () => {
  it('a dismissal needs a reason, survives a server restart and a recheck, and is in the audit log and the reports', async () => {
    const data = tempDir();
    let wb = await testApp(data);
    await addUser(wb, 'rev', 'reviewer');
    await addUser(wb, 'ro', 'readonly');
    let rev = await login(wb, 'rev');
    const up = await upload(wb, rev, [{ name: '含错误的预算.txt', data: plantedDoc() }]);
    const id = up.body.documents[0].id;
    await wb.queue.idle();
    const detail = (await wb.app.inject({ method: 'GET', url: `/api/documents/${id}`, headers: rev.headers })).json();
    const finding = detail.findings.find((f: { severity: string }) => f.severity === 'error');
    expect(finding.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(finding.review).toBeNull();
    const url = `/api/documents/${id}/findings/${finding.fingerprint}/review`;

    const noReason = await wb.app.inject({ method: 'POST', url, headers: rev.headers, payload: { status: 'dismissed' } });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error).toBe('驳回时必须填写理由');
    const ro = await login(wb, 'ro');
    expect((await wb.app.inject({ method: 'POST', url, headers: ro.headers, payload: { status: 'confirmed' } })).statusCode).toBe(403);
    const ok = await wb.app.inject({ method: 'POST', url, headers: rev.headers, payload: { status: 'dismissed', reason: '四舍五入口径不同', comment: '<b>备注</b>' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().review).toMatchObject({ status: 'dismissed', reason: '四舍五入口径不同', comment: '<b>备注</b>', by: 'rev' });

    await wb.close();
    wb = await testApp(data);
    rev = await login(wb, 'rev');
    const afterRestart = (await wb.app.inject({ method: 'GET', url: `/api/documents/${id}`, headers: rev.headers })).json();
    expect(afterRestart.findings.find((f: { fingerprint: string }) => f.fingerprint === finding.fingerprint).review).toMatchObject({ status: 'dismissed', reason: '四舍五入口径不同' });

    const re = await wb.app.inject({ method: 'POST', url: `/api/documents/${id}/recheck`, headers: rev.headers });
    expect(re.json()).toEqual({ status: 'queued' });
    await wb.queue.idle();
    const afterRecheck = (await wb.app.inject({ method: 'GET', url: `/api/documents/${id}`, headers: rev.headers })).json();
    expect(afterRecheck.document.status).toBe('done');
    expect(afterRecheck.findings.find((f: { fingerprint: string }) => f.fingerprint === finding.fingerprint).review).toMatchObject({ status: 'dismissed' });

    const audit = (await wb.app.inject({ method: 'GET', url: `/api/documents/${id}/audit`, headers: rev.headers })).json().events;
    expect(audit.map((e: { action: string }) => e.action)).toEqual(['uploaded', 'dismissed', 'recheck']);
    expect(audit[1]).toMatchObject({ by: 'rev', fingerprint: finding.fingerprint });
    expect(audit[1].detail).toMatch(/四舍五入口径不同/);

    const csv = await wb.app.inject({ method: 'GET', url: `/api/documents/${id}/report?format=csv`, headers: rev.headers });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const row = csv.body.split('\r\n').find((l) => l.includes(finding.fingerprint))!;
    expect(row).toMatch(/已驳回（rev，[^）]+）：原因：四舍五入口径不同；意见：<b>备注<\/b>$/);
    const json = await wb.app.inject({ method: 'GET', url: `/api/documents/${id}/report?format=json`, headers: rev.headers });
    expect(json.json().reviews).toEqual([expect.objectContaining({ fingerprint: finding.fingerprint, status: 'dismissed', by: 'rev' })]);
    expect(json.json().fingerprints).toContain(finding.fingerprint);
    const bad = await wb.app.inject({ method: 'GET', url: `/api/documents/${id}/report?format=exe`, headers: rev.headers });
    expect(bad.statusCode).toBe(400);

    const reopen = await wb.app.inject({ method: 'POST', url, headers: rev.headers, payload: { status: 'open' } });
    expect(reopen.json()).toEqual({ review: null });
    await wb.close();

    // A recheck that fails keeps the stored findings (and their reviews) visible.
    wb = await testApp(data, { runner: async (spec) => ({ ok: false, reason: 'timeout', error: `${spec.file}: 处理超时（超过 1 秒），已跳过` }) });
    rev = await login(wb, 'rev');
    await wb.app.inject({ method: 'POST', url, headers: rev.headers, payload: { status: 'confirmed' } });
    await wb.app.inject({ method: 'POST', url: `/api/documents/${id}/recheck`, headers: rev.headers });
    await wb.queue.idle();
    const failed = (await wb.app.inject({ method: 'GET', url: `/api/documents/${id}`, headers: rev.headers })).json();
    expect(failed.document).toMatchObject({ status: 'failed', error: '含错误的预算.txt: 处理超时（超过 1 秒），已跳过' });
    expect(failed.findings.find((f: { fingerprint: string }) => f.fingerprint === finding.fingerprint).review).toMatchObject({ status: 'confirmed' });
    await wb.close();
  });
});
