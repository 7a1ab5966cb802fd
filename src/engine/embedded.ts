/**
 * The embedded backend: the job table in a local SQLite store and a pool of warm worker processes
 * in this process's care. No server. Each outcome is committed the moment its document ends.
 */
import { ProcessPool } from './pool.js';
import { MAX_ATTEMPTS, specOf, type ExecuteHooks, type JobEngine } from './engine.js';
import type { Store } from './store/store.js';
import type { JobInfo, RunInfo } from './types.js';

export interface EmbeddedOptions {
  jobs: number;
  memoryMb?: number;
}

const WORKER = 'local';

export class EmbeddedEngine implements JobEngine {
  private pool: ProcessPool | undefined;
  private stopped = false;

  constructor(
    readonly store: Store,
    private readonly o: EmbeddedOptions,
  ) {}

  async execute(run: RunInfo, jobs: JobInfo[], hooks: ExecuteHooks): Promise<void> {
    await this.store.requeueRunning(run.id);
    const queue = jobs.filter((j) => j.status === 'pending' || j.status === 'running');
    if (queue.length === 0) return;
    const size = Math.max(1, Math.min(this.o.jobs, queue.length));
    const pool = (this.pool = new ProcessPool({ size, memoryMb: this.o.memoryMb }));
    const lane = async () => {
      while (queue.length > 0 && !this.stopped && !hooks.shouldStop()) {
        const job = queue.shift()!;
        if (!(await this.store.markRunning(job.id, WORKER))) continue;
        const attempt = job.attempts + 1;
        const running = { ...job, status: 'running' as const, attempts: attempt };
        hooks.onEvent({ type: 'started', job: running });
        const outcome = await pool.run(specOf(run, job));
        if (this.stopped) return;
        if (!outcome.ok && outcome.reason === 'crash' && attempt < MAX_ATTEMPTS) {
          await this.store.recordEvent(job.id, 'retry', outcome.error, WORKER);
          await this.store.markPending(job.id);
          queue.push(running);
          hooks.onEvent({ type: 'retry', job: running, reason: outcome.error });
          continue;
        }
        await this.store.recordOutcome({ id: job.id, runId: run.id, docHash: job.docHash }, outcome, WORKER, run.rulesetVersion);
        const done = { ...running, status: outcome.ok ? ('done' as const) : ('failed' as const) };
        hooks.onEvent({ type: 'finished', job: done, result: { jobId: job.id, seq: job.seq, file: job.file, outcome } });
      }
      // nothing left for this lane: its worker's memory is better spent on the scans still being read
      if (!this.stopped && !hooks.shouldStop()) pool.retireIdle();
    };
    try {
      await Promise.all(Array.from({ length: size }, lane));
    } finally {
      await pool.close();
      this.pool = undefined;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.pool?.close();
  }

  async close(): Promise<void> {
    await this.stop();
    await this.store.close();
  }
}
