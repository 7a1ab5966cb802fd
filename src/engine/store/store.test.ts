/** The same store queries on SQLite and (when available) Postgres. */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store } from './store.js';
import { services } from '../testing/services.js';
import type { JobOutcome } from '../types.js';

const backends: [string, () => string][] = [['sqlite', () => join(mkdtempSync(join(tmpdir(), 'bl-store-')), 'db', 'budgetlens.db')]];
if (services.pg) backends.push(['postgres', () => services.pg!]);

describe.each(backends)('Store on %s', (_kind, location) => {
  const opened: Store[] = [];
  afterAll(async () => {
    for (const s of opened) await s.close();
  });
  const ok: JobOutcome = { ok: true, output: 'out', json: '{}', errorCount: 1, ruleset: 'r1' };

  it('records runs, jobs and exactly one result per job; failures and retries as events', async () => {
    const store = await Store.open(location());
    opened.push(store);
    const name = `t-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const run = await store.createRun({ name, mode: 'check', format: 'json', rulesetVersion: 'v', options: {} }, [
      { seq: 0, file: 'a.pdf', docHash: 'h1', size: 10, timeoutMs: 1000 },
      { seq: 1, file: 'b.pdf', docHash: 'h1', size: 10, timeoutMs: 1000 },
      { seq: 2, file: 'missing.pdf', docHash: null, size: null, timeoutMs: 1000 },
    ]);
    expect((await store.runByName(name))?.id).toBe(run.id);
    const [a, b, c] = await store.jobs(run.id);
    expect(a.id).not.toContain(':');

    expect(await store.markRunning(a.id, 'w1')).toBe(true);
    expect(await store.recordOutcome({ id: a.id, runId: run.id, docHash: 'h1' }, ok, 'w1', 'v')).toBe(true);
    expect(await store.recordOutcome({ id: a.id, runId: run.id, docHash: 'h1' }, ok, 'w2', 'v')).toBe(false);
    expect(await store.markRunning(a.id, 'w2')).toBe(false);

    await store.markRunning(b.id, 'w1');
    await store.recordEvent(b.id, 'retry', 'died', 'w1');
    await store.markRunning(c.id, 'w1');
    expect(await store.requeueRunning(run.id)).toBe(2);
    await store.recordOutcome({ id: c.id, runId: run.id, docHash: null }, { ok: false, error: 'missing.pdf: 文件不存在', reason: 'unreadable' }, 'w1', 'v');

    const results = await store.results(run.id);
    expect(results.map((r) => [r.seq, r.outcome.ok])).toEqual([
      [0, true],
      [2, false],
    ]);
    expect(results[0].outcome).toEqual(ok);
    expect(await store.resultCount(run.id)).toBe(2);
    const jobs = await store.jobs(run.id);
    expect(jobs.map((j) => [j.status, j.attempts])).toEqual([
      ['done', 1],
      ['pending', 1],
      ['failed', 1],
    ]);
    expect((await store.events(b.id)).map((e) => e.kind)).toEqual(['retry']);
    expect((await store.events(c.id)).map((e) => e.kind)).toEqual(['failure']);
    expect((await store.latestUnfinishedRun())?.status).toBe('running');
    await store.setRunStatus(run.id, 'done');
    expect((await store.runById(run.id))?.status).toBe('done');
  });

  it('opening again keeps the data and does not re-run migrations', async () => {
    const loc = location();
    const s1 = await Store.open(loc);
    const run = await s1.createRun({ name: `again-${Date.now()}-${Math.random()}`, mode: 'extract', format: 'text', rulesetVersion: 'v', options: {} }, []);
    await s1.close();
    const s2 = await Store.open(loc);
    opened.push(s2);
    expect((await s2.runById(run.id))?.mode).toBe('extract');
  });
});
