// E2E harness: the real workbench server (`budgetlens serve` from dist/) on a temp data dir and a
// free loopback port, and Debian's headless Chromium driven by playwright-core.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const CLI = process.env.BUDGETLENS_E2E_CLI ?? join(ROOT, 'dist', 'cli', 'main.js');
export const CHROMIUM = process.env.BUDGETLENS_CHROMIUM ?? '/usr/bin/chromium';

/** Fails loudly when what the e2e test needs is missing (no silent skip). */
export function assertPrerequisites(): void {
  if (!existsSync(CLI)) throw new Error(`e2e: ${CLI} is missing: run npm run build first`);
  if (!existsSync(join(ROOT, 'web', 'dist', 'index.html'))) throw new Error('e2e: web/dist is missing: run npm run build:web first');
  if (!existsSync(CHROMIUM)) throw new Error(`e2e: Chromium not found at ${CHROMIUM} (Debian package chromium)`);
}

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => ok(port));
    });
  });
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface RunningServer {
  url: string;
  /** The one-time setup token, when the data dir had no user. */
  token?: string;
  stderr: () => string;
  stop: () => Promise<void>;
}

/** Starts `budgetlens serve` and resolves once it prints its address (60 s at most). */
export async function startServer(data: string, port: number): Promise<RunningServer> {
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve', '--port', String(port), '--host', '127.0.0.1', '--data', data], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  let err = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (c: string) => (err += c));
  child.stdout?.resume();
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  await new Promise<void>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start in 60 s:\n${err}`)), 60_000);
    const check = () => {
      if (/工作台已启动/.test(err)) {
        clearTimeout(timer);
        ok();
      }
    };
    child.stderr?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`server exited with ${code}:\n${err}`));
    });
  });
  // the token is printed after the address
  await new Promise((r) => setTimeout(r, 200));
  const token = /设置令牌：\s*(\S+)/.exec(err)?.[1];
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    stderr: () => err,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const t = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(t);
      }
    },
  };
}

/** A fresh Chromium profile, headless, at the given viewport. */
export async function launchBrowser(viewport = { width: 1366, height: 768 }): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = tempDir('budgetlens-chromium-');
  mkdirSync(profile, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    acceptDownloads: true,
    locale: 'zh-CN',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
  // generous waits: in CI the browser shares two cores with the rest of the test suite
  context.setDefaultTimeout(60_000);
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The first sign-in of a new workbench: the setup token from the server's start, then the admin's name and password; waits for the signed-in page. */
export async function createFirstAdmin(page: Page, server: RunningServer, user: string, password: string): Promise<void> {
  await page.goto(server.url);
  await page.locator('input[name=token]').fill(server.token as string);
  await page.locator('input[name=username]').fill(user);
  await page.locator('input[name=password]').fill(password);
  await page.getByRole('button', { name: '创建管理员并登录' }).click();
  await page.getByTestId('user-menu').waitFor();
}
