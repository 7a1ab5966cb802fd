/** The workbench on Postgres: the same queries and migrations as on SQLite (needs BUDGETLENS_TEST_PG; required under CI=true). */
import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { renderSample } from '../sample/generate.js';
import { ciRequiresServices, MISSING_SERVICES, services } from '../engine/testing/services.js';
import { addUser, login, tempDir, testApp, upload } from './testing.js';

describe('workbench on Postgres', () => {
  it('services are present under CI', () => {
    if (ciRequiresServices) throw new Error(MISSING_SERVICES);
  });

  it.skipIf(!services.pg)('login, upload, search, review and restart work on Postgres', async () => {
    const data = tempDir();
    const tag = randomUUID().slice(0, 8);
    let wb = await testApp(data, { db: services.pg });
    try {
      await addUser(wb, `rev-${tag}`, 'reviewer');
      const rev = await login(wb, `rev-${tag}`);
      const text = renderSample({ kind: 'final', seed: 31, artefacts: false }).text + `\n标记${tag}_100%\n`;
      const up = await upload(wb, rev, [{ name: `pg-${tag}.txt`, data: text }]);
      const id = up.body.documents[0].id;
      await wb.queue.idle();
      const hits = (await wb.app.inject({ method: 'GET', url: `/api/documents?q=${encodeURIComponent(`标记${tag}_100%`)}`, headers: rev.headers })).json().documents;
      expect(hits.map((d: { id: string }) => d.id)).toEqual([id]);
      const wild = (await wb.app.inject({ method: 'GET', url: `/api/documents?q=${encodeURIComponent(`标记${tag}%%`)}`, headers: rev.headers })).json().documents;
      expect(wild).toEqual([]);
      const detail = (await wb.app.inject({ method: 'GET', url: `/api/documents/${id}`, headers: rev.headers })).json();
      expect(detail.document.status).toBe('done');
      if (detail.findings.length) {
        const fp = detail.findings[0].fingerprint;
        const r = await wb.app.inject({ method: 'POST', url: `/api/documents/${id}/findings/${fp}/review`, headers: rev.headers, payload: { status: 'confirmed' } });
        expect(r.statusCode).toBe(200);
      }
      await wb.close();
      wb = await testApp(data, { db: services.pg });
      const again = await login(wb, `rev-${tag}`);
      const audit = (await wb.app.inject({ method: 'GET', url: `/api/documents/${id}/audit`, headers: again.headers })).json().events;
      expect(audit[0]).toMatchObject({ action: 'uploaded', by: `rev-${tag}` });
    } finally {
      await wb.close();
    }
  });
});
