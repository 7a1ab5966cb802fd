/**
 * GET /api/documents/:id/original: the reader's view of a spreadsheet / Word / HTML original, for
 * every role that may read; 404 for text and PDF; the evidence of a planted error names a cell or
 * paragraph that the view holds, with the quoted text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSampleFormat, type SampleFormat } from '../sample/formats/index.js';
import { renderSample } from '../sample/generate.js';
import { MUTATION_CLASSES, makeMutation } from '../sample/mutate.js';
import type { OriginalView } from '../readers/original.js';
import type { Workbench } from './app.js';
import { reviewerAndReader, tempDir, testApp, upload, type Login } from './testing.js';

interface ApiFinding {
  severity: string;
  evidence: { sheet?: string; cell?: string; paragraph?: number; path?: string; text: string }[];
}

/** A generated budget in `format` with one planted error of class `cls`. */
async function planted(format: SampleFormat, cls: string, seed: number): Promise<Buffer> {
  const base = renderSample({ kind: 'budget', seed, artefacts: false, layout: 'tab' });
  const m = makeMutation(MUTATION_CLASSES.find((c) => c.id === cls)!, base, seed);
  if (!m) throw new Error(`no ${cls} mutation for seed ${seed}`);
  return (await renderSampleFormat({ kind: 'budget', seed }, format, m.mutation)).data;
}

const digits = (s: string) => s.replace(/[^\d.]/g, '');

describe('the original view of office and HTML documents', () => {
  let wb: Workbench;
  let rev: Login;
  let ro: Login;
  const ids = new Map<string, string>();
  beforeAll(async () => {
    wb = await testApp(tempDir());
    ({ rev, ro } = await reviewerAndReader(wb));
    const files = [
      { name: '表格.xlsx', data: await planted('xlsx', 'table-cell', 6) },
      { name: '文档.docx', data: await planted('docx', 'narrative-percent', 5) },
      { name: '网页.html', data: await planted('html', 'table-cell', 5) },
      { name: '文本.txt', data: renderSample({ kind: 'budget', seed: 5 }).text },
    ];
    const r = await upload(wb, rev, files);
    expect(r.body.rejected).toEqual([]);
    for (const d of r.body.documents) ids.set(d.name, d.id);
    await wb.queue.idle();
  }, 120_000);
  afterAll(() => wb.close());

  const get = (url: string, who?: Login) => wb.app.inject({ method: 'GET', url, headers: who?.headers ?? {} });
  const original = async (name: string) => {
    const r = await get(`/api/documents/${ids.get(name)}/original`, ro);
    expect(r.statusCode, r.body).toBe(200);
    return (r.json() as { original: OriginalView }).original;
  };
  const errors = async (name: string) => ((await get(`/api/documents/${ids.get(name)}`, ro)).json() as { findings: ApiFinding[] }).findings.filter((f) => f.severity === 'error');

  it('is refused to anonymous requests; 404 for text and unknown documents, in Chinese', async () => {
    expect((await get(`/api/documents/${ids.get('表格.xlsx')}/original`)).statusCode).toBe(401);
    const text = await get(`/api/documents/${ids.get('文本.txt')}/original`, ro);
    expect(text.statusCode).toBe(404);
    expect(text.json().error).toMatch(/没有原文视图/);
    expect((await get(`/api/documents/${'0'.repeat(64)}/original`, ro)).statusCode).toBe(404);
  });

  it('a workbook: every sheet with A1 cells as displayed, merges and the hidden scratch row and column flagged', async () => {
    const o = await original('表格.xlsx');
    if (o.kind !== 'sheets') throw new Error('not sheets');
    expect(o.truncated).toBeUndefined();
    expect(o.sheets.length).toBeGreaterThan(5);
    const all = o.sheets.flatMap((s) => s.cells);
    expect(all.every((c) => /^[A-Z]+\d+$/.test(c.ref) && c.text)).toBe(true);
    expect(o.sheets.some((s) => s.merges.length)).toBe(true);
    expect(all.some((c) => /^\d[\d,]*\.\d{2,}$/.test(c.text))).toBe(true);
    // seed 6 (6 % 3 = 0): table sheets carry a hidden scratch row and column, shown and flagged
    const scratch = o.sheets.find((s) => s.hiddenRows.length && s.hiddenCols.length);
    expect(scratch).toBeDefined();
    expect(scratch!.cells.some((c) => c.r === scratch!.hiddenRows[0] && c.text.includes('内部核对行'))).toBe(true);
    // every figure of the extracted tables names its sheet and cell, which the view shows with that figure
    const { tables } = (await get(`/api/documents/${ids.get('表格.xlsx')}`, ro)).json() as { tables: { rows: { cells: { text: string; sheet?: string; cell?: string; line?: number }[] }[] }[] };
    const figures = tables.flatMap((t) => t.rows.flatMap((r) => r.cells.slice(1))).filter((c) => /\d/.test(c.text));
    expect(figures.length).toBeGreaterThan(100);
    for (const c of figures) {
      const shown = o.sheets.find((s) => s.name === c.sheet)?.cells.find((x) => x.ref === c.cell);
      expect(shown?.text.replace(/,/g, ''), `${c.sheet}!${c.cell}`).toBe(c.text.replace(/,/g, ''));
      expect(c.line).toBeGreaterThan(0);
    }
    // the planted error's evidence names cells the view has, holding the quoted row label
    const found = await errors('表格.xlsx');
    expect(found.length).toBeGreaterThan(0);
    for (const e of found.flatMap((f) => f.evidence).filter((e) => e.cell)) {
      const sheet = o.sheets.find((s) => s.name === e.sheet);
      const cell = sheet?.cells.find((c) => c.ref === e.cell);
      expect(cell, `${e.sheet}!${e.cell}`).toBeDefined();
      expect(e.text.replace(/\s/g, '')).toContain(cell!.text.replace(/\s/g, '').slice(0, 8));
    }
  });

  it('a Word document: paragraphs and tables in order; the planted narrative error is a paragraph the view holds', async () => {
    const o = await original('文档.docx');
    if (o.kind !== 'blocks') throw new Error('not blocks');
    expect(o.blocks.filter((b) => b.kind === 'table').length).toBeGreaterThan(5);
    const paragraphs = o.blocks.filter((b) => b.kind === 'paragraph');
    expect(paragraphs.map((p) => p.paragraph)).toEqual(paragraphs.map((_, i) => i + 1));
    const ev = (await errors('文档.docx')).flatMap((f) => f.evidence).find((e) => e.paragraph);
    expect(ev).toBeDefined();
    const p = paragraphs.find((b) => b.paragraph === ev!.paragraph)!;
    expect(p.path).toBe(ev!.path);
    expect(digits(p.text)).toContain(digits(ev!.text).slice(0, 8));
  });

  it('a web page: blocks with element paths; table cells carry the path the evidence names', async () => {
    const o = await original('网页.html');
    if (o.kind !== 'blocks') throw new Error('not blocks');
    const cells = o.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flatMap((r) => r.cells) : []));
    expect(cells.every((c) => c.path?.startsWith('html>body>table'))).toBe(true);
    const ev = (await errors('网页.html')).flatMap((f) => f.evidence).filter((e) => e.path);
    expect(ev.length).toBeGreaterThan(0);
    for (const e of ev) expect(cells.find((c) => c.path === e.path), e.path).toBeDefined();
  });

  it('an office document checked before the view was kept asks for a recheck (404 in Chinese)', async () => {
    const id = ids.get('网页.html')!;
    const rows = await wb.store.db.selectFrom('results').select(['job_id', 'output']).where('doc_hash', '=', id).where('ok', '=', 1).execute();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const bundle = JSON.parse(r.output!) as { original?: unknown };
      delete bundle.original;
      await wb.store.db.updateTable('results').set({ output: JSON.stringify(bundle) }).where('job_id', '=', r.job_id).execute();
    }
    const res = await get(`/api/documents/${id}/original`, ro);
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toBe('原文视图尚未生成，请重新检查该文档');
  });
});
