// End to end in a real headless Chromium: upload a generated body's budget and final (text files)
// for two years, open the body's 系列 page from the documents page, click a bar of the timeline and
// a point of the function-class chart (ECharts draws on a canvas: the pixel comes from the chart
// instance the page registers on window), and assert the document view opens with the point's
// line marked; a 款 of the latest document's treemap the same way; then a shared PDF's budget bar opens its page with the red box on the figure;
// last, a second generated department: the series index compares both, and a bar opens its line.
// Screenshots: docs/screenshots/series.png, series-compare.png.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSeries, renderSeriesDoc } from '../../src/sample/series.js';
import { createFirstAdmin, type RunningServer } from './harness.js';
import { openSession, type E2eSession } from './session.js';
import { expectRedBoxOver, samplePath, shot, type Box } from './page-checks.js';

const USER = 'e2e-series';
const PDF = 'shanghai-putuo-wanli-street-2024-budget.pdf';
const PASSWORD = 'Series-e2e-Password-7';

interface Point {
  value: string;
  documentId: string;
  documentName: string;
  page?: number;
  line: number;
  box?: Box;
}
interface TreeNode extends Point {
  code: string;
  name: string;
  children?: TreeNode[];
}
interface Series {
  name: string;
  treemap: TreeNode[];
  timeline: { year: number; budget: Point; final: Point }[];
  classes: { code: string; points: (Point & { year: number; kind: string })[] }[];
}

/** What the page registers on window: its ECharts instances (the two calls the test makes). */
interface Charts {
  __budgetlensCharts: Record<
    string,
    {
      convertToPixel(finder: { seriesIndex: number }, value: number[]): number[];
      getModel(): { getSeriesByIndex(i: number): { getData(): { getItemLayout(i: number): { x: number; y: number; width: number; height: number } } } };
    }
  >;
}

const digits = (x: string) => x.replace(/\D/g, '').replace(/^0+|0+$/g, '');

describe('series views in the browser', () => {
  let files: string;
  let server: RunningServer;
  let browser: E2eSession['browser'];
  let page: Page;
  let series: Series;
  const s = buildSeries({ seed: 4, years: 2 });

  let session: E2eSession | undefined;
  beforeAll(async () => {
    session = await openSession('series');
    ({ files, server, page, browser } = session);
  }, 120_000);

  afterAll(async () => {
    await session?.close();
  });

  /** Where the document view must open: the point's document, with its line marked. */
  const expectOpenedAt = async (p: Point) => {
    await page.waitForFunction((id) => location.hash.startsWith(`#/doc/${id}`), p.documentId);
    await expect(page.getByTestId('doc-title').textContent()).resolves.toBe(p.documentName);
    const marked = page.locator('[data-testid=text-view] li.marked');
    await marked.first().waitFor();
    expect(await marked.count()).toBe(1);
    await expect(marked.getAttribute('data-line')).resolves.toBe(String(p.line));
    expect(digits((await marked.locator('.line-text').textContent()) ?? '')).toContain(digits(p.value));
    await expect(marked.isVisible()).resolves.toBe(true);
    expect(new URL(page.url()).hash).toContain(`line=${p.line}`);
  };

  it('uploads a body budget and final for two years and opens its timeline from the documents page', async () => {
    await createFirstAdmin(page, server, USER, PASSWORD);

    const docs = s.docs.filter((d) => d.scope === 'department');
    expect(docs).toHaveLength(4);
    const paths = docs.map((d) => {
      const p = join(files, `${d.year}-${d.kind === 'budget' ? '预算' : '决算'}.txt`);
      writeFileSync(p, renderSeriesDoc(d));
      return p;
    });
    await page.getByTestId('file-input').setInputFiles(paths);
    await page.waitForFunction(
      () => {
        const rows = [...document.querySelectorAll('[data-testid=doc-row]')];
        return rows.length === 4 && rows.every((r) => r.getAttribute('data-status') === 'done');
      },
      undefined,
      { timeout: 180_000, polling: 1000 },
    );

    await page.getByTestId('series-link').click();
    await page.getByTestId('body-list').waitFor();
    expect(await page.getByTestId('body-link').count()).toBe(1);
    await page.getByTestId('body-link').click();
    await page.locator('[data-testid=chart-timeline][data-ready=true]').waitFor();
    const key = decodeURIComponent(new URL(page.url()).hash.replace(/^#\/series\//, ''));
    const res = await browser.context.request.get(`${server.url}/api/bodies/${encodeURIComponent(key)}/series`);
    expect(res.status()).toBe(200);
    series = (await res.json()) as Series;
    await expect(page.getByTestId('series-title').textContent()).resolves.toBe(series.name);
    expect(series.timeline.map((t) => t.year)).toEqual(s.years);
    await page.locator('[data-testid=chart-classes][data-ready=true]').waitFor();
    await page.locator('[data-testid=chart-treemap][data-ready=true]').waitFor();
    await page.locator('[data-testid=chart-sankey][data-ready=true]').waitFor();
    // the screenshot shows the class chart, the treemap and the sankey
    await page.evaluate(() => document.querySelector('[data-testid=chart-treemap]')!.scrollIntoView({ block: 'end' }));
    await shot(page, 'series');
    await page.evaluate(() => document.querySelector('[data-testid=chart-sankey]')!.scrollIntoView({ block: 'end' }));
    await shot(page, 'series-sankey', false);
    // back to the top of whichever element scrolls (the timeline's bars must be in view)
    await page.evaluate(() => {
      for (const el of [document.scrollingElement, ...document.querySelectorAll('*')]) if (el && el.scrollTop) el.scrollTop = 0;
    });
  }, 300_000);

  it('clicks the first year’s final bar and lands on the line it came from', async () => {
    const p = series.timeline[0].final;
    // the bar's rectangle as ECharts laid it out, in the chart's own pixels
    const at = await page.evaluate(() => {
      const chart = (window as unknown as Charts).__budgetlensCharts.timeline;
      const r = chart.getModel().getSeriesByIndex(1).getData().getItemLayout(0);
      const box = document.querySelector('[data-testid=chart-timeline]')!.getBoundingClientRect();
      return { x: box.x + r.x + r.width / 2, y: box.y + r.y + r.height / 2 };
    });
    await page.mouse.click(at.x, at.y);
    await expectOpenedAt(p);
    await shot(page, 'series-point', false);
  }, 60_000);

  it('clicks a function class point of the last year’s budget and lands on its line', async () => {
    await page.goBack();
    await page.locator('[data-testid=chart-classes][data-ready=true]').waitFor();
    const year = s.years[s.years.length - 1];
    const index = series.classes.findIndex((c) => c.points.some((p) => p.year === year && p.kind === 'budget'));
    const p = series.classes[index].points.find((x) => x.year === year && x.kind === 'budget')!;
    // column of the class chart: each year's budget then final
    const col = s.years.indexOf(year) * 2;
    const at = await page.evaluate(
      ([seriesIndex, column, value]) => {
        const chart = (window as unknown as Charts).__budgetlensCharts.classes;
        const [x, y] = chart.convertToPixel({ seriesIndex }, [column, value]);
        const box = document.querySelector('[data-testid=chart-classes]')!.getBoundingClientRect();
        return { x: box.x + x, y: box.y + y };
      },
      [index, col, Number(p.value)] as const,
    );
    await page.mouse.click(at.x, at.y);
    await expectOpenedAt(p);
  }, 60_000);

  it('clicks a 款 of the latest document’s treemap and lands on its line', async () => {
    await page.goBack();
    await page.locator('[data-testid=chart-treemap][data-ready=true]').waitFor();
    const top = series.treemap.find((n) => n.children?.length)!;
    const p = top.children![0];
    await page.evaluate(() => document.querySelector('[data-testid=chart-treemap]')!.scrollIntoView());
    // the node's rectangle: ECharts lays each treemap node out inside its parent's
    const at = await page.evaluate((name) => {
      interface Node {
        name: string;
        parentNode?: Node;
        children: Node[];
        getLayout(): { x: number; y: number; width: number; height: number } | undefined;
      }
      const chart = (window as unknown as Charts).__budgetlensCharts.treemap;
      const tree = (chart.getModel().getSeriesByIndex(0).getData() as unknown as { tree: { root: Node } }).tree;
      const find = (n: Node): Node | undefined => (n.name === name ? n : n.children.map(find).find(Boolean));
      const node = find(tree.root)!;
      const r = node.getLayout()!;
      let x = r.x + r.width / 2;
      let y = r.y + r.height / 2;
      for (let up = node.parentNode; up; up = up.parentNode) {
        const l = up.getLayout();
        if (l) {
          x += l.x;
          y += l.y;
        }
      }
      const box = document.querySelector('[data-testid=chart-treemap]')!.getBoundingClientRect();
      return { x: box.x + x, y: box.y + y };
    }, `${p.code} ${p.name}`);
    await page.mouse.click(at.x, at.y);
    await expectOpenedAt(p);
  }, 60_000);

  it('clicks a PDF budget’s bar: the page turns and the red box covers the figure', async () => {
    await page.goto(`${server.url}/#/`);
    await page.getByTestId('file-input').setInputFiles(samplePath(`pdf/${PDF}`));
    await page.waitForFunction(
      () => {
        const rows = [...document.querySelectorAll('[data-testid=doc-row]')];
        return rows.length === 5 && rows.every((r) => r.getAttribute('data-status') === 'done');
      },
      undefined,
      { timeout: 240_000, polling: 1000 },
    );
    const bodies = (await (await browser.context.request.get(`${server.url}/api/bodies`)).json()) as { bodies: { key: string; documents: { name: string }[] }[] };
    const body = bodies.bodies.find((b) => b.documents.some((d) => d.name === PDF))!;
    const v = (await (await browser.context.request.get(`${server.url}/api/bodies/${encodeURIComponent(body.key)}/series`)).json()) as Series;
    const p = v.timeline[0].budget;
    expect(p.page).toBeGreaterThan(1);
    expect(p.box).toBeTruthy();
    const lines = (await (await browser.context.request.get(`${server.url}/api/documents/${p.documentId}/lines`)).json()) as { pages: { number: number; width?: number }[] };
    const width = lines.pages.find((x) => x.number === p.page)?.width as number;
    await page.goto(`${server.url}/#/series`);
    await page.getByTestId('body-list').waitFor();
    await page.getByTestId('body-link').filter({ hasText: v.name }).click();
    await page.locator('[data-testid=chart-timeline][data-ready=true]').waitFor();
    const at = await page.evaluate(() => {
      const r = (window as unknown as Charts).__budgetlensCharts.timeline.getModel().getSeriesByIndex(0).getData().getItemLayout(0);
      const box = document.querySelector('[data-testid=chart-timeline]')!.getBoundingClientRect();
      return { x: box.x + r.x + r.width / 2, y: box.y + r.y + r.height / 2 };
    });
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid=pdf-page]')?.getAttribute('data-page')) === n, p.page, { timeout: 60_000 });
    await expectRedBoxOver(page, p.box as Box, width);
    await shot(page, 'series-pdf-point', false);
  }, 300_000);

  it('compares two departments on the series index: a bar opens its document at the line', async () => {
    const other = buildSeries({ seed: 5, years: 2 }); // the same years as seed 4
    const paths = other.docs
      .filter((d) => d.scope === 'department')
      .map((d) => {
        const p = join(files, `另一部门-${d.year}-${d.kind === 'budget' ? '预算' : '决算'}.txt`);
        writeFileSync(p, renderSeriesDoc(d));
        return p;
      });
    await page.goto(`${server.url}/#/`);
    await page.getByTestId('file-input').setInputFiles(paths);
    await page.waitForFunction(
      () => {
        const rows = [...document.querySelectorAll('[data-testid=doc-row]')];
        return rows.length === 9 && rows.every((r) => r.getAttribute('data-status') === 'done');
      },
      undefined,
      { timeout: 180_000, polling: 1000 },
    );
    const res = (await (await browser.context.request.get(`${server.url}/api/bodies`)).json()) as { compare: { year: number; bodies: { name: string; budget: Point; final: Point }[] } };
    const c = res.compare;
    expect(c.year).toBe(s.years.at(-1));
    expect(c.bodies.map((b) => b.name)).toEqual(expect.arrayContaining([series.name, other.dept.name]));
    await page.goto(`${server.url}/#/series`);
    await page.locator('[data-testid=chart-compare][data-ready=true]').waitFor();
    await page.evaluate(() => document.querySelector('[data-testid=chart-compare]')!.scrollIntoView({ block: 'end' }));
    await shot(page, 'series-compare');
    // the other department's final bar (series 1)
    const i = c.bodies.findIndex((b) => b.name === other.dept.name);
    const p = c.bodies[i].final;
    const at = await page.evaluate((index) => {
      const r = (window as unknown as Charts).__budgetlensCharts.compare.getModel().getSeriesByIndex(1).getData().getItemLayout(index);
      const box = document.querySelector('[data-testid=chart-compare]')!.getBoundingClientRect();
      return { x: box.x + r.x + r.width / 2, y: box.y + r.y + r.height / 2 };
    }, i);
    await page.mouse.click(at.x, at.y);
    await expectOpenedAt(p);
    // another year: the chart follows the year chosen
    await page.goBack();
    await page.getByTestId('compare-year').selectOption(String(s.years[0]));
    await page.waitForFunction((y) => document.querySelector('[data-testid=compare-title]')?.textContent?.includes(`${y}年`), s.years[0]);
  }, 300_000);
});
