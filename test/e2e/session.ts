/** One browser test's workbench: a fresh data folder and server, a folder for its files, Chromium with one page (dialogs recorded and dismissed). */
import { mkdirSync, rmSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { assertPrerequisites, freePort, launchBrowser, startServer, tempDir, type RunningServer } from './harness.js';
import { ARTIFACTS, SHOTS } from './page-checks.js';

export interface E2eSession {
  data: string;
  files: string;
  server: RunningServer;
  browser: { context: BrowserContext; close: () => Promise<void> };
  page: Page;
  /** Messages of the dialogs the page opened (each dismissed). */
  dialogs: string[];
  close(): Promise<void>;
}

export async function openSession(name: string): Promise<E2eSession> {
  assertPrerequisites();
  mkdirSync(ARTIFACTS, { recursive: true });
  mkdirSync(SHOTS, { recursive: true });
  const data = tempDir(`budgetlens-e2e-${name}-data-`);
  const files = tempDir(`budgetlens-e2e-${name}-files-`);
  const server = await startServer(data, await freePort());
  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return {
    data,
    files,
    server,
    browser,
    page,
    dialogs,
    close: async () => {
      await browser.close();
      await server.stop();
      for (const dir of [data, files]) rmSync(dir, { recursive: true, force: true });
    },
  };
}
