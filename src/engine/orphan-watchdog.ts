/**
 * Kills this worker process when its parent is gone. A parent killed hard (SIGKILL, OOM killer)
 * cannot take its workers with it, and a worker stuck in a loop that never yields would never see
 * the IPC channel close; a watchdog thread keeps its own event loop and sends SIGKILL to the
 * process as soon as the parent process id changes.
 */
import { Worker } from 'node:worker_threads';

const WATCHDOG = `
const { workerData } = require('node:worker_threads');
setInterval(() => {
  if (process.ppid !== workerData.ppid) process.kill(workerData.pid, 'SIGKILL');
}, 500);
`;

export function startOrphanWatchdog(): void {
  const w = new Worker(WATCHDOG, { eval: true, workerData: { ppid: process.ppid, pid: process.pid }, resourceLimits: { maxOldGenerationSizeMb: 16 } });
  w.unref();
  w.on('error', () => undefined);
}
