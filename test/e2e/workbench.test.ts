// End to end in a real headless Chromium: first-run setup and login through the UI, upload three
// shared PDFs, one shared text and a hostile text, wait for the checks, click a finding and assert
// the red box on the page against the evidence box, dismiss it with a reason, restart the server,
// see the decision again, download the reports and check their content. Screenshots of the main
// screens go to test-artifacts/ and docs/screenshots/.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightBox } from '../../web/src/lib/boxes.js';
import { assertPrerequisites, createFirstAdmin, freePort, launchBrowser, startServer, tempDir, type RunningServer } from './harness.js';
import { ARTIFACTS, SHOTS, escapeHtml, expectRedBoxOver, samplePath, shot, type Box } from './page-checks.js';

const PDFS = ['shanghai-putuo-wanli-street-2024-budget.pdf', 'shanghai-putuo-finance-bureau-2024-final.pdf', 'shanghai-final-template-2024.pdf'];
const TEXT = 'beijing-xicheng-liaison-2024-budget.txt';
const HOSTILE_LINE = '<script>alert(1)</script>" onload="alert(2)';
const USER = 'e2e-admin';
const PASSWORD = 'Correct-Horse-e2e-9';

interface ApiFinding {
  fingerprint: string;
  message: string;
  severity: string;
  stated?: string;
  evidence: { page?: number; line?: number; box?: Box; text: string }[];
  review: null | { status: string; reason?: string; by: string };
}

describe('workbench in the browser', () => {
  let data: string;
  let port: number;
  let server: RunningServer;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  const dialogs: string[] = [];
  let pdfDocId = '';
  let chosen: ApiFinding | undefined;
  let chosenPage = 0;
  let evidenceUnion: Box = { x0: 0, y0: 0, x1: 0, y1: 0 };
  let evidencePageWidth = 0;
  const ids = new Map<string, string>();
  const temps: string[] = [];
  const temp = (prefix: string) => {
    const dir = tempDir(prefix);
    temps.push(dir);
    return dir;
  };

  const api = async <T>(path: string): Promise<T> => {
    const res = await browser.context.request.get(`${server.url}${path}`);
    expect(res.status(), `${path}: ${await res.text().catch(() => '')}`).toBe(200);
    return (await res.json()) as T;
  };

  const login = async () => {
    await page.getByTestId('login-form').waitFor();
    await page.locator('input[name=username]').fill(USER);
    await page.locator('input[name=password]').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByTestId('user-menu').waitFor();
  };

  beforeAll(async () => {
    assertPrerequisites();
    mkdirSync(ARTIFACTS, { recursive: true });
    mkdirSync(SHOTS, { recursive: true });
    data = temp('budgetlens-e2e-data-');
    port = await freePort();
    server = await startServer(data, port);
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  });

  it('creates the first admin with the one-time token, logs out and logs in through the UI', async () => {
    expect(server.token, server.stderr()).toBeTruthy();
    await createFirstAdmin(page, server, USER, PASSWORD);
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.getByTestId('login-form').waitFor();
    await shot(page, 'login');
    await login();
    await expect(page.getByTestId('user-menu').textContent()).resolves.toContain(USER);
  }, 60_000);

  it('uploads three PDFs, a text and a hostile text, and shows them checked', async () => {
    const hostileDir = temp('budgetlens-e2e-hostile-');
    const hostile = join(hostileDir, 'hostile-text.txt');
    writeFileSync(hostile, `${HOSTILE_LINE}\n${readFileSync(samplePath(`text/${TEXT}`), 'utf8')}`);
    const files = [...PDFS.map((p) => samplePath(`pdf/${p}`)), samplePath(`text/${TEXT}`), hostile];
    await page.getByTestId('file-input').setInputFiles(files);
    await page.getByTestId('upload-result').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('upload-result').textContent()).resolves.toContain('已接收 5 个文件');
    // live status: wait until every row is done (the list polls /api/progress and /api/documents)
    await page.waitForFunction(
      () => {
        const rows = [...document.querySelectorAll('[data-testid=doc-row]')];
        return rows.length === 5 && rows.every((r) => r.getAttribute('data-status') === 'done');
      },
      undefined,
      { timeout: 240_000, polling: 1000 },
    );
    const list = await api<{ documents: { id: string; name: string; status: string; errors: number }[] }>('/api/documents');
    for (const d of list.documents) ids.set(d.name, d.id);
    expect(list.documents.every((d) => d.status === 'done')).toBe(true);
    pdfDocId = ids.get(PDFS[0]) as string;
    expect(pdfDocId).toBeTruthy();
    await shot(page, 'documents');
    // grouped region → department → unit: a group folds away its documents
    const rows = () => page.locator('[data-testid=doc-row]').count();
    const region = page.locator('[data-testid=group-row].level-0').first();
    const inRegion = Number(/(\d+) 份/.exec((await region.textContent()) ?? '')?.[1]);
    expect(inRegion).toBeGreaterThan(0);
    await region.locator('button').click();
    expect(await rows()).toBe(5 - inRegion);
    await region.locator('button').click();
    expect(await rows()).toBe(5);
    // full-text search: words of one document's text (not of its name) find it alone
    await page.getByTestId('search').fill('宣传事务一般行政管理事务');
    await page.getByRole('button', { name: '搜索' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=doc-row]').length === 1, undefined, { timeout: 15_000 });
    await expect(page.locator('[data-testid=doc-row]').getAttribute('data-id')).resolves.toBe(pdfDocId);
    await page.getByTestId('search').fill('');
    await page.getByRole('button', { name: '搜索' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=doc-row]').length === 5, undefined, { timeout: 15_000 });
  }, 300_000);

  it('takes files dropped on the page and shows why a fake PDF is refused', async () => {
    await page.goto(`${server.url}/#/`);
    await page.getByTestId('dropzone').waitFor();
    // a drop with a file whose name says PDF but whose content is not one
    const dt = await page.evaluateHandle(() => {
      const d = new DataTransfer();
      d.items.add(new File(['这不是 PDF 文件'], 'fake.pdf', { type: 'application/pdf' }));
      return d;
    });
    await page.getByTestId('dropzone').dispatchEvent('drop', { dataTransfer: dt });
    await page.getByTestId('upload-result').waitFor();
    await expect(page.getByTestId('upload-result').textContent()).resolves.toMatch(/拒绝 1 个[\s\S]*fake\.pdf：/);
    await shot(page, 'upload-refused', false);
  }, 60_000);

  it('uploads a whole folder through the folder picker, and a zip archive', async () => {
    const dir = join(temp('budgetlens-e2e-folder-'), '上传文件夹');
    mkdirSync(dir);
    writeFileSync(join(dir, 'karamay.txt'), readFileSync(samplePath('text/karamay-foreign-affairs-2024-final.txt')));
    await page.getByTestId('folder-input').setInputFiles(dir);
    await page.getByTestId('upload-result').filter({ hasText: '已接收 1 个文件' }).waitFor();
    await page.locator('[data-testid=doc-row]', { hasText: 'karamay.txt' }).first().waitFor();
    // a zip archive: its documents are taken one by one
    const zip = join(temp('budgetlens-e2e-zip-'), '批量.zip');
    writeFileSync(zip, zipSync({ '西城区/政府办.txt': new Uint8Array(readFileSync(samplePath('text/beijing-xicheng-government-office-2024-budget.txt'))) }));
    await page.getByTestId('file-input').setInputFiles(zip);
    await page.getByTestId('upload-result').filter({ hasText: '已接收 1 个文件' }).waitFor();
    await page.locator('[data-testid=doc-row]', { hasText: '政府办.txt' }).first().waitFor();
  }, 60_000);

  it('opens a PDF, clicks a finding: the page turns and the red box covers the evidence', async () => {
    const detail = await api<{ findings: ApiFinding[] }>(`/api/documents/${pdfDocId}`);
    const lines = await api<{
      lines: { lineNo: number; page?: number; text: string; box?: Box }[];
      pages: { number: number; width?: number; height?: number }[];
    }>(`/api/documents/${pdfDocId}/lines`);
    // a finding whose evidence has a box on a page other than the first (so the page must turn)
    chosen = detail.findings.find((f) => f.evidence.some((e) => e.box && e.page && e.page > 1));
    expect(chosen, 'a finding with an evidence box past page 1').toBeTruthy();
    const f = chosen as ApiFinding;
    chosenPage = f.evidence.find((e) => e.box && e.page && e.page > 1)?.page as number;
    const boxes = f.evidence.filter((e) => e.page === chosenPage && e.box).map((e) => e.box as Box);
    const evidenceBox = boxes.reduce((u, b) => ({ x0: Math.min(u.x0, b.x0), y0: Math.min(u.y0, b.y0), x1: Math.max(u.x1, b.x1), y1: Math.max(u.y1, b.y1) }));
    // the red box: the evidence boxes and the lines a wrapped quote goes on to
    const union = highlightBox(f.evidence, lines.lines, chosenPage) as Box;
    const within = (inner: Box, outer: Box) => inner.x0 >= outer.x0 && inner.y0 >= outer.y0 && inner.x1 <= outer.x1 && inner.y1 <= outer.y1;
    expect(within(evidenceBox, union)).toBe(true);
    // it covers the quoted figure: the line on that page that prints the stated value
    const stated = (f as ApiFinding & { stated?: string }).stated;
    const figureLine = stated ? lines.lines.find((l) => l.page === chosenPage && l.box && l.text.includes(stated) && f.evidence.some((e) => e.line != null && l.lineNo >= e.line && l.lineNo <= e.line + 12)) : undefined;
    expect(figureLine, `a line printing ${stated}`).toBeTruthy();
    expect(within((figureLine as { box: Box }).box, union), `the line printing ${stated}`).toBe(true);
    const pageWidth = lines.pages.find((p) => p.number === chosenPage)?.width;
    expect(pageWidth, 'page width from /lines').toBeGreaterThan(0);

    await page.goto(`${server.url}/#/doc/${pdfDocId}`);
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=pdf-page]')?.getAttribute('data-page')) === 1, undefined, { timeout: 30_000 });
    await page.locator(`[data-testid=finding][data-fingerprint="${f.fingerprint}"]`).click();
    await page.waitForFunction((p) => Number(document.querySelector('[data-testid=pdf-page]')?.getAttribute('data-page')) === p, chosenPage, { timeout: 30_000 });
    const box = page.getByTestId('evidence-box');
    await box.waitFor();
    await expect(page.locator('.page-input').inputValue()).resolves.toBe(String(chosenPage));

    await expectRedBoxOver(page, union, pageWidth as number);
    evidenceUnion = union;
    evidencePageWidth = pageWidth as number;
    // usable at 1366×768: nothing runs off the side of the window
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await shot(page, 'document-finding');
  }, 90_000);

  it('dismisses the finding with a reason (a reason is required)', async () => {
    const f = chosen as ApiFinding;
    const card = page.locator(`[data-testid=finding][data-fingerprint="${f.fingerprint}"]`);
    await card.getByTestId('dismiss').click();
    await card.getByTestId('review-submit').click();
    await expect(card.getByRole('alert').textContent()).resolves.toContain('理由');
    await card.getByTestId('dismiss-reason').fill('已与部门核实：说明中的原因表述无误（测试）');
    await card.getByTestId('review-submit').click();
    await card.getByTestId('review-info').waitFor();
    await expect(card.getByTestId('review-status').textContent()).resolves.toBe('已驳回');
    await expect(card.getByTestId('review-info').textContent()).resolves.toContain(USER);
    // a comment on the dismissed finding keeps the decision and its reason
    await card.getByTestId('comment').click();
    await card.getByTestId('comment-text').fill('请部门在更正稿中一并说明');
    await card.getByTestId('review-submit').click();
    await card.getByTestId('review-info').filter({ hasText: '请部门在更正稿中一并说明' }).waitFor();
    await expect(card.getByTestId('review-info').textContent()).resolves.toContain('已与部门核实');
    await expect(card.getByTestId('review-status').textContent()).resolves.toBe('已驳回');
    await shot(page, 'review');
  }, 60_000);

  it('keeps the decision across a server restart', async () => {
    await server.stop();
    server = await startServer(data, port);
    expect(server.token).toBeUndefined();
    await page.goto(`${server.url}/#/doc/${pdfDocId}`);
    // sessions may or may not survive a restart: log in again when asked
    await Promise.race([page.getByTestId('login-form').waitFor(), page.getByTestId('doc-title').waitFor()]);
    if (await page.getByTestId('login-form').isVisible()) await login();
    const card = page.locator(`[data-testid=finding][data-fingerprint="${(chosen as ApiFinding).fingerprint}"]`);
    await card.waitFor();
    await expect(card.getByTestId('review-status').textContent()).resolves.toBe('已驳回');
    await expect(card.getByTestId('review-info').textContent()).resolves.toContain('已与部门核实');
    await page.getByTestId('tab-audit').click();
    await page.getByTestId('audit-log').waitFor();
    await expect(page.getByTestId('audit-log').textContent()).resolves.toContain('已与部门核实');
    await shot(page, 'audit');
    // a re-check keeps the decision (findings keep their fingerprints)
    const before = (await api<{ document: { updatedAt: string } }>(`/api/documents/${pdfDocId}`)).document.updatedAt;
    await page.getByRole('button', { name: '重新检查' }).click();
    for (let i = 0; i < 240; i++) {
      const d = (await api<{ document: { status: string; updatedAt: string } }>(`/api/documents/${pdfDocId}`)).document;
      if (d.status === 'done' && d.updatedAt !== before) break;
      await page.waitForTimeout(500);
    }
    await page.waitForFunction(() => document.querySelector('.doc-header .status')?.textContent === '已完成' && !document.querySelector('.notice'), undefined, { timeout: 30_000, polling: 500 });
    await page.getByTestId('tab-findings').click();
    await expect(card.getByTestId('review-status').textContent()).resolves.toBe('已驳回');
  }, 120_000);

  it('shows the extracted tables and a cell on its page', async () => {
    type Cell = { text: string; page?: number; box?: Box };
    const detail = await api<{ tables: { page?: number; rows: { cells: Cell[] }[] }[] }>(`/api/documents/${pdfDocId}`);
    const { pages } = await api<{ pages: { number: number; width?: number }[] }>(`/api/documents/${pdfDocId}/lines`);
    // the first value cell (not a row head) with a box, in the order the tab shows the cells
    const linked = detail.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => ({ ...c, page: c.page ?? t.page }))).filter((c) => c.box));
    const target = linked.find((c) => /\d/.test(c.text)) as Cell;
    expect(target, 'a table cell with a box').toBeTruthy();
    await page.getByTestId('tab-tables').click();
    const cell = page.locator('[data-testid=table-cell].linked').nth(linked.indexOf(target));
    await expect(cell.textContent()).resolves.toBe(target.text);
    await cell.click();
    await page.waitForFunction((p) => Number(document.querySelector('[data-testid=pdf-page]')?.getAttribute('data-page')) === p, target.page, { timeout: 30_000 });
    await expectRedBoxOver(page, target.box as Box, pages.find((p) => p.number === target.page)?.width as number);
    await shot(page, 'tables');
  }, 60_000);

  it('shows a text input with the evidence lines marked', async () => {
    const id = ids.get(TEXT) as string;
    const detail = await api<{ findings: (ApiFinding & { evidence: { line?: number }[] })[] }>(`/api/documents/${id}`);
    const f = detail.findings.find((x) => x.evidence.some((e) => e.line != null));
    expect(f, 'a finding quoting a line').toBeTruthy();
    const line = (f as ApiFinding & { evidence: { line?: number }[] }).evidence.find((e) => e.line != null)?.line as number;
    await page.goto(`${server.url}/#/doc/${id}`);
    await page.getByTestId('text-view').waitFor();
    await page.locator(`[data-testid=finding][data-fingerprint="${(f as ApiFinding).fingerprint}"]`).click();
    await page.locator(`.text-view li.marked[data-line="${line}"]`).waitFor();
    await expect(page.locator(`.text-view li[data-line="${line}"] .line-text`).textContent()).resolves.toBe(
      (await api<{ lines: { lineNo: number; text: string }[] }>(`/api/documents/${id}/lines`)).lines.find((l) => l.lineNo === line)?.text,
    );
    await shot(page, 'text-document');
  }, 60_000);

  it('displays hostile document text as text', async () => {
    const id = ids.get('hostile-text.txt') as string;
    await page.goto(`${server.url}/#/doc/${id}`);
    await page.getByTestId('text-view').waitFor();
    await expect(page.getByTestId('text-view').textContent()).resolves.toContain(HOSTILE_LINE);
    expect(await page.locator('.text-view script').count()).toBe(0);
    expect(await page.locator('[onload]').count()).toBe(0);
    expect(dialogs).toEqual([]);
  }, 60_000);

  it('draws the red box right on a 4K screen too', async () => {
    await page.setViewportSize({ width: 3840, height: 2160 });
    await page.goto(`${server.url}/#/doc/${pdfDocId}`);
    await page.locator(`[data-testid=finding][data-fingerprint="${(chosen as ApiFinding).fingerprint}"]`).click();
    await page.waitForFunction((p) => Number(document.querySelector('[data-testid=pdf-page]')?.getAttribute('data-page')) === p, chosenPage, { timeout: 30_000 });
    await page.getByTestId('evidence-box').waitFor();
    await expectRedBoxOver(page, evidenceUnion, evidencePageWidth);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await shot(page, 'document-4k', false);
    await page.setViewportSize({ width: 1366, height: 768 });
  }, 60_000);

  it('lists the users for the admin', async () => {
    await page.goto(`${server.url}/#/users`);
    await page.getByRole('heading', { name: '用户管理' }).waitFor();
    await page.locator('.users-page td', { hasText: USER }).first().waitFor();
    await shot(page, 'users');
  }, 30_000);

  it('adds a read-only user who can view but neither upload nor review', async () => {
    const reader = 'e2e-reader';
    const readerPassword = 'Reader-Password-e2e-7';
    await page.locator('.inline-form input').nth(0).fill(reader);
    await page.locator('.inline-form input[type=password]').fill(readerPassword);
    await page.locator('.inline-form select').selectOption('readonly');
    await page.locator('.inline-form button[type=submit]').click();
    await page.locator('.users-page td', { hasText: reader }).first().waitFor();
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.getByTestId('login-form').waitFor();
    await page.locator('input[name=username]').fill(reader);
    await page.locator('input[name=password]').fill(readerPassword);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByTestId('user-menu').waitFor();
    await expect(page.locator('main').textContent()).resolves.toContain('只有管理员可以管理用户');
    await page.goto(`${server.url}/#/`);
    await page.locator('[data-testid=doc-row]').first().waitFor();
    expect(await page.getByTestId('dropzone').count()).toBe(0);
    await page.goto(`${server.url}/#/doc/${pdfDocId}`);
    await page.getByTestId('finding').first().waitFor();
    expect(await page.getByTestId('dismiss').count()).toBe(0);
    await expect(page.locator(`[data-testid=finding][data-fingerprint="${(chosen as ApiFinding).fingerprint}"] [data-testid=review-status]`).textContent()).resolves.toBe('已驳回');
    // the API refuses a review from this role too
    const csrf = (await api<{ csrf: string }>('/api/me')).csrf;
    const res = await browser.context.request.post(`${server.url}/api/documents/${pdfDocId}/findings/${(chosen as ApiFinding).fingerprint}/review`, {
      headers: { 'x-csrf-token': csrf },
      data: { status: 'confirmed' },
    });
    expect(res.status()).toBe(403);
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await login();
  }, 60_000);

  it('downloads the HTML report with the finding message escaped', async () => {
    const f = chosen as ApiFinding;
    const res = await browser.context.request.get(`${server.url}/api/documents/${pdfDocId}/report?format=html`);
    expect(res.status(), await res.text()).toBe(200);
    const html = await res.text();
    // quotes may or may not be written as entities; <, > and & must be
    const text = html.replace(/&quot;|&#34;|&#x22;/g, '"').replace(/&#39;|&#x27;|&apos;/g, "'");
    expect(text).toContain(escapeHtml(f.message));
    const hostile = await browser.context.request.get(`${server.url}/api/documents/${ids.get('hostile-text.txt')}/report?format=html`);
    expect(hostile.status()).toBe(200);
    expect(await hostile.text()).not.toContain('<script>alert(1)</script>');
  }, 120_000);

  // SKIPPED: needs the report module (branch h/report), see above.
  it('downloads the annotated PDF with an annotation on the finding page', async () => {
    const res = await browser.context.request.get(`${server.url}/api/documents/${pdfDocId}/report?format=pdf`);
    expect(res.status(), res.status() === 200 ? '' : await res.text()).toBe(200);
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(await res.body()), isEvalSupported: false }).promise;
    const annots = await (await doc.getPage(chosenPage)).getAnnotations();
    expect(annots.length).toBeGreaterThan(0);
    await doc.destroy();
  }, 120_000);
});
