/** Worker process entry: receives jobs over IPC one at a time and sends back each outcome. */
import { runJob } from './run-job.js';
import { startOrphanWatchdog } from './orphan-watchdog.js';
import { isGateMessage } from './ocr-gate.js';
import type { JobOutcome, JobSpec } from './types.js';

/** Resident memory above which the worker collects between documents (a warm worker holds ~140 MB). */
const GC_ABOVE_BYTES = 160 * 1048576;

process.on('message', (job: JobSpec) => {
  if (isGateMessage(job)) return; // OCR slot grants: ocr-gate.ts
  runJob(job).then(
    (outcome) => {
      // a worker swollen with the last document's garbage collects before the next one (~30 ms; what
      // is live between documents is ~20–40 MB); the resident memory then tells the pool whether to
      // replace a worker that kept too much
      if (process.memoryUsage().rss > GC_ABOVE_BYTES) (globalThis as { gc?: () => void }).gc?.();
      // the output of a JSON run is its JSON: sent once (pool.ts puts it back)
      const wire = outcome.ok && outcome.output === outcome.json ? { ...outcome, output: undefined, outputIsJson: true } : outcome;
      process.send?.({ id: job.id, outcome: wire, rss: process.memoryUsage().rss });
    },
    (e: unknown) => {
      const outcome: JobOutcome = { ok: false, error: `${job.file}: 处理失败（内部错误：${e instanceof Error ? e.message : String(e)}）`, reason: 'internal' };
      process.send?.({ id: job.id, outcome });
    },
  );
});
process.on('disconnect', () => process.exit(0));
startOrphanWatchdog();
