/**
 * The distributed backend against a real Redis and Postgres: two `budgetlens worker` processes share
 * one queue; one is killed mid-document; its job is retried by the other and recorded exactly once.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { basename } from 'node:path';
import { Store } from './store/store.js';
import { jsonLines, spawnCli, waitFor, writeDocs, type Spawned } from './testing/fixtures.js';
import { ciRequiresServices, MISSING_SERVICES, services, servicesPresent } from './testing/services.js';

describe('distributed services', () => {
  it('are present when CI=true', () => {
    if (ciRequiresServices) throw new Error(MISSING_SERVICES);
  });
});

describe.skipIf(!servicesPresent)('distributed batch (BullMQ + Postgres)', () => {
  const started: Spawned[] = [];
  afterAll(async () => {
    for (const s of started) if (s.proc.exitCode === null) s.proc.kill('SIGKILL');
  });
  const worker = (cwd: string) => {
    const w = spawnCli(['worker', '--redis', services.redis!, '--db', services.pg!, '--jobs', '1', '--lock', '2'], cwd);
    started.push(w);
    return w;
  };

  it('a worker killed mid-document: the job is retried by the other worker, exactly one result each', async () => {
    const n = 8;
    const { dir, files } = writeDocs(n, () => 'sleep=1500');
    const a = worker(dir);
    const b = worker(dir);
    await waitFor(() => a.stderr().includes('已启动') && b.stderr().includes('已启动'), 60_000, 'workers ready');
    const name = `dist-${basename(dir)}`;
    const check = spawnCli(['check', '--json', '--redis', services.redis!, '--db', services.pg!, '--run', name, ...files], dir);
    started.push(check);

    const store = await Store.open(services.pg!);
    try {
      let runId = '';
      const aName = `:${a.proc.pid}`;
      let victim = '';
      await waitFor(
        async () => {
          const run = await store.runByName(name);
          if (!run) return false;
          runId = run.id;
          const rows = await store.db.selectFrom('jobs').select(['id', 'worker', 'status']).where('run_id', '=', run.id).execute();
          victim = rows.find((r) => r.status === 'running' && r.worker?.endsWith(aName))?.id ?? '';
          return victim !== '';
        },
        60_000,
        'worker A to hold a job',
      );
      a.proc.kill('SIGKILL');
      const code = await check.exit;
      expect(code).toBe(jsonLines(check.stdout()).some((o) => o.summary.error > 0) ? 1 : 0);
      expect(jsonLines(check.stdout()).map((o) => o.file)).toEqual(files);

      const results = await store.results(runId);
      expect(results.map((r) => r.file)).toEqual(files);
      expect(new Set(results.map((r) => r.jobId)).size).toBe(n);
      const redone = (await store.jobs(runId)).find((j) => j.id === victim)!;
      expect(redone.status).toBe('done');
      expect(redone.attempts).toBeGreaterThanOrEqual(2);
      const winner = await store.db.selectFrom('results').select('worker').where('job_id', '=', victim).executeTakeFirstOrThrow();
      expect(winner.worker).toMatch(new RegExp(`:${b.proc.pid}$`));
    } finally {
      await store.close();
    }
  }, 180_000);
});
