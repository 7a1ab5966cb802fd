/**
 * Kills a worker process when its parent is gone. A parent killed hard (SIGKILL, OOM killer)
 * cannot take its workers with it, and a worker stuck in a loop that never yields would never see
 * the IPC channel close.
 *
 * On Linux with util-linux's `setpriv`, the pool starts each worker through `setpriv --pdeathsig
 * KILL` (which then runs node in its place): the kernel sends SIGKILL when the parent dies, at no
 * cost. Elsewhere a watchdog thread keeps its own event loop and sends SIGKILL to the process as
 * soon as the parent process id changes; that thread costs ~10 MB of resident memory per worker.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/** Set in a worker's environment when the kernel's parent-death signal is armed. */
export const DEATH_SIGNAL_ENV = 'BUDGETLENS_PDEATHSIG';

const SETPRIV = ['/usr/bin/setpriv', '/bin/setpriv'];

/**
 * How to start a worker so that it dies with its parent: `setpriv --pdeathsig KILL -- node …`
 * (fork's execPath and the start of its execArgv), or undefined where setpriv is not available.
 */
export function deathSignalLauncher(): { execPath: string; prefix: string[] } | undefined {
  if (process.platform !== 'linux') return undefined;
  found ??= findSetpriv(SETPRIV) ?? null;
  return found ? { execPath: found, prefix: ['--pdeathsig', 'KILL', '--', process.execPath] } : undefined;
}

/**
 * The first of `candidates` that is a setpriv with `--pdeathsig` (util-linux ≥ 2.33; an older one
 * lacks the option, and a worker started through it would die at once).
 */
export function findSetpriv(candidates: string[]): string | undefined {
  return candidates.find((p) => existsSync(p) && /--pdeathsig/.test(spawnSync(p, ['--help'], { encoding: 'utf8', timeout: 5000 }).stdout ?? ''));
}

/** The setpriv found to have --pdeathsig (null: none), looked up once per process. */
let found: string | null | undefined;

const WATCHDOG = `
const { workerData } = require('node:worker_threads');
setInterval(() => {
  if (process.ppid !== workerData.ppid) process.kill(workerData.pid, 'SIGKILL');
}, 500);
`;

/** In a worker: the watchdog thread, unless the parent-death signal is armed already. */
export function startOrphanWatchdog(): void {
  if (process.env[DEATH_SIGNAL_ENV] === '1') return;
  const w = new Worker(WATCHDOG, { eval: true, workerData: { ppid: process.ppid, pid: process.pid }, resourceLimits: { maxOldGenerationSizeMb: 16 } });
  w.unref();
  w.on('error', () => undefined);
}
