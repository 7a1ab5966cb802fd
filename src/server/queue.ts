/**
 * The workbench's check queue on the job engine's store: each document check is a job (one run per
 * submission) committed with `recordOutcome` the moment it ends, run on a pool of warm worker
 * processes that lives as long as the server. After a restart (or a kill) every document whose job
 * has no result is queued again; one that has a result gets it applied. Nothing stored is lost.
 */
import { randomUUID } from 'node:crypto';
import { MAX_ATTEMPTS } from '../engine/engine.js';
import { ProcessPool } from '../engine/pool.js';
import { packageVersion } from '../engine/ruleset.js';
import { defaultTimeoutMs } from '../engine/timeout.js';
import type { Store } from '../engine/store/store.js';
import type { JobInfo, JobOutcome, JobSpec } from '../engine/types.js';
import type { Documents } from './store/documents.js';
import { regionOf } from './region.js';

/** Runs one job; the default is the warm process pool. Tests may run jobs in-process. */
export type JobRunner = (spec: JobSpec) => Promise<JobOutcome>;

interface Queued {
  docId: string;
  name: string;
  job: JobInfo;
}

const WORKER = 'serve';

export class CheckQueue {
  private readonly waiting: Queued[] = [];
  private active = 0;
  private stopped = false;
  private pool: ProcessPool | undefined;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly store: Store,
    private readonly docs: Documents,
    private readonly o: { jobs: number; memoryMb?: number; runner?: JobRunner; onError?: (e: unknown) => void },
  ) {}

  /** Queues a check of a stored document (absolute path) as a new job. */
  async submit(docId: string, name: string, file: string, size: number): Promise<void> {
    const run = await this.store.createRun(
      { name: `wb-${randomUUID()}`, mode: 'check', format: 'workbench', rulesetVersion: packageVersion(), options: { docId } },
      [{ seq: 0, file, docHash: docId, size, timeoutMs: defaultTimeoutMs(file, size) }],
    );
    const [job] = await this.store.jobs(run.id);
    await this.docs.setJob(docId, job.id);
    this.push({ docId, name, job });
  }

  /** After a start: results committed before a kill are applied, jobs without one run again. */
  async resume(names: (docId: string) => Promise<{ name: string; file: string; size: number } | undefined>): Promise<number> {
    let n = 0;
    for (const d of await this.docs.unfinished()) {
      const info = await names(d.id);
      if (!info) continue;
      const job = d.jobId ? await this.store.job(d.jobId) : undefined;
      if (!job) {
        await this.submit(d.id, info.name, info.file, info.size);
        n++;
        continue;
      }
      if (job.status === 'done' || job.status === 'failed') {
        const [r] = await this.store.results(job.runId);
        if (r) await this.apply(d.id, info.name, job, r.outcome);
        continue;
      }
      await this.store.markPending(job.id);
      await this.docs.setStatus(d.id, job.id, 'queued');
      this.push({ docId: d.id, name: info.name, job: { ...job, status: 'pending' } });
      n++;
    }
    return n;
  }

  /** Resolves when no job is waiting or running (tests, demo). */
  idle(): Promise<void> {
    if (this.active === 0 && this.waiting.length === 0) return Promise.resolve();
    return new Promise((r) => this.idleWaiters.push(r));
  }

  async close(): Promise<void> {
    this.stopped = true;
    this.waiting.length = 0;
    await this.pool?.close();
    for (const w of this.idleWaiters.splice(0)) w();
  }

  private push(q: Queued): void {
    if (this.stopped) return;
    this.waiting.push(q);
    this.pump();
  }

  private pump(): void {
    while (!this.stopped && this.active < Math.max(1, this.o.jobs) && this.waiting.length > 0) {
      const q = this.waiting.shift()!;
      this.active++;
      void this.runOne(q)
        .catch((e) => this.o.onError?.(e))
        .finally(() => {
          this.active--;
          this.pump();
          if (this.active === 0 && this.waiting.length === 0) for (const w of this.idleWaiters.splice(0)) w();
        });
    }
  }

  private runner(): JobRunner {
    if (this.o.runner) return this.o.runner;
    const pool = (this.pool ??= new ProcessPool({ size: Math.max(1, this.o.jobs), memoryMb: this.o.memoryMb }));
    return (spec) => pool.run(spec);
  }

  private async runOne(q: Queued): Promise<void> {
    const { job } = q;
    if (!(await this.store.markRunning(job.id, WORKER))) return;
    await this.docs.setStatus(q.docId, job.id, 'running');
    const spec: JobSpec = { id: job.id, runId: job.runId, seq: job.seq, file: job.file, docHash: job.docHash, mode: 'check', format: 'workbench', timeoutMs: job.timeoutMs };
    const outcome = await this.runner()(spec);
    if (this.stopped) return; // left running: queued again on the next start
    const attempt = job.attempts + 1;
    if (!outcome.ok && outcome.reason === 'crash' && attempt < MAX_ATTEMPTS) {
      await this.store.recordEvent(job.id, 'retry', outcome.error, WORKER);
      await this.store.markPending(job.id);
      this.push({ ...q, job: { ...job, attempts: attempt } });
      return;
    }
    await this.store.recordOutcome({ id: job.id, runId: job.runId, docHash: job.docHash }, outcome, WORKER, packageVersion());
    await this.apply(q.docId, q.name, job, outcome);
  }

  /** Copies a committed outcome's summary to the document row (its list entry). */
  private async apply(docId: string, name: string, job: JobInfo, outcome: JobOutcome): Promise<void> {
    if (!outcome.ok) {
      await this.docs.setStatus(docId, job.id, 'failed', outcome.error.split(job.file).join(name));
      return;
    }
    const check = JSON.parse(outcome.json) as { document: { org?: string; region?: string; year?: number; kind?: string; scope?: string }; summary: { error: number; warning: number } };
    const bundle = JSON.parse(outcome.output) as { pages: unknown[]; text: string };
    const d = check.document;
    await this.docs.setResult(docId, job.id, {
      org: d.org,
      region: regionOf(d.org, d.region),
      year: d.year,
      kind: d.kind,
      scope: d.scope,
      pages: bundle.pages.length,
      errors: check.summary.error,
      warnings: check.summary.warning,
      rulesetVersion: outcome.ruleset,
      text: bundle.text,
    });
  }
}
