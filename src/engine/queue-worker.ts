/**
 * `budgetlens worker`: takes jobs from the BullMQ queue and runs them on a local pool of bounded
 * worker processes, committing each outcome to the shared store. Any number of these may run on any
 * number of machines. A job whose worker dies is moved back to the queue by BullMQ's stalled-job
 * check and run again by another worker; the store's one-result-per-job key keeps the result single.
 */
import { hostname } from 'node:os';
import { Worker, type Job } from 'bullmq';
import { ProcessPool } from './pool.js';
import { redisConnection, QUEUE_NAME } from './redis.js';
import { Store } from './store/store.js';
import { rulesetVersion } from './ruleset.js';
import type { JobSpec } from './types.js';

export interface QueueWorkerOptions {
  redisUrl: string;
  dbUrl: string;
  concurrency: number;
  memoryMb?: number;
  /** How long a job's lock lasts without renewal: a dead worker's job is retried after this (ms). */
  lockMs?: number;
  log?: (line: string) => void;
}

export interface RunningWorker {
  name: string;
  close(): Promise<void>;
}

export async function startQueueWorker(o: QueueWorkerOptions): Promise<RunningWorker> {
  const name = `${hostname()}:${process.pid}`;
  const log = o.log ?? (() => undefined);
  const store = await Store.open(o.dbUrl);
  const pool = new ProcessPool({ size: o.concurrency, memoryMb: o.memoryMb });
  const ruleset = rulesetVersion();
  const lockDuration = o.lockMs ?? 30_000;

  const processJob = async (job: Job<JobSpec>) => {
    const spec = job.data;
    if (!(await store.markRunning(spec.id, name))) return 'already-recorded';
    const outcome = await pool.run(spec);
    const attempts = job.opts.attempts ?? 1;
    if (!outcome.ok && outcome.reason === 'crash' && job.attemptsMade + 1 < attempts) {
      await store.recordEvent(spec.id, 'retry', outcome.error, name);
      await store.markPending(spec.id);
      throw new Error(outcome.error);
    }
    const recorded = await store.recordOutcome({ id: spec.id, runId: spec.runId, docHash: spec.docHash }, outcome, name, ruleset);
    log(`${outcome.ok ? `${spec.file}: 完成（错误 ${outcome.errorCount}）` : outcome.error}${recorded ? '' : '（已有结果，未重复记录）'}`);
    return outcome.ok ? 'done' : 'failed';
  };

  const connection = redisConnection(o.redisUrl);
  const worker = new Worker<JobSpec>(QUEUE_NAME, processJob, {
    connection,
    concurrency: o.concurrency,
    lockDuration,
    stalledInterval: Math.max(1000, Math.round(lockDuration / 2)),
    maxStalledCount: 2,
  });
  worker.on('stalled', (jobId) => {
    void store.recordEvent(jobId, 'stalled', '处理该文件的进程失去联系，已重新排队', name).catch(() => undefined);
    log(`${jobId}: 处理进程失去联系，已重新排队`);
  });
  worker.on('error', (e) => log(`worker: ${e.message}`));
  await worker.waitUntilReady();
  return {
    name,
    close: async () => {
      await worker.close();
      connection.disconnect();
      await pool.close();
      await store.close();
    },
  };
}
