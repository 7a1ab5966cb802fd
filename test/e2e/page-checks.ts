// Helpers of the browser test: sample paths, screenshots and the red-box measurement.
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ROOT } from './harness.js';

export const ARTIFACTS = join(ROOT, 'test-artifacts');
export const SHOTS = join(ROOT, 'docs', 'screenshots');

// ../shared beside the clone (as in CI), else the machine's shared folder
const SAMPLES = [process.env.BUDGETLENS_SHARED, join(ROOT, '..', 'shared'), '/work/shared']
  .filter((d): d is string => !!d)
  .map((d) => join(d, 'samples'))
  .find((d) => existsSync(d));

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function samplePath(p: string): string {
  if (!SAMPLES) throw new Error('e2e: shared/samples not found beside the clone');
  return join(SAMPLES, p);
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The red box covers the evidence box (drawn 2 px outside it) and is within a few px of it. */
export async function expectRedBoxOver(page: Page, union: Box, pageWidth: number): Promise<void> {
  await page.locator('[data-testid=pdf-page][data-busy=false] [data-testid=evidence-box]').waitFor();
  // canvas and box measured in one go, once the layout has settled (same rects twice, 150 ms apart)
  const measure = () =>
    page.evaluate(() => {
      const rect = (sel: string) => {
        const el = document.querySelector(sel);
        if (!el) return null;
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      };
      const busy = document.querySelector('[data-testid=pdf-page]')?.getAttribute('data-busy') !== 'false';
      return busy ? null : { canvas: rect('[data-testid=pdf-canvas]'), red: rect('[data-testid=evidence-box]') };
    });
  let last = JSON.stringify(await measure());
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(150);
    const now = JSON.stringify(await measure());
    if (now === last && now !== 'null') break;
    last = now;
  }
  const { canvas, red } = JSON.parse(last) as { canvas: { x: number; y: number; width: number } | null; red: { x: number; y: number; width: number; height: number } | null };
  expect(canvas && red).toBeTruthy();
  const c = canvas as { x: number; y: number; width: number };
  const scale = c.width / pageWidth;
  const expected = { left: c.x + union.x0 * scale, top: c.y + union.y0 * scale, right: c.x + union.x1 * scale, bottom: c.y + union.y1 * scale };
  const r = red as { x: number; y: number; width: number; height: number };
  const got = { left: r.x, top: r.y, right: r.x + r.width, bottom: r.y + r.height };
  const why = JSON.stringify({ got, expected, scale });
  expect(got.left, why).toBeLessThanOrEqual(expected.left + 0.5);
  expect(got.top, why).toBeLessThanOrEqual(expected.top + 0.5);
  expect(got.right).toBeGreaterThanOrEqual(expected.right - 0.5);
  expect(got.bottom).toBeGreaterThanOrEqual(expected.bottom - 0.5);
  for (const k of ['left', 'top', 'right', 'bottom'] as const) expect(Math.abs(got[k] - expected[k])).toBeLessThanOrEqual(4);
}

export async function shot(page: Page, name: string, docs = true): Promise<void> {
  const file = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  if (docs) copyFileSync(file, join(SHOTS, `${name}.png`));
}
