// End to end in a real headless Chromium: upload a generated .xlsx, .docx and .html, each with one
// planted error (src/sample/mutate.ts), wait for the checks, open each, click an error finding and
// assert that the original view marks the evidence's own place — the sheet tab switched and the A1
// cells outlined (workbook), the paragraph number (Word), the table cell's element path (HTML) —
// and that the mark is scrolled into view; last, a one-page scan (generated, image only, read by
// OCR): its page image with the red box over the OCR'd evidence. Screenshots: docs/screenshots/original-*.png.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSampleFormat, type SampleFormat } from '../../src/sample/formats/index.js';
import { renderSample } from '../../src/sample/generate.js';
import { MUTATION_CLASSES, makeMutation } from '../../src/sample/mutate.js';
import { textToScan } from '../../src/sample/scan-generated.js';
import { highlightBox } from '../../web/src/lib/boxes.js';
import { createFirstAdmin, type RunningServer } from './harness.js';
import { openSession, type E2eSession } from './session.js';
import { expectRedBoxOver, shot, type Box } from './page-checks.js';

const USER = 'e2e-original';
const PASSWORD = 'Original-e2e-Password-3';
/** Markup as text of the web page (escaped in the file): shown as text, never run. */
const HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
const FILES: { name: string; format: SampleFormat; plant: string; seed: number }[] = [
  { name: '部门预算-表格.xlsx', format: 'xlsx', plant: 'table-cell', seed: 6 },
  { name: '部门预算-文档.docx', format: 'docx', plant: 'narrative-percent', seed: 5 },
  { name: '部门预算-网页.html', format: 'html', plant: 'table-cell', seed: 5 },
];

/** A one-page narrative whose stated percentage does not match its own figures (2.31%, not 3.08%). */
const SCAN_NAME = '部门预算-扫描件.pdf';
const SCAN_TEXT = `北京市清岚区司法局2025年部门预算公开

一、部门基本情况
北京市清岚区司法局负责全区司法行政工作。

二、2025年部门预算收支及增减变化情况说明
2025年支出预算2168.45万元，比2024年支出预算减少51.21万元，下降3.08%。主要原因是部分项目已完成。
2025年收入预算2168.45万元，比2024年收入预算减少51.21万元，下降2.31%。
`;

interface Evidence {
  page?: number;
  box?: Box;
  line?: number;
  sheet?: string;
  cell?: string;
  paragraph?: number;
  path?: string;
  text: string;
}
interface ApiFinding {
  fingerprint: string;
  severity: string;
  evidence: Evidence[];
}

async function plantedFile(dir: string, f: (typeof FILES)[number]): Promise<string> {
  const base = renderSample({ kind: 'budget', seed: f.seed, artefacts: false, layout: 'tab' });
  const m = makeMutation(MUTATION_CLASSES.find((c) => c.id === f.plant)!, base, f.seed);
  if (!m) throw new Error(`no ${f.plant} mutation for seed ${f.seed}`);
  const path = join(dir, f.name);
  let data = (await renderSampleFormat({ kind: 'budget', seed: f.seed }, f.format, m.mutation)).data;
  if (f.format === 'html') data = Buffer.from(data.toString('utf8').replace('</body>', `<p>${HOSTILE.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p></body>`), 'utf8');
  writeFileSync(path, data);
  return path;
}

/** The element lies inside its scrolling view and inside the browser's viewport. */
async function expectInView(el: Locator, container: string): Promise<void> {
  const where = await el.evaluate((e, sel) => {
    const r = e.getBoundingClientRect();
    const c = e.closest(sel)!.getBoundingClientRect();
    return { r: [r.left, r.top, r.right, r.bottom], c: [c.left, c.top, c.right, c.bottom], vw: innerWidth, vh: innerHeight };
  }, container);
  const [l, t, r, b] = where.r;
  const why = JSON.stringify(where);
  expect(t, why).toBeGreaterThanOrEqual(Math.max(0, where.c[1]) - 1);
  expect(b, why).toBeLessThanOrEqual(Math.min(where.vh, where.c[3]) + 1);
  expect(l, why).toBeGreaterThanOrEqual(Math.max(0, where.c[0]) - 1);
  expect(Math.min(r, where.c[2]), why).toBeGreaterThan(l);
}

describe('the original of each format in the browser, with the evidence marked', () => {
  let files: string;
  let server: RunningServer;
  let browser: E2eSession['browser'];
  let page: Page;
  const ids = new Map<string, string>();
  let dialogs: string[] = [];

  let session: E2eSession | undefined;
  beforeAll(async () => {
    session = await openSession('original');
    ({ files, server, page, browser } = session);
    dialogs = session.dialogs;
  }, 120_000);

  afterAll(async () => {
    await session?.close();
  });

  const api = async <T>(path: string): Promise<T> => {
    const res = await browser.context.request.get(`${server.url}${path}`);
    expect(res.status(), path).toBe(200);
    return (await res.json()) as T;
  };

  /** Opens the document and clicks its first error finding whose evidence `has` a location. */
  const openAndClick = async (name: string, has: (e: Evidence) => boolean): Promise<Evidence[]> => {
    const id = ids.get(name)!;
    const { findings } = await api<{ findings: ApiFinding[] }>(`/api/documents/${id}`);
    const f = findings.find((x) => x.severity === 'error' && x.evidence.some(has));
    expect(f, `${name}: an error finding with such evidence`).toBeDefined();
    await page.goto(`${server.url}/#/doc/${id}`);
    await page.getByTestId('original-view').waitFor();
    await page.locator(`[data-testid=finding][data-fingerprint="${f!.fingerprint}"] .finding-message`).click();
    await page.locator(`[data-testid=finding][data-fingerprint="${f!.fingerprint}"].selected`).waitFor();
    return f!.evidence;
  };

  it('uploads a workbook, a Word document and a web page with planted errors and sees them checked', async () => {
    await createFirstAdmin(page, server, USER, PASSWORD);
    const paths = [];
    for (const f of FILES) paths.push(await plantedFile(files, f));
    paths.push(join(files, SCAN_NAME));
    expect(await textToScan(SCAN_TEXT, paths[paths.length - 1])).toBe(1);
    await page.getByTestId('file-input').setInputFiles(paths);
    await page.waitForFunction(
      (n) => {
        const rows = [...document.querySelectorAll('[data-testid=doc-row]')];
        return rows.length === n && rows.every((r) => r.getAttribute('data-status') === 'done');
      },
      FILES.length + 1,
      { timeout: 240_000, polling: 1000 },
    );
    const list = await api<{ documents: { id: string; name: string; errors: number; format: string }[] }>('/api/documents');
    for (const d of list.documents) ids.set(d.name, d.id);
    expect(list.documents.filter((d) => d.format !== 'pdf').map((d) => [d.format, d.errors > 0]).sort()).toEqual([
      ['docx', true],
      ['html', true],
      ['xlsx', true],
    ]);
  }, 300_000);

  it('workbook: the click switches to the evidence’s sheet and outlines its A1 cells, in view', async () => {
    const evidence = await openAndClick('部门预算-表格.xlsx', (e) => !!e.cell);
    const first = evidence.find((e) => e.cell)!;
    // the document opens on the first sheet; the evidence is on a table sheet further on
    await expect.poll(() => page.locator('[data-testid=sheet-tab].active').getAttribute('data-sheet'), { timeout: 15_000 }).toBe(first.sheet);
    const grid = page.locator(`[data-testid=sheet-grid][data-sheet="${first.sheet}"]`);
    await grid.waitFor();
    const marked = grid.locator('td[data-evidence=true]');
    const refs = await marked.evaluateAll((els) => els.map((e) => e.getAttribute('data-ref')));
    expect(refs.sort()).toEqual([...new Set(evidence.filter((e) => e.sheet === first.sheet && e.cell).map((e) => e.cell!))].sort());
    const cell = grid.locator(`td[data-ref="${first.cell}"]`);
    await expect.poll(() => cell.getAttribute('data-evidence'), { timeout: 15_000 }).toBe('true');
    expect(first.text.replace(/\s/g, '')).toContain(((await cell.textContent()) ?? '').replace(/\s/g, ''));
    await expectInView(cell, '.sheet-grid-wrap');
    // the row's quoted figures are outlined too
    expect(await grid.locator('td[data-quoted=true]').count()).toBeGreaterThan(0);
    await shot(page, 'original-xlsx');
    // the text tab still shows the normalised lines, with the evidence line marked
    await page.getByTestId('view-text').click();
    await expect.poll(() => page.locator('[data-testid=text-view] li.marked').first().getAttribute('data-line'), { timeout: 15_000 }).toBe(String(first.line));
    await page.getByTestId('view-original').click();
    await page.getByTestId('original-view').waitFor();
    // a figure of the extracted tables on another sheet: its own cell is outlined there
    const id = ids.get('部门预算-表格.xlsx')!;
    const { tables } = await api<{ tables: { id: string; rows: { cells: { text: string; sheet?: string; cell?: string }[] }[] }[] }>(`/api/documents/${id}`);
    const at = tables.flatMap((t) => t.rows.flatMap((r, ri) => r.cells.map((c, ci) => ({ key: `${t.id}:${ri}:${ci}`, ...c })))).find((c) => c.cell && c.sheet !== first.sheet && /[1-9]/.test(c.text))!;
    expect(at).toBeDefined();
    await page.getByTestId('tab-tables').click();
    await page.locator(`[data-testid=table-cell][data-key="${at.key}"]`).click();
    await expect.poll(() => page.locator('[data-testid=sheet-tab].active').getAttribute('data-sheet'), { timeout: 15_000 }).toBe(at.sheet);
    const figure = page.locator(`[data-testid=sheet-grid][data-sheet="${at.sheet}"] td[data-evidence=true]`);
    await expect.poll(() => figure.getAttribute('data-ref'), { timeout: 15_000 }).toBe(at.cell);
    await expect.poll(() => figure.textContent(), { timeout: 15_000 }).toBe(at.text);
    await expectInView(figure, '.sheet-grid-wrap');
    await shot(page, 'original-xlsx-table-cell', false);
    // a place in the URL given by its line (as a series point opens it): that line's cells are marked
    const byLine = (await api<{ original: { sheets: { name: string; cells: { ref: string; line?: number }[] }[] } }>(`/api/documents/${id}/original`)).original.sheets
      .flatMap((s) => s.cells.map((c) => ({ sheet: s.name, ...c })))
      .find((c) => c.line != null && c.sheet !== at.sheet && c.sheet !== first.sheet)!;
    await page.goto(`${server.url}/#/doc/${id}?line=${byLine.line}`);
    await page.getByTestId('original-view').waitFor();
    await expect.poll(() => page.locator('[data-testid=sheet-tab].active').getAttribute('data-sheet'), { timeout: 15_000 }).toBe(byLine.sheet);
    await expect.poll(() => page.locator(`[data-testid=sheet-grid] td[data-ref="${byLine.ref}"]`).getAttribute('data-evidence'), { timeout: 15_000 }).toBe('true');
    await page.getByTestId('tab-findings').click();
  }, 120_000);

  it('Word: the click marks the paragraph the evidence names, in view', async () => {
    const evidence = await openAndClick('部门预算-文档.docx', (e) => e.paragraph != null);
    const ev = evidence.find((e) => e.paragraph != null)!;
    const marked = page.locator('[data-testid=orig-paragraph][data-evidence=true]');
    await marked.first().waitFor();
    await expect.poll(() => marked.first().getAttribute('data-paragraph'), { timeout: 15_000 }).toBe(String(ev.paragraph));
    await expect.poll(() => marked.first().getAttribute('data-path'), { timeout: 15_000 }).toBe(ev.path);
    const digits = (s: string) => s.replace(/[^\d.]/g, '');
    expect(digits((await marked.first().textContent()) ?? '')).toContain(digits(ev.text).slice(0, 8));
    await expectInView(marked.first(), '.blocks-view');
    await shot(page, 'original-docx');
  }, 120_000);

  it('web page: the click marks the table cell whose element path the evidence names, in view', async () => {
    const evidence = await openAndClick('部门预算-网页.html', (e) => !!e.path?.includes('>td'));
    const ev = evidence.find((e) => e.path?.includes('>td'))!;
    const cell = page.locator(`[data-testid=orig-cell][data-path="${ev.path}"]`);
    await expect.poll(() => cell.getAttribute('data-evidence'), { timeout: 15_000 }).toBe('true');
    // the element path is shown on hover
    await expect.poll(() => cell.getAttribute('title'), { timeout: 15_000 }).toBe(ev.path);
    await expectInView(cell, '.blocks-view');
    await shot(page, 'original-html');
    // the page's markup-as-text is shown as text: no element made of it, no script run
    const last = page.locator('[data-testid=orig-paragraph]').last();
    await expect.poll(() => last.locator('.block-text').textContent(), { timeout: 15_000 }).toBe(HOSTILE);
    expect(await page.locator('.blocks-view img, .blocks-view script').count()).toBe(0);
    expect(dialogs).toEqual([]);
  }, 120_000);

  it('a scan: the page image with the red box over the OCR’d evidence of the misstated percentage', async () => {
    const id = ids.get(SCAN_NAME)!;
    const { findings } = await api<{ findings: ApiFinding[] }>(`/api/documents/${id}`);
    // recognised figures of low confidence make it a warning rather than an error: either is fine here
    const f = findings.find((x) => x.evidence.some((e) => e.box && e.page === 1 && /3\.08/.test(e.text)));
    expect(f, JSON.stringify(findings.map((x) => x.evidence.map((e) => e.text)))).toBeDefined();
    const lines = await api<{ lines: { lineNo: number; page?: number; text: string; box?: Box }[]; pages: { number: number; width?: number }[] }>(`/api/documents/${id}/lines`);
    const union = highlightBox(f!.evidence, lines.lines, 1) as Box;
    expect(union).toBeTruthy();
    await page.goto(`${server.url}/#/doc/${id}`);
    await page.locator(`[data-testid=finding][data-fingerprint="${f!.fingerprint}"] .finding-message`).click();
    await expectRedBoxOver(page, union, lines.pages[0].width!);
    await shot(page, 'original-scan');
  }, 120_000);
});
