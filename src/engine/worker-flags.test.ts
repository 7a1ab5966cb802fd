/** The workers' tier-up flags: only where measured, accepted by this Node, and they change no output. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workerTierUpFlags } from './worker-flags.js';
import { workerExecArgv, type ProcessPool as Pool } from './pool.js';
import { runJob } from './run-job.js';
import { writeDocs } from './testing/fixtures.js';
import type { JobSpec } from './types.js';

// the pool forks the built worker (dist/engine/child.js), so the built pool is the one tested
const built = resolve(import.meta.dirname, '../../dist/engine/pool.js');
const SAMPLES = join(process.env.BUDGETLENS_SAMPLES ?? join(import.meta.dirname, '../../../shared/samples'), 'pdf');
const samplePdf = existsSync(SAMPLES) ? readdirSync(SAMPLES).filter((f) => f.endsWith('.pdf')).sort().map((f) => join(SAMPLES, f))[0] : undefined;

describe('worker tier-up flags', () => {
  it('are given on Node 20 (V8 11) only, where they were measured', () => {
    expect(workerTierUpFlags(11)).toEqual(['--interrupt-budget=270336', '--max-inlined-bytecode-size-cumulative=230']);
    expect(workerTierUpFlags(12)).toEqual([]);
    expect(workerTierUpFlags(13)).toEqual([]);
  });

  it('are part of every worker’s options, and this Node starts with them', () => {
    const argv = workerExecArgv(512);
    expect(argv).toEqual(expect.arrayContaining(workerTierUpFlags()));
    const r = spawnSync(process.execPath, [...argv, '-e', 'process.stdout.write("ok")'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('ok');
  });

  it('leave the results as they are: a worker with them reports what this process (without them) reports', async () => {
    const { ProcessPool } = (await import(built)) as { ProcessPool: typeof Pool };
    const files = [...writeDocs(2).files, ...(samplePdf ? [samplePdf] : [])];
    const pool = new ProcessPool({ size: 1 });
    try {
      for (const [seq, file] of files.entries()) {
        const job: JobSpec = { id: `f.${seq}`, runId: 'f', seq, file, docHash: null, mode: 'check', format: 'json', timeoutMs: 60_000 };
        const inWorker = await pool.run(job);
        const here = await runJob(job);
        expect(inWorker.ok).toBe(true);
        expect(inWorker.ok && inWorker.json).toBe(here.ok && here.json);
      }
    } finally {
      await pool.close();
    }
  }, 60_000);
});
