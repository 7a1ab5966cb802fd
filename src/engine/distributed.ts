/**
 * The distributed backend: BullMQ on Redis carries the jobs, Postgres (the same Kysely store) holds
 * runs, jobs and results. The submitting process enqueues the run's unfinished jobs and streams
 * results as workers (`budgetlens worker`, on any number of machines) commit them to the store.
 */
import type { Queue, QueueEvents } from 'bullmq';
import { specOf, MAX_ATTEMPTS, type ExecuteHooks, type JobEngine } from './engine.js';
import type { Redis } from 'ioredis';
import { redisConnection, QUEUE_NAME } from './redis.js';
import type { Store } from './store/store.js';
import type { JobInfo, RunInfo } from './types.js';

const POLL_MS = 250;

export class DistributedEngine implements JobEngine {
  private queue: Queue | undefined;
  private events: QueueEvents | undefined;
  private stopped = false;
  private wake: (() => void) | undefined;
  private readonly connections: Redis[] = [];

  constructor(
    readonly store: Store,
    private readonly redisUrl: string,
    private readonly notice?: (line: string) => void,
  ) {}

  async execute(run: RunInfo, jobs: JobInfo[], hooks: ExecuteHooks): Promise<void> {
    const open = jobs.filter((j) => j.status === 'pending' || j.status === 'running');
    if (open.length === 0) return;
    const { Queue, QueueEvents } = await import('bullmq');
    const connect = () => {
      const c = redisConnection(this.redisUrl);
      this.connections.push(c);
      return c;
    };
    const queue = (this.queue = new Queue(QUEUE_NAME, { connection: connect() }));
    const events = (this.events = new QueueEvents(QUEUE_NAME, { connection: connect() }));
    const byId = new Map(open.map((j) => [j.id, j]));
    // A job BullMQ gives up on (stalled too often) still gets its one recorded failure. Failed queue
    // entries are removed, so that a resumed run can enqueue a job again if this process missed it.
    events.on('failed', ({ jobId, failedReason }) => {
      const job = byId.get(jobId);
      if (!job) return;
      const error = `${job.file}: 处理失败（${failedReason.split('\n')[0]}）`;
      void this.store.recordOutcome({ id: job.id, runId: run.id, docHash: job.docHash }, { ok: false, reason: 'crash', error }, null, run.rulesetVersion).then(() => this.wake?.());
    });
    await events.waitUntilReady();
    await queue.addBulk(
      open.map((j) => ({
        name: run.mode,
        data: specOf(run, j),
        opts: { jobId: j.id, attempts: MAX_ATTEMPTS, removeOnComplete: true, removeOnFail: true },
      })),
    );
    if ((await queue.getWorkers()).length === 0) this.notice?.('队列上暂无 budgetlens worker：文件将在 worker 启动后处理');
    const seen = new Set<string>();
    while (seen.size < open.length && !this.stopped) {
      const finished = await this.store.db.selectFrom('results').select('job_id').where('run_id', '=', run.id).execute();
      const fresh = finished.map((r) => r.job_id).filter((id) => byId.has(id) && !seen.has(id));
      if (fresh.length > 0) {
        const seqs = fresh.map((id) => byId.get(id)!.seq);
        for (const r of await this.store.results(run.id, seqs)) {
          seen.add(r.jobId);
          const job = byId.get(r.jobId)!;
          hooks.onEvent({ type: 'finished', job: { ...job, status: r.outcome.ok ? 'done' : 'failed' }, result: r });
        }
      }
      if (hooks.shouldStop()) {
        await this.withdraw([...byId.keys()].filter((id) => !seen.has(id)));
        return;
      }
      if (fresh.length === 0) await new Promise<void>((resolve) => setTimeout((this.wake = resolve), POLL_MS));
    }
  }

  /** Takes jobs that no worker holds yet off the queue; they stay pending in the store (resumable). */
  private async withdraw(ids: string[]): Promise<void> {
    for (const id of ids) await this.queue?.remove(id).catch(() => 0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
  }

  async close(): Promise<void> {
    await this.stop();
    await this.events?.close();
    await this.queue?.close();
    for (const c of this.connections.splice(0)) c.disconnect();
    await this.store.close();
  }
}
