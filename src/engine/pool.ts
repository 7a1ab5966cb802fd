/**
 * A pool of long-lived worker processes, each running one document at a time. A worker that passes
 * the document's deadline is killed (SIGKILL holds even when the parser spins without yielding) and
 * replaced; a worker that dies (crash, heap cap) is replaced; the document gets a one-line reason.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { workerTierUpFlags } from './worker-flags.js';
import { fileURLToPath } from 'node:url';
import type { FailureReason, JobOutcome, JobSpec } from './types.js';
import { isGateMessage, OcrSlots } from './ocr-gate.js';
import { DEATH_SIGNAL_ENV, deathSignalLauncher } from './orphan-watchdog.js';
import { mallocEnv } from './malloc-env.js';

export interface PoolOptions {
  size: number;
  /** Heap cap per worker (MB), passed as --max-old-space-size. */
  memoryMb?: number;
  /** A worker whose resident memory after a document is above this (MB) is replaced: memory a large document left behind is given back. */
  recycleMb?: number;
}

export const DEFAULT_MEMORY_MB = 1024;
/** Default of `recycleMb`: a warm worker holds ~150–200 MB; what stays above this is a large document's leftovers (V8 and malloc keep freed pages). */
export const DEFAULT_RECYCLE_MB = 300;
/**
 * Scanned pages recognised at the same time by a pool of several workers, all workers together (each
 * page runs a tesseract of ~100 MB; ocr-gate.ts). A single worker recognises two pages at once.
 */
export const POOL_OCR_PAGES = 1;
/** Extra time given to the worker past the reader's own deadline before the process is killed. */
const KILL_GRACE_MS = 2000;
const childPath = fileURLToPath(new URL('./child.js', import.meta.url));

interface Slot {
  proc: ChildProcess;
  busy: boolean;
  stderrTail: string;
  /** Resident memory the worker reported after its last document (bytes). */
  rss: number;
}

/** A worker's Node options: its heap cap, and the flags below. */
export function workerExecArgv(memoryMb: number): string[] {
  // --expose-gc: the worker collects after a document when it has grown (child.ts);
  // semi-spaces of 4 MB (default 16): ~40 MB less per worker, no measurable time (src/bench/batch-memory.ts);
  // tier-up flags: a cheaper warm-up (worker-flags.ts)
  return [`--max-old-space-size=${memoryMb}`, '--max-semi-space-size=4', '--expose-gc', ...workerTierUpFlags()];
}

export class ProcessPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: { resolve: (slot: Slot) => void; reject: (e: Error) => void }[] = [];
  private closed = false;
  readonly memoryMb: number;
  private readonly recycleBytes: number;
  /** The pool's OCR slots (several workers only). */
  readonly ocr: OcrSlots | undefined;
  /** Workers replaced because of their memory (for tests and benches). */
  recycled = 0;
  /** Idle workers let go at the end of the work (retireIdle). */
  retired = 0;

  constructor(private readonly o: PoolOptions) {
    this.memoryMb = o.memoryMb ?? DEFAULT_MEMORY_MB;
    this.recycleBytes = (o.recycleMb ?? DEFAULT_RECYCLE_MB) * 1048576;
    this.ocr = o.size > 1 ? new OcrSlots(POOL_OCR_PAGES) : undefined;
  }

  get size(): number {
    return this.o.size;
  }

  /** Runs one job on a free worker; never rejects. */
  async run(job: JobSpec): Promise<JobOutcome> {
    let slot: Slot;
    try {
      slot = await this.acquire();
    } catch {
      return { ok: false, reason: 'crash', error: `${job.file}: 批处理已中断` };
    }
    try {
      return await this.runOn(slot, job);
    } finally {
      this.release(slot);
    }
  }

  /**
   * The work is running out (a lane found no job left): an idle worker exits and its share of the
   * memory goes to OCR, one more page at a time for the workers still busy (the last documents of a
   * batch are then often one scan, recognised by one worker while the others would sit idle).
   */
  retireIdle(): void {
    if (this.closed) return;
    const i = this.slots.findIndex((s) => !s.busy);
    if (i < 0 || this.slots.length <= 1) return;
    const [slot] = this.slots.splice(i, 1);
    // the extra page only once the worker is gone: its memory and a second tesseract never overlap
    slot.proc.once('exit', () => !this.closed && this.ocr?.grow(POOL_OCR_PAGES));
    slot.proc.disconnect();
    this.retired++;
  }

  /** Kills every worker; pending and future runs fail as interrupted. */
  async close(): Promise<void> {
    this.closed = true;
    for (const s of this.slots) s.proc.kill('SIGKILL');
    this.slots.length = 0;
    for (const w of this.waiting.splice(0)) w.reject(new Error('pool closed'));
  }

  private spawn(): Slot {
    const launcher = deathSignalLauncher();
    const proc = fork(childPath, [], {
      ...(launcher ? { execPath: launcher.execPath } : {}),
      execArgv: [...(launcher?.prefix ?? []), ...workerExecArgv(this.memoryMb)],
      env: { ...process.env, ...mallocEnv(), ...(launcher ? { [DEATH_SIGNAL_ENV]: '1' } : {}) },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    const slot: Slot = { proc, busy: false, stderrTail: '', rss: 0 };
    proc.stderr?.setEncoding('utf8');
    proc.stderr?.on('data', (d: string) => (slot.stderrTail = (slot.stderrTail + d).slice(-4000)));
    proc.on('error', () => undefined);
    proc.on('message', (m: unknown) => isGateMessage(m) && this.ocr?.onMessage(proc, m));
    proc.on('exit', () => this.ocr?.forget(proc));
    proc.unref();
    (proc.channel as { unref?: () => void } | undefined)?.unref?.();
    return slot;
  }

  private acquire(): Promise<Slot> {
    if (this.closed) return Promise.reject(new Error('pool closed'));
    const free = this.slots.find((s) => !s.busy);
    if (free) {
      free.busy = true;
      return Promise.resolve(free);
    }
    if (this.slots.length < this.o.size) {
      const slot = this.spawn();
      slot.busy = true;
      this.slots.push(slot);
      return Promise.resolve(slot);
    }
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  private release(slot: Slot): void {
    if (this.closed) return;
    let s = slot;
    const dead = slot.proc.exitCode !== null || slot.proc.signalCode !== null || slot.proc.killed;
    if (!dead && this.recycleBytes > 0 && slot.rss > this.recycleBytes) {
      // the worker exits on disconnect, after which its memory is the system's again
      this.recycled++;
      slot.proc.disconnect();
    }
    if (dead || !slot.proc.connected) {
      const i = this.slots.indexOf(slot);
      s = this.spawn();
      if (i >= 0) this.slots[i] = s;
      else this.slots.push(s);
    }
    const next = this.waiting.shift();
    if (next) {
      s.busy = true;
      next.resolve(s);
    } else s.busy = false;
  }

  private runOn(slot: Slot, job: JobSpec): Promise<JobOutcome> {
    const { proc } = slot;
    return new Promise<JobOutcome>((resolve) => {
      let done = false;
      const finish = (outcome: JobOutcome) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        proc.off('message', onMessage);
        proc.off('exit', onExit);
        resolve(outcome);
      };
      const fail = (reason: FailureReason, error: string) => finish({ ok: false, reason, error: `${job.file}: ${error}` });
      const onMessage = (m: { id?: string; outcome?: JobOutcome & { outputIsJson?: true }; rss?: number }) => {
        if (m?.id !== job.id || !m.outcome) return;
        slot.rss = m.rss ?? 0;
        const { outputIsJson, ...outcome } = m.outcome;
        finish(outputIsJson && outcome.ok ? { ...outcome, output: outcome.json } : outcome);
      };
      const onExit = (code: number | null, signal: string | null) => {
        if (this.closed) return fail('crash', '批处理已中断');
        if (/heap out of memory|allocation failed/i.test(slot.stderrTail)) return fail('memory', `内存超出上限（${this.memoryMb} MB），已跳过`);
        fail('crash', `处理进程意外退出（${signal ?? code}）`);
      };
      const timer = setTimeout(() => {
        fail('timeout', `处理超时（超过 ${formatSeconds(job.timeoutMs)} 秒），已跳过`);
        proc.kill('SIGKILL');
      }, job.timeoutMs + KILL_GRACE_MS);
      proc.on('message', onMessage);
      proc.on('exit', onExit);
      slot.stderrTail = '';
      if (proc.exitCode !== null || proc.signalCode !== null) return onExit(proc.exitCode, proc.signalCode);
      const spec: JobSpec = this.ocr ? { ...job, ocrGate: true } : job;
      proc.send(spec, (e) => e && onExit(null, null));
    });
  }
}

const formatSeconds = (ms: number) => (ms >= 10_000 ? String(Math.round(ms / 1000)) : (ms / 1000).toFixed(1).replace(/\.0$/, ''));
