/**
 * Smoke test of the built CLI on a real port: `user add` from stdin, `serve`, upload a batch, kill -9
 * the server mid-batch, start it again on the same data folder: every document ends checked, each
 * job has exactly one result, nothing uploaded is lost.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Store } from '../engine/store/store.js';
import { CLI, spawnCli, waitFor, writeDocs, type Spawned } from '../engine/testing/fixtures.js';
import { multipart } from './testing.js';

const PASSWORD = 'restart-test-password';

async function start(data: string, cwd: string): Promise<{ s: Spawned; base: string }> {
  const s = spawnCli(['serve', '--port', '0', '--data', data], cwd);
  let base = '';
  await waitFor(() => !!(base = /已启动：(http:\/\/\S+)/.exec(s.stderr())?.[1] ?? ''), 30_000, 'server start');
  return { s, base };
}

async function session(base: string): Promise<Record<string, string>> {
  const r = await fetch(`${base}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'adm', password: PASSWORD }) });
  expect(r.status).toBe(200);
  const cookie = r.headers.get('set-cookie')!.split(';')[0];
  const { csrf } = (await r.json()) as { csrf: string };
  return { cookie, 'x-csrf-token': csrf };
}

const progress = async (base: string, h: Record<string, string>) => (await (await fetch(`${base}/api/progress`, { headers: h })).json()) as Record<string, number>;

describe('serve (built CLI, real port)', () => {
  it('a server killed mid-batch loses nothing: after a restart every queued document is checked exactly once', async () => {
    const n = 4;
    const { dir, files } = writeDocs(n, () => 'sleep=300');
    const data = join(dir, 'data');
    execFileSync(process.execPath, [CLI, 'user', 'add', '--role', 'admin', 'adm', '--data', data], { input: PASSWORD + '\n', cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });

    const first = await start(data, dir);
    expect(first.s.stderr()).not.toMatch(/设置令牌/);
    const h = await session(first.base);
    const { readFileSync } = await import('node:fs');
    const m = multipart(files.map((f, i) => ({ name: `doc-${i}.txt`, data: readFileSync(f) })));
    const up = await fetch(`${first.base}/api/documents`, { method: 'POST', headers: { ...m.headers, ...h }, body: new Uint8Array(m.payload) });
    expect(up.status).toBe(200);
    const ids = ((await up.json()) as { documents: { id: string }[] }).documents.map((d) => d.id);
    expect(ids).toHaveLength(n);
    await waitFor(async () => (await progress(first.base, h)).done >= 1, 60_000, 'first result');
    expect((await progress(first.base, h)).done).toBeLessThan(n);
    first.s.proc.kill('SIGKILL');
    await first.s.exit;

    const second = await start(data, dir);
    const h2 = await session(second.base);
    await waitFor(async () => (await progress(second.base, h2)).done === n, 90_000, 'all documents done after restart');
    const list = (await (await fetch(`${second.base}/api/documents`, { headers: h2 })).json()) as { documents: { id: string; status: string }[] };
    expect(list.documents.map((d) => d.id).sort()).toEqual([...ids].sort());
    // Reports that need the full model are built in a child process (report-worker.js) when the
    // report module is part of the build; without it they are refused with 501.
    const html = await fetch(`${second.base}/api/documents/${ids[0]}/report?format=html`, { headers: h2 });
    if (existsSync(join(dirname(CLI), '../report/export.js'))) {
      expect(html.status).toBe(200);
      expect(html.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await html.text()).toMatch(/doc-0\.txt/);
    } else expect(html.status).toBe(501);
    second.s.proc.kill('SIGTERM');
    await second.s.exit;

    const store = await Store.open(join(data, 'budgetlens.db'));
    try {
      const rows = await store.db.selectFrom('wb_documents').select(['id', 'job_id', 'status']).execute();
      expect(rows.every((r) => r.status === 'done')).toBe(true);
      for (const r of rows) {
        const job = (await store.job(r.job_id!))!;
        expect(job.status).toBe('done');
        expect(await store.resultCount(job.runId)).toBe(1);
      }
    } finally {
      await store.close();
    }
  });
});
