/** Worker process entry: receives jobs over IPC one at a time and sends back each outcome. */
import { runJob } from './run-job.js';
import { startOrphanWatchdog } from './orphan-watchdog.js';
import { isGateMessage } from './ocr-gate.js';
import type { JobOutcome, JobSpec } from './types.js';

process.on('message', (job: JobSpec) => {
  if (isGateMessage(job)) return; // OCR slot grants: ocr-gate.ts
  runJob(job).then(
    // the resident memory after the document: the pool replaces a worker that kept too much
    (outcome) => process.send?.({ id: job.id, outcome, rss: process.memoryUsage().rss }),
    (e: unknown) => {
      const outcome: JobOutcome = { ok: false, error: `${job.file}: 处理失败（内部错误：${e instanceof Error ? e.message : String(e)}）`, reason: 'internal' };
      process.send?.({ id: job.id, outcome });
    },
  );
});
process.on('disconnect', () => process.exit(0));
startOrphanWatchdog();
