/** GET /api/bodies and /api/bodies/:key/series on an uploaded generated series: links, points, sources. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSeries, renderSeriesDoc } from '../sample/series.js';
import type { Workbench } from './app.js';
import { addUser, login, tempDir, testApp, upload, type Login, reviewerAndReader } from './testing.js';

interface Point {
  value: string;
  documentId: string;
  documentName: string;
  page?: number;
  line: number;
}

describe('series routes', () => {
  let wb: Workbench;
  let ro: Login;
  let rev: Login;
  const s = buildSeries({ seed: 4 });
  const deptDocs = s.docs.filter((d) => d.scope === 'department');
  const names = new Map<string, string>();

  beforeAll(async () => {
    wb = await testApp(tempDir());
    ({ rev, ro } = await reviewerAndReader(wb));
    const r = await upload(wb, rev, deptDocs.map((d) => ({ name: `${d.year}-${d.kind}.txt`, data: renderSeriesDoc(d) })));
    expect(r.body.rejected).toEqual([]);
    for (const d of r.body.documents) names.set(d.id, d.name);
    await wb.queue.idle();
  });
  afterAll(() => wb.close());

  const get = (url: string, who: Login | null = ro) => wb.app.inject({ method: 'GET', url, headers: who?.headers ?? {} });

  it('lists the linked body with its years, kinds and documents', async () => {
    const r = await get('/api/bodies');
    expect(r.statusCode).toBe(200);
    const bodies = r.json().bodies as { key: string; name: string; years: number[]; kinds: string[]; documents: { id: string }[] }[];
    expect(bodies).toHaveLength(1);
    expect(bodies[0].years).toEqual(s.years);
    expect(bodies[0].kinds).toEqual(['budget', 'final']);
    expect(bodies[0].documents.map((d) => d.id).sort()).toEqual([...names.keys()].sort());
    expect(JSON.stringify(r.json())).not.toContain(wb.ingest.pathOf(''));
  });

  it('gives the timeline and classes with each point on its stored document and line', async () => {
    const [body] = (await get('/api/bodies')).json().bodies as { key: string }[];
    const r = await get(`/api/bodies/${encodeURIComponent(body.key)}/series`);
    expect(r.statusCode).toBe(200);
    const v = r.json() as { timeline: { year: number; budget: Point; final: Point; executionRate: string }[]; classes: { code: string; points: Point[] }[] };
    expect(v.timeline.map((t) => t.year)).toEqual(s.years);
    for (const t of v.timeline) {
      expect(names.get(t.budget.documentId)).toBe(`${t.year}-budget.txt`);
      expect(names.get(t.final.documentId)).toBe(`${t.year}-final.txt`);
      expect(t.executionRate).toMatch(/^\d+\.\d{2}$/);
      // the point's line holds its printed figure (in 元 or 万元: the same digits)
      const lines = (await get(`/api/documents/${t.final.documentId}/lines`)).json().lines as { lineNo: number; text: string }[];
      const digits = (x: string) => x.replace(/\D/g, '').replace(/^0+|0+$/g, '');
      expect(digits(lines.find((l) => l.lineNo === t.final.line)!.text)).toContain(digits(t.final.value));
    }
    expect(v.classes.find((c) => c.code === '208')!.points).toHaveLength(s.years.length * 2);
  });

  it('gives the latest document class treemap (类 › 款 › 项) and summary sankey, each node on its source line', async () => {
    const [body] = (await get('/api/bodies')).json().bodies as { key: string }[];
    const v = (await get(`/api/bodies/${encodeURIComponent(body.key)}/series`)).json() as {
      chartDoc: { documentId: string; year: number; kind: string };
      treemap: (Point & { code: string; children?: (Point & { code: string })[] })[];
      sankey: { nodes: (Point & { name: string; side: string })[]; links: { source: string; target: string; value: string }[] };
    };
    expect(v.chartDoc).toMatchObject({ year: s.years.at(-1), kind: 'final' });
    expect(names.get(v.chartDoc.documentId)).toBe(`${s.years.at(-1)}-final.txt`);
    expect(v.treemap.length).toBeGreaterThan(1);
    const withKids = v.treemap.find((n) => n.children?.length)!;
    expect(withKids.children![0].code.startsWith(withKids.code)).toBe(true);
    const lines = (await get(`/api/documents/${v.chartDoc.documentId}/lines`)).json().lines as { lineNo: number; text: string }[];
    const digits = (x: string) => x.replace(/\D/g, '').replace(/^0+|0+$/g, '');
    for (const n of [v.treemap[0], withKids.children![0], ...v.sankey.nodes]) {
      expect(n.documentId).toBe(v.chartDoc.documentId);
      expect(digits(lines.find((l) => l.lineNo === n.line)!.text)).toContain(digits(n.value));
    }
    expect(v.sankey.nodes.filter((n) => n.side === 'total')).toHaveLength(1);
    expect(v.sankey.links.length).toBe(v.sankey.nodes.length - 1);
  });

  it('answers 404 for an unknown body and 401 without a session', async () => {
    expect((await get('/api/bodies/%E6%97%A0/series')).statusCode).toBe(404);
    expect((await get('/api/bodies', null)).statusCode).toBe(401);
  });

  it('links a document checked later (the cached corpus follows the stored documents)', async () => {
    expect((await get('/api/bodies')).json().bodies).toHaveLength(1);
    const unit = s.docs.find((d) => d.scope === 'unit' && d.data.org.name !== s.dept.name && d.data.org.name !== s.dept.unitName)!;
    const r = await upload(wb, rev, [{ name: 'unit.txt', data: renderSeriesDoc(unit) }]);
    await wb.queue.idle();
    const bodies = (await get('/api/bodies')).json().bodies as { key: string; scope: string; parent?: string; documents: { id: string }[] }[];
    expect(bodies).toHaveLength(2);
    const u = bodies.find((b) => b.documents.some((d) => d.id === r.body.documents[0].id))!;
    expect(u.scope).toBe('unit');
    expect(u.parent).toBeTruthy();
    // the department's view shows the unit side by side, its point on the unit's document
    const dept = (await get(`/api/bodies/${encodeURIComponent(u.parent!)}/series`)).json() as { units: { name: string; timeline: { year: number; budget?: Point }[] }[] };
    expect(dept.units).toHaveLength(1);
    expect(dept.units[0].timeline.map((t) => t.year)).toEqual([unit.year]);
    expect(dept.units[0].timeline[0].budget!.documentId).toBe(r.body.documents[0].id);
  });
});

describe('departments compared (GET /api/bodies compare)', () => {
  let wb: Workbench;
  let ro: Login;
  const a = buildSeries({ seed: 4, years: 2 });
  const b = buildSeries({ seed: 5, years: 2 }); // the same years as seed 4
  const names = new Map<string, string>();

  beforeAll(async () => {
    wb = await testApp(tempDir());
    await addUser(wb, 'rev', 'reviewer');
    await addUser(wb, 'ro', 'readonly');
    const rev = await login(wb, 'rev');
    ro = await login(wb, 'ro');
    const files = [a, b].flatMap((s, i) => s.docs.filter((d) => d.scope === 'department').map((d) => ({ name: `${i}-${d.year}-${d.kind}.txt`, data: renderSeriesDoc(d) })));
    const r = await upload(wb, rev, files);
    expect(r.body.rejected).toEqual([]);
    for (const d of r.body.documents) names.set(d.id, d.name);
    await wb.queue.idle();
  });
  afterAll(() => wb.close());

  it('puts both departments side by side for the latest year, each figure on its own document line', async () => {
    expect(a.dept.name).not.toBe(b.dept.name);
    const r = await wb.app.inject({ method: 'GET', url: '/api/bodies', headers: ro.headers });
    expect(r.statusCode).toBe(200);
    const c = r.json().compare as { year: number; bodies: { key: string; name: string; budget: Point; final: Point }[] };
    const year = a.years.at(-1)!;
    expect(b.years.at(-1)).toBe(year);
    expect(c.year).toBe(year);
    expect(c.bodies).toHaveLength(2);
    const digits = (x: string) => x.replace(/\D/g, '').replace(/^0+|0+$/g, '');
    for (const [i, row] of c.bodies.entries()) {
      const prefix = names.get(row.budget.documentId)!.split('-')[0];
      expect(names.get(row.budget.documentId)).toBe(`${prefix}-${year}-budget.txt`);
      expect(names.get(row.final.documentId)).toBe(`${prefix}-${year}-final.txt`);
      for (const p of [row.budget, row.final]) {
        const lines = (await wb.app.inject({ method: 'GET', url: `/api/documents/${p.documentId}/lines`, headers: ro.headers })).json().lines as { lineNo: number; text: string }[];
        expect(digits(lines.find((l) => l.lineNo === p.line)!.text)).toContain(digits(p.value));
      }
      // the same figure as the body's own timeline
      const v = (await wb.app.inject({ method: 'GET', url: `/api/bodies/${encodeURIComponent(row.key)}/series`, headers: ro.headers })).json() as { timeline: { year: number; budget: Point }[] };
      expect(v.timeline.find((t) => t.year === year)!.budget).toEqual(row.budget);
      if (i) expect(row.budget.documentId).not.toBe(c.bodies[0].budget.documentId);
    }
    expect(new Set(c.bodies.map((x) => x.name))).toEqual(new Set([a.dept.name, b.dept.name]));
  });

  it('compares another year on request (?year=Y) and refuses a malformed year', async () => {
    const first = a.years[0];
    const r = await wb.app.inject({ method: 'GET', url: `/api/bodies?year=${first}`, headers: ro.headers });
    const c = r.json().compare as { year: number; years: number[]; bodies: { budget: Point }[] };
    expect(c.year).toBe(first);
    expect(c.years).toEqual(a.years);
    expect(c.bodies).toHaveLength(2);
    for (const row of c.bodies) expect(names.get(row.budget.documentId)).toMatch(new RegExp(`-${first}-budget\\.txt$`));
    expect((await wb.app.inject({ method: 'GET', url: '/api/bodies?year=1900', headers: ro.headers })).json().compare).toBeNull();
    expect((await wb.app.inject({ method: 'GET', url: '/api/bodies?year=abc', headers: ro.headers })).statusCode).toBe(400);
  });

  it('refuses an anonymous caller', async () => {
    expect((await wb.app.inject({ method: 'GET', url: '/api/bodies' })).statusCode).toBe(401);
    expect((await wb.app.inject({ method: 'GET', url: '/api/bodies?year=2023' })).statusCode).toBe(401);
  });
});
