/**
 * OCR slots shared by a pool's workers: a scanned page runs a tesseract of ~100 MB, so the pool lets
 * only a few pages be recognised at once across all its workers (not a few per worker). A worker asks
 * its pool for a slot over IPC before each page and gives it back after; the pool takes back the
 * slots of a worker that dies or is replaced.
 */
import type { ChildProcess } from 'node:child_process';

export type GateMessage = { gate: 'acquire'; n: number } | { gate: 'release'; n: number } | { gate: 'granted'; n: number };

export const isGateMessage = (m: unknown): m is GateMessage => !!m && typeof m === 'object' && 'gate' in m;

/** Pool side: `slots` pages at once; waiting requests are granted in order. */
export class OcrSlots {
  private held = new Map<ChildProcess, Set<number>>();
  private waiting: { proc: ChildProcess; n: number }[] = [];
  private used = 0;

  constructor(private slots: number) {}

  /** The slots there are now. */
  get capacity(): number {
    return this.slots;
  }

  /** More pages at once: a worker retired, and its memory goes to recognition. */
  grow(n: number): void {
    this.slots += n;
    this.grant();
  }

  get inUse(): number {
    return this.used;
  }

  /** Handles a worker's gate message. */
  onMessage(proc: ChildProcess, m: GateMessage): void {
    if (m.gate === 'acquire') {
      this.waiting.push({ proc, n: m.n });
      this.grant();
    } else if (m.gate === 'release' && this.held.get(proc)?.delete(m.n)) {
      this.used--;
      this.grant();
    }
  }

  /** A worker is gone: its slots and requests are dropped. */
  forget(proc: ChildProcess): void {
    this.used -= this.held.get(proc)?.size ?? 0;
    this.held.delete(proc);
    this.waiting = this.waiting.filter((w) => w.proc !== proc);
    this.grant();
  }

  private grant(): void {
    while (this.used < this.slots && this.waiting.length) {
      const { proc, n } = this.waiting.shift()!;
      if (!proc.connected) continue;
      let set = this.held.get(proc);
      if (!set) this.held.set(proc, (set = new Set()));
      set.add(n);
      this.used++;
      proc.send({ gate: 'granted', n } satisfies GateMessage, () => undefined);
    }
  }
}

/** Worker side: a gate for OcrOptions that asks the parent process for a slot. */
export function workerOcrGate(): () => Promise<() => void> {
  let counter = 0;
  const pending = new Map<number, () => void>();
  process.on('message', (m: unknown) => {
    if (isGateMessage(m) && m.gate === 'granted') pending.get(m.n)?.();
  });
  return () =>
    new Promise((resolve) => {
      const n = ++counter;
      pending.set(n, () => {
        pending.delete(n);
        resolve(() => process.send?.({ gate: 'release', n } satisfies GateMessage));
      });
      process.send?.({ gate: 'acquire', n } satisfies GateMessage);
    });
}
