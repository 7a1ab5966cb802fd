/**
 * Runs a batch of files on a pool of worker threads, each file bounded in time and memory: a file
 * that hangs or exhausts memory is reported as unreadable (one line naming it) and its worker
 * replaced; results are printed in input order as soon as they are ready, so nothing done is lost.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { ConfigFile } from '../rules/config.js';

/** The rule configuration as read (validated) in the main thread; workers resolve it against the rules. */
export interface JobConfig {
  config: ConfigFile;
  file?: string;
  preset?: string;
}

export interface Job {
  id: number;
  file: string;
  mode: 'extract' | 'check';
  format: 'text' | 'json' | 'csv';
  timeoutMs: number;
  config?: JobConfig;
}

export type JobResult =
  | { id: number; file: string; ok: true; output: string; hasErrors: boolean }
  | { id: number; file: string; ok: false; error: string };

export interface BatchOptions {
  mode: 'extract' | 'check';
  format: 'text' | 'json' | 'csv';
  /** Per-document wall-clock limit (ms). */
  timeoutMs?: number;
  /** Per-worker heap limit (MB). */
  memoryMb?: number;
  jobs?: number;
  /** Rule configuration for `check`. */
  config?: JobConfig;
  onResult: (r: JobResult) => void;
}

export async function runBatch(files: string[], o: BatchOptions): Promise<JobResult[]> {
  const timeoutMs = o.timeoutMs ?? 120_000;
  const memoryMb = o.memoryMb ?? 4096;
  const poolSize = Math.max(1, Math.min(o.jobs ?? availableParallelism(), files.length));
  const results: (JobResult | undefined)[] = new Array(files.length);
  let nextToPrint = 0;
  let nextJob = 0;
  const emit = () => {
    while (nextToPrint < files.length && results[nextToPrint]) o.onResult(results[nextToPrint++]!);
  };
  const workerUrl = new URL('./worker.js', import.meta.url);

  const runOne = (worker: Worker, job: Job) =>
    new Promise<{ result: JobResult; workerAlive: boolean }>((resolveJob) => {
      let done = false;
      const finish = (result: JobResult, workerAlive: boolean) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolveJob({ result, workerAlive });
      };
      const onMessage = (r: JobResult) => finish(r, true);
      const onError = (e: Error) => {
        const oom = /heap|memory/i.test(e.message);
        finish({ id: job.id, file: job.file, ok: false, error: `${job.file}: ${oom ? `内存超出上限（${memoryMb} MB）` : `处理失败（${e.message.split('\n')[0]}）`}` }, false);
      };
      const onExit = (code: number) => finish({ id: job.id, file: job.file, ok: false, error: `${job.file}: 处理进程意外退出（${code}）` }, false);
      const timer = setTimeout(() => {
        finish({ id: job.id, file: job.file, ok: false, error: `${job.file}: 处理超时（超过 ${Math.round(timeoutMs / 1000)} 秒），已跳过` }, false);
        void worker.terminate();
      }, timeoutMs + 2000);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(job);
    });

  const newWorker = () => new Worker(workerUrl, { resourceLimits: { maxOldGenerationSizeMb: memoryMb } });

  const lane = async () => {
    let worker = newWorker();
    while (nextJob < files.length) {
      const id = nextJob++;
      const job: Job = { id, file: files[id], mode: o.mode, format: o.format, timeoutMs };
      if (o.config) job.config = o.config;
      const { result, workerAlive } = await runOne(worker, job);
      results[id] = result;
      emit();
      if (!workerAlive) {
        void worker.terminate();
        worker = newWorker();
      }
    }
    await worker.terminate();
  };
  await Promise.all(Array.from({ length: poolSize }, lane));
  return results as JobResult[];
}
