/** The one job interface both backends implement. */
import type { Store } from './store/store.js';
import type { EngineEvent, JobInfo, JobSpec, RunInfo } from './types.js';

export interface ExecuteHooks {
  onEvent(e: EngineEvent): void;
  /** Asked before each job is dispatched: true stops dispatching (fail-fast, interrupt). */
  shouldStop(): boolean;
}

export interface JobEngine {
  readonly store: Store;
  /** Runs the given unfinished jobs of a run until each has a result or the engine is stopped. */
  execute(run: RunInfo, jobs: JobInfo[], hooks: ExecuteHooks): Promise<void>;
  /** Stops dispatching and abandons running jobs (they stay resumable); execute() then returns. */
  stop(): Promise<void>;
  close(): Promise<void>;
}

/** A failure worth another attempt: the worker died for a reason that is not the document's. */
export const MAX_ATTEMPTS = 2;

export const specOf = (run: RunInfo, j: JobInfo): JobSpec => ({
  id: j.id,
  runId: run.id,
  seq: j.seq,
  file: j.file,
  docHash: j.docHash,
  mode: run.mode,
  format: run.format,
  timeoutMs: j.timeoutMs,
});
