/** GET /api/bodies and /api/bodies/:key/series on an uploaded generated series: links, points, sources. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSeries, renderSeriesDoc } from '../sample/series.js';
import type { Workbench } from './app.js';
import { addUser, login, tempDir, testApp, upload, type Login } from './testing.js';

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
    await addUser(wb, 'rev', 'reviewer');
    await addUser(wb, 'ro', 'readonly');
    rev = await login(wb, 'rev');
    ro = await login(wb, 'ro');
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
