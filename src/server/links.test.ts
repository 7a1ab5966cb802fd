/** POST /api/documents/:id/link: a reviewer's link correction moves a document between bodies' series; roles and CSRF enforced; audited. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSeries, renderSeriesDoc } from '../sample/series.js';
import type { Workbench } from './app.js';
import { addUser, login, tempDir, testApp, upload, type Login, reviewerAndReader } from './testing.js';

interface Body {
  key: string;
  name: string;
  scope?: string;
  documents: { id: string; year?: number; kind?: string }[];
}
interface Year {
  year: number;
  budget?: { documentId: string };
  final?: { documentId: string };
}

describe('link corrections', () => {
  let wb: Workbench;
  let ro: Login;
  let rev: Login;
  let deptId: string;
  let unitId: string;
  const s = buildSeries({ seed: 5 });
  const dept = s.docs.find((d) => d.scope === 'department' && d.kind === 'final')!;
  const unit = s.docs.find((d) => d.scope === 'unit' && d.data.org.name !== s.dept.name && d.data.org.name !== s.dept.unitName)!;

  beforeAll(async () => {
    wb = await testApp(tempDir());
    ({ rev, ro } = await reviewerAndReader(wb));
    const r = await upload(wb, rev, [
      { name: 'dept.txt', data: renderSeriesDoc(dept) },
      { name: 'unit.txt', data: renderSeriesDoc(unit) },
    ]);
    expect(r.body.rejected).toEqual([]);
    const byName = new Map<string, string>(r.body.documents.map((d: { id: string; name: string }) => [d.name, d.id]));
    deptId = byName.get('dept.txt')!;
    unitId = byName.get('unit.txt')!;
    await wb.queue.idle();
  });
  afterAll(() => wb.close());

  const get = (url: string) => wb.app.inject({ method: 'GET', url, headers: ro.headers });
  const post = (id: string, payload: object, headers: Record<string, string> = rev.headers) => wb.app.inject({ method: 'POST', url: `/api/documents/${id}/link`, headers, payload });
  const bodies = async () => (await get('/api/bodies')).json().bodies as Body[];
  const bodyOf = async (id: string) => (await bodies()).find((b) => b.documents.some((d) => d.id === id))!;
  const timeline = async (key: string) => (await get(`/api/bodies/${encodeURIComponent(key)}/series`)).json().timeline as Year[];

  it('refuses a readonly user and a request without the CSRF token; changes nothing', async () => {
    expect((await post(unitId, { body: 'x' }, ro.headers)).statusCode).toBe(403);
    expect((await post(unitId, { body: 'x' }, { cookie: rev.cookie })).statusCode).toBe(403);
    expect((await post(unitId, { year: 1800 })).statusCode).toBe(400);
    expect((await post('0'.repeat(64), { body: 'x' })).statusCode).toBe(404);
    expect(await bodies()).toHaveLength(2);
  });

  it('moves a document to an existing body with a corrected year and kind: it shows in that body series', async () => {
    const d = await bodyOf(deptId);
    const u = await bodyOf(unitId);
    expect(u.key).not.toBe(d.key);
    const r = await post(unitId, { body: d.key, year: 2099, kind: 'final' });
    expect(r.statusCode).toBe(200);
    expect(r.json().correction).toMatchObject({ body: d.key, year: 2099, kind: 'final', by: 'rev' });
    const after = await bodies();
    expect(after.find((b) => b.key === u.key)).toBeUndefined();
    expect((await bodyOf(unitId)).key).toBe(d.key);
    const t = (await timeline(d.key)).find((y) => y.year === 2099)!;
    expect(t.final!.documentId).toBe(unitId);
    const link = (await get(`/api/documents/${unitId}/link`)).json();
    expect(link.link).toMatchObject({ body: d.key, year: 2099, kind: 'final' });
    expect(link.correction.by).toBe('rev');
    const audit = (await get(`/api/documents/${unitId}/audit`)).json();
    expect(JSON.stringify(audit)).toMatch(/更正关联（主体：.*年度：2099；类型：决算）/);
  });

  it('a typed new name makes a new body; an empty correction restores the printed link', async () => {
    expect((await post(deptId, { body: '新设测试中心' })).statusCode).toBe(200);
    const b = await bodyOf(deptId);
    expect(b.name).toBe('新设测试中心');
    expect((await timeline(b.key)).map((y) => y.final?.documentId)).toContain(deptId);
    expect((await post(unitId, {})).statusCode).toBe(200);
    expect((await post(deptId, {})).statusCode).toBe(200);
    expect(await bodies()).toHaveLength(2);
    expect((await bodyOf(unitId)).scope).toBe('unit');
  });
});
