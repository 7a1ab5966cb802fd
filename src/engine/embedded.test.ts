/** The embedded backend end to end through the built CLI: resume after a hard kill, deadlines, crashes. */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Store } from './store/store.js';
import { jsonLines, spawnCli, waitFor, writeDocs } from './testing/fixtures.js';

describe('embedded batch', () => {
  it('a batch killed at a random moment resumes without redoing finished files: exactly one result each', async () => {
    const n = 16;
    // 16 × 400 ms on two workers: well over the longest wait before the kill (first results + 1.5 s)
    const { dir, files } = writeDocs(n, () => 'sleep=400');
    const data = join(dir, 'data');
    const first = spawnCli(['check', '--json', '--jobs', '2', '--data', data, '--run', 'big', join(dir, 'docs')], dir);
    const printed = () => jsonLines(first.stdout()).length;
    await waitFor(() => printed() >= 2, 60_000, 'first results');
    await new Promise((r) => setTimeout(r, Math.random() * 1500));
    first.proc.kill('SIGKILL');
    await first.exit;
    const before = jsonLines(first.stdout()).map((o) => o.file);
    expect(before.length).toBeLessThan(n);

    const store = await Store.open(join(data, 'budgetlens.db'));
    try {
      const run = (await store.runByName('big'))!;
      const committed = (await store.results(run.id)).length;
      expect(committed).toBeGreaterThanOrEqual(before.length);

      const second = spawnCli(['check', '--json', '--jobs', '2', '--data', data, '--resume'], dir);
      const code = await second.exit;
      expect(code).toBe(jsonLines(second.stdout()).some((o) => o.summary.error > 0) ? 1 : 0);
      const after = jsonLines(second.stdout()).map((o) => o.file);
      expect(after).toEqual(files);
      const results = await store.results(run.id);
      expect(results.map((r) => r.file)).toEqual(files);
      expect(new Set(results.map((r) => r.jobId)).size).toBe(n);
      // Only the jobs that were running at the kill (at most one per worker) ran twice.
      const jobs = await store.jobs(run.id);
      expect(jobs.every((j) => j.status === 'done')).toBe(true);
      expect(jobs.filter((j) => j.attempts > 1).length).toBeLessThanOrEqual(2);
      expect((await store.runById(run.id))!.status).toBe('done');
    } finally {
      await store.close();
    }
  }, 180_000);

  it('a parser that spins is killed at the deadline, reported in one line, and the batch goes on', async () => {
    const { dir, files } = writeDocs(3, (i) => (i === 0 ? 'spin' : undefined));
    const t0 = Date.now();
    const r = spawnCli(['check', '--json', '--no-progress', '--jobs', '1', '--timeout', '1', '--data', join(dir, 'data'), ...files], dir);
    expect(await r.exit).toBe(2);
    expect(Date.now() - t0).toBeLessThan(30_000);
    const errs = r.stderr().trim().split('\n');
    expect(errs).toHaveLength(1);
    expect(errs[0]).toContain(files[0]);
    expect(errs[0]).toContain('超时');
    expect(jsonLines(r.stdout()).map((o) => o.file)).toEqual(files.slice(1));
  }, 60_000);

  it('a single spinning file is bounded too (no store)', async () => {
    const { dir, files } = writeDocs(1, () => 'spin');
    const r = spawnCli(['check', '--json', '--timeout', '1', files[0]], dir);
    expect(await r.exit).toBe(2);
    expect(r.stderr()).toContain('超时');
  }, 60_000);

  it('a document that kills its worker is retried once, then reported; the batch survives', async () => {
    const { dir, files } = writeDocs(3, (i) => (i === 1 ? 'crash' : undefined));
    const data = join(dir, 'data');
    const r = spawnCli(['check', '--json', '--jobs', '2', '--data', data, '--run', 'crashy', ...files], dir);
    expect(await r.exit).toBe(2);
    expect(jsonLines(r.stdout()).map((o) => o.file)).toEqual([files[0], files[2]]);
    expect(r.stderr()).toContain(files[1]);
    const store = await Store.open(join(data, 'budgetlens.db'));
    try {
      const run = (await store.runByName('crashy'))!;
      const crashed = (await store.jobs(run.id))[1];
      expect(crashed.attempts).toBe(2);
      expect((await store.events(crashed.id)).map((e) => e.kind)).toEqual(['retry', 'failure']);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('--fail-fast stops at the first file with a problem and leaves the rest resumable', async () => {
    const { dir, files } = writeDocs(6, () => 'sleep=200');
    writeFileSync(files[0], '');
    const data = join(dir, 'data');
    const r = spawnCli(['check', '--json', '--jobs', '1', '--fail-fast', '--data', data, '--run', 'ff', ...files], dir);
    expect(await r.exit).toBe(2);
    expect(r.stderr()).toContain('--resume ff');
    const again = spawnCli(['check', '--json', '--data', data, '--resume', 'ff'], dir);
    expect(await again.exit).toBe(2);
    expect(jsonLines(again.stdout()).map((o) => o.file)).toEqual(files.slice(1));
  }, 60_000);
  it('a worker stuck in a loop dies with its parent when the parent is killed hard', async () => {
    const { dir, files } = writeDocs(1, () => 'spin');
    const r = spawnCli(['check', '--json', '--timeout', '120', files[0]], dir);
    let child = 0;
    const children = () => execFileSync('ps', ['--ppid', String(r.proc.pid), '-o', 'pid='], { encoding: 'utf8' }).trim();
    await waitFor(() => {
      try {
        child = Number(children().split('\n')[0]);
      } catch {
        child = 0;
      }
      return child > 0;
    }, 30_000, 'the worker process');
    // started through setpriv's parent-death signal, with the malloc settings (engine/malloc-env.ts)
    const environ = readFileSync(`/proc/${child}/environ`, 'utf8').split('\0');
    expect(environ).toEqual(expect.arrayContaining(['BUDGETLENS_PDEATHSIG=1', 'MALLOC_ARENA_MAX=2', 'MALLOC_TRIM_THRESHOLD_=1048576']));
    r.proc.kill('SIGKILL');
    await waitFor(() => !existsSync(`/proc/${child}`), 10_000, 'the orphaned worker to die');
  }, 60_000);
  it('a document that exhausts the heap cap is reported in one line; the batch goes on', async () => {
    const { dir, files } = writeDocs(2, (i) => (i === 0 ? 'hog' : undefined));
    const r = spawnCli(['check', '--json', '--no-progress', '--memory', '64', '--jobs', '1', '--data', join(dir, 'data'), ...files], dir);
    expect(await r.exit).toBe(2);
    expect(r.stderr().trim().split('\n')).toEqual([expect.stringContaining('内存超出上限（64 MB）')]);
    expect(jsonLines(r.stdout()).map((o) => o.file)).toEqual([files[1]]);
  }, 60_000);
});
