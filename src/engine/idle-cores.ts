/**
 * How many cores are idle now: the cores' idle time over a short window (os.cpus() counters), so a
 * batch on a machine that other work keeps busy starts fewer workers than it has cores (workers
 * beyond the idle cores only take turns with that work and each costs a warm-up).
 */
import { cpus } from 'node:os';

function totals(): { idle: number; all: number } {
  let idle = 0;
  let all = 0;
  for (const c of cpus()) {
    const t = c.times;
    idle += t.idle;
    all += t.user + t.nice + t.sys + t.idle + t.irq;
  }
  return { idle, all };
}

/**
 * Idle cores, as a fraction of the core count, measured over `windowMs`. This process's own use of
 * the cores in the window counts as idle: it is this command starting up (V8 compiling the modules
 * just loaded, on background threads), not other work, and it ends before the workers start.
 */
export async function idleCores(windowMs = 100): Promise<number> {
  const n = cpus().length;
  const a = totals();
  const own = process.cpuUsage();
  await new Promise((r) => setTimeout(r, windowMs));
  const b = totals();
  const ownMs = ((u) => (u.user + u.system) / 1000)(process.cpuUsage(own));
  return idleShare(b.idle - a.idle, b.all - a.all, ownMs, n);
}

/** Idle cores from the cores' idle and total time in a window (ms, summed over cores) and this process's own CPU time in it. */
export function idleShare(idleMs: number, allMs: number, ownMs: number, cores: number): number {
  return allMs > 0 ? Math.min(cores, ((idleMs + ownMs) / allMs) * cores) : cores;
}

/**
 * Workers when the user gave no `--jobs`: no more than the cores and the idle cores (a core counted
 * idle from 60% idle on), at least one. The engine also starts no more workers than files are left.
 */
export function workersFor(cores: number, idle: number): number {
  return Math.max(1, Math.min(cores, Math.floor(idle + 0.4)));
}
