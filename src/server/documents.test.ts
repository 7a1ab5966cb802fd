/** Uploads (type by content, limits, dedupe, zip), the document view and hostile text returned verbatim as JSON. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { buildZip } from '../readers/testing/containers.js';
import { renderSample } from '../sample/generate.js';
import { renderSampleFormat } from '../sample/formats/index.js';
import type { Workbench } from './app.js';
import { addUser, login, tempDir, testApp, tinyPdf, upload, type Login } from './testing.js';

const sample = (seed: number) => renderSample({ kind: 'budget', seed, artefacts: false }).text;
const SHARED_PDF = '/work/shared/samples/pdf/shanghai-putuo-government-office-2025-budget.pdf';
const HOSTILE = '<script>alert("x")</script>" onload="alert(1)';

describe('documents', () => {
  let wb: Workbench;
  let rev: Login;
  let ro: Login;
  beforeAll(async () => {
    wb = await testApp(tempDir(), { limits: { maxFileBytes: 400_000, maxFiles: 5, zip: { maxEntries: 3, maxEntryBytes: 400_000, maxTotalBytes: 1_000_000 } } });
    await addUser(wb, 'rev', 'reviewer');
    await addUser(wb, 'ro', 'readonly');
    rev = await login(wb, 'rev');
    ro = await login(wb, 'ro');
  });
  afterAll(() => wb.close());

  const get = (url: string, who = ro) => wb.app.inject({ method: 'GET', url, headers: who.headers });

  it('a text upload is stored, checked and listed; the same bytes again give the same id', async () => {
    const text = sample(3);
    const first = await upload(wb, rev, [{ name: '预算公开.txt', data: text }]);
    expect(first.status).toBe(200);
    expect(first.body.rejected).toEqual([]);
    const [doc] = first.body.documents;
    expect(doc.id).toMatch(/^[0-9a-f]{64}$/);
    await wb.queue.idle();
    const again = await upload(wb, rev, [{ name: '另一个名字.txt', data: text }]);
    expect(again.body.documents).toEqual([{ id: doc.id, name: '预算公开.txt', status: 'done', existing: true }]);
    const list = (await get('/api/documents')).json().documents;
    expect(list.filter((d: { id: string }) => d.id === doc.id)).toHaveLength(1);
    const entry = list.find((d: { id: string }) => d.id === doc.id);
    expect(entry).toMatchObject({ status: 'done', kind: 'budget', format: 'text' });
    expect(typeof entry.org).toBe('string');
    expect((await get('/api/progress')).json()).toMatchObject({ queued: 0, running: 0 });
    const found = (await get(`/api/documents?q=${encodeURIComponent(entry.org)}&kind=budget`)).json().documents;
    expect((await get('/api/documents?q=%25%25%25nothing_like_this')).json().documents).toEqual([]);
    expect(found.map((d: { id: string }) => d.id)).toContain(doc.id);
    expect((await get('/api/documents?kind=final')).json().documents.map((d: { id: string }) => d.id)).not.toContain(doc.id);
    const detail = (await get(`/api/documents/${doc.id}`)).json();
    expect(detail.model.document.kind).toBe('budget');
    expect(detail.tables.length).toBeGreaterThan(0);
    expect(detail.rulesetVersion).toMatch(/\+/);
    const lines = (await get(`/api/documents/${doc.id}/lines`)).json();
    expect(lines.lines.length).toBeGreaterThan(10);
    const file = await get(`/api/documents/${doc.id}/file`);
    expect(file.body).toBe(text);
    expect(String(file.headers['content-disposition'])).toMatch(/^attachment;.*filename\*=UTF-8''/);
  });

  it('a fake PDF, an unknown type and an oversized file are refused with Chinese reasons; readonly may not upload', async () => {
    const r = await upload(wb, rev, [
      { name: 'fake.pdf', data: 'this is not a pdf at all' },
      { name: 'tool.exe', data: Buffer.from([0x4d, 0x5a, 0, 0]) },
      { name: 'big.txt', data: 'x'.repeat(500_000) },
    ]);
    expect(r.status).toBe(200);
    expect(r.body.documents).toEqual([]);
    expect(r.body.rejected).toEqual([
      { name: 'fake.pdf', reason: '扩展名是 .pdf，但内容不是 PDF' },
      { name: 'tool.exe', reason: expect.stringMatching(/不支持的文件类型/) },
      { name: 'big.txt', reason: '文件超过 391 KB 上限，未接收' },
    ]);
    const many = await upload(wb, rev, Array.from({ length: 6 }, (_, i) => ({ name: `n${i}.pdf`, data: 'not a pdf' })));
    expect(many.status).toBe(413);
    expect(many.body.error).toBe('一次上传的文件过多');
    const denied = await upload(wb, ro, [{ name: 'a.txt', data: sample(4) }]);
    expect(denied.status).toBe(403);
  });

  it('a shared PDF is accepted by content and its lines carry pages and boxes', async () => {
    const r = await upload(wb, rev, [{ name: 'putuo.pdf', data: readFileSync(SHARED_PDF) }]);
    expect(r.body.rejected).toEqual([]);
    await wb.queue.idle();
    const id = r.body.documents[0].id;
    const detail = (await get(`/api/documents/${id}`)).json();
    expect(detail.document).toMatchObject({ status: 'done', format: 'pdf' });
    expect(detail.document.pages).toBeGreaterThan(1);
    // Table cells point at their own printed cell, not the whole line.
    type Cell = { text: string; page?: number; box?: { x0: number; x1: number } };
    const figures: Cell[] = detail.tables.flatMap((t: { rows: { cells: Cell[] }[] }) => t.rows.flatMap((r) => r.cells.slice(1))).filter((c: Cell) => c.box && /\d/.test(c.text));
    expect(figures.length).toBeGreaterThan(10);
    expect(figures.filter((c) => c.box!.x1 - c.box!.x0 < c.text.length * 12).length / figures.length).toBeGreaterThan(0.9);
    const { lines, pages } = (await get(`/api/documents/${id}/lines`)).json();
    expect(pages[0].width).toBeGreaterThan(100);
    expect(lines.some((l: { box?: unknown; page?: number }) => l.box && l.page)).toBe(true);
    const file = await get(`/api/documents/${id}/file?inline=1`);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(String(file.headers['content-disposition'])).toMatch(/^inline/);
  });

  it('a zip is expanded; entries with paths outside or nested zips are refused before inflating', async () => {
    // `预算.txt` as GBK bytes (a zip made on Chinese Windows), and UTF-8 names.
    const gbkName = Buffer.concat([Buffer.from([0xd4, 0xa4, 0xcb, 0xe3]), Buffer.from('.txt')]);
    const good = buildZip([
      { name: 'dir/a.txt', data: Buffer.from(sample(5)) },
      { name: '说明/b.md', data: Buffer.from(sample(6)) },
      { name: '', nameBytes: gbkName, data: Buffer.from(sample(9)) },
    ]);
    const r = await upload(wb, rev, [{ name: 'batch.zip', data: good }]);
    expect(r.body.documents.map((d) => d.name).sort()).toEqual(['a.txt', 'b.md', '预算.txt']);
    const evil = Buffer.from(zipSync({ '../../etc/x.txt': Buffer.from('hello') }));
    const e = await upload(wb, rev, [{ name: 'evil.zip', data: evil }]);
    expect(e.body.rejected[0].reason).toMatch(/不安全的路径/);
    const bomb = Buffer.from(zipSync({ 'a.txt': Buffer.alloc(450_000, 0x61) }, { level: 9 }));
    const b = await upload(wb, rev, [{ name: 'bomb.zip', data: bomb }]);
    expect(b.body.rejected[0].reason).toMatch(/超过/);
    // an entry that declares 1,000 bytes and inflates to 20 MB: stopped at its declared size
    const lying = buildZip([{ name: 'a.txt', data: Buffer.alloc(20 * 1024 * 1024, 0x20), declaredSize: 1000 }]);
    const l = await upload(wb, rev, [{ name: 'lying.zip', data: lying }]);
    expect(l.body.documents).toEqual([]);
    expect(l.body.rejected[0].reason).toMatch(/过大|损坏/);
    const many = Buffer.from(zipSync(Object.fromEntries(Array.from({ length: 4 }, (_, i) => [`m${i}.txt`, Buffer.from(`x${i}`)]))));
    const m = await upload(wb, rev, [{ name: 'many.zip', data: many }]);
    expect(m.body.rejected).toEqual([{ name: 'many.zip', reason: '压缩包内文件过多（4 个，上限 3 个）' }]);
    await wb.queue.idle();
  });

  it('hostile document text and names come back verbatim, as JSON only', async () => {
    const text = sample(8).replace('\n', `\n${HOSTILE}\n`);
    const r = await upload(wb, rev, [{ name: '<img src=x onerror=alert(1)>.txt', data: text }]);
    const id = r.body.documents[0].id;
    expect(r.body.documents[0].name).toBe('<img src=x onerror=alert(1)>.txt');
    await wb.queue.idle();
    const lines = await get(`/api/documents/${id}/lines`);
    expect(lines.headers['content-type']).toMatch(/^application\/json/);
    expect(lines.json().lines.map((l: { text: string }) => l.text)).toContain(HOSTILE);
    const list = await get('/api/documents?q=' + encodeURIComponent('<script>'));
    expect(list.json().documents.map((d: { id: string }) => d.id)).toEqual([id]);
    const file = await get(`/api/documents/${id}/file?inline=1`);
    expect(file.headers['content-type']).toMatch(/^text\/plain/);
    expect(file.headers['content-security-policy']).toMatch(/sandbox/);
  });

  it('a PDF whose text holds markup comes back verbatim in JSON (lines with their boxes)', async () => {
    const hostile = ['Budget disclosure 2024', '<script>alert(1)</script>', '" onload="alert(2)'];
    const r = await upload(wb, rev, [{ name: 'hostile.pdf', data: tinyPdf(hostile) }]);
    expect(r.body.rejected).toEqual([]);
    await wb.queue.idle();
    const id = r.body.documents[0].id;
    const { lines } = (await get(`/api/documents/${id}/lines`)).json();
    expect(lines.map((l: { text: string }) => l.text)).toEqual(hostile);
    expect(lines[1]).toMatchObject({ page: 1, box: expect.objectContaining({ x0: expect.any(Number) }) });
  });

  it('Office and HTML uploads are typed by content and checked by their readers; a .docx that is not a zip is refused', async () => {
    const files = [];
    for (const f of ['xlsx', 'docx', 'html'] as const) files.push({ name: `办公格式.${f}`, data: (await renderSampleFormat({ kind: 'budget', seed: 12 }, f)).data });
    const r = await upload(wb, rev, [...files, { name: 'fake.docx', data: 'plain text pretending' }]);
    expect(r.body.rejected).toEqual([{ name: 'fake.docx', reason: '扩展名是 .docx，但内容不是 Office 文档' }]);
    expect(r.body.documents).toHaveLength(3);
    await wb.queue.idle();
    for (const d of r.body.documents) {
      const detail = (await get(`/api/documents/${d.id}`)).json();
      expect(detail.document, d.name).toMatchObject({ status: 'done', kind: 'budget' });
      expect(detail.tables.length, d.name).toBeGreaterThan(0);
    }
  });

  it('unknown ids are 404 in Chinese; bad query values are 400', async () => {
    const r = await get(`/api/documents/${'0'.repeat(64)}`);
    expect(r.statusCode).toBe(404);
    expect(r.json()).toEqual({ error: '文档不存在' });
    expect((await get('/api/documents/..%2F..%2Fetc%2Fpasswd/file')).statusCode).toBe(404);
    expect((await get('/api/documents?sort=evil')).statusCode).toBe(400);
  });
});
