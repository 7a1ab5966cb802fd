/**
 * Batch progress on stderr: a redrawn bar on a terminal (files done/total, files with errors,
 * unreadable files, rate, time left); on a pipe or file, one plain line every PLAIN_EVERY_MS and a
 * closing line, so that short batches print nothing extra.
 */
const PLAIN_EVERY_MS = 10_000;
const REDRAW_MS = 100;

export interface ProgressCounts {
  done: number;
  withErrors: number;
  unreadable: number;
}

export class Progress {
  private readonly counts: ProgressCounts = { done: 0, withErrors: 0, unreadable: 0 };
  private readonly started = Date.now();
  private finishedHere = 0;
  private lastDraw = 0;
  private lastPlain = Date.now();
  private printedPlain = false;
  private drawn = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly total: number,
    private readonly runName: string | undefined,
    private readonly stream: NodeJS.WriteStream,
    private readonly enabled: boolean,
  ) {
    if (enabled && !stream.isTTY) {
      this.timer = setInterval(() => this.plainTick(), 1000);
      this.timer.unref();
    }
  }

  private get tty(): boolean {
    return this.enabled && !!this.stream.isTTY;
  }

  /** Counts a result; `recovered` results come from the store (a resumed run) and do not count towards the rate. */
  add(r: { ok: boolean; errorCount: number }, recovered = false): void {
    this.counts.done++;
    if (!recovered) this.finishedHere++;
    if (!r.ok) this.counts.unreadable++;
    else if (r.errorCount > 0) this.counts.withErrors++;
    this.draw();
  }

  /** Writes a line of output without tearing the bar. */
  write(target: NodeJS.WriteStream, text: string): void {
    this.clear();
    target.write(text);
    this.draw(true);
  }

  finish(): void {
    if (this.timer) clearInterval(this.timer);
    this.clear();
    if (this.enabled && !this.stream.isTTY && this.printedPlain) this.stream.write(this.line() + '\n');
  }

  line(): string {
    const { done, withErrors, unreadable } = this.counts;
    const secs = (Date.now() - this.started) / 1000;
    const rate = secs > 0 ? this.finishedHere / secs : 0;
    const left = this.total - done;
    const eta = rate > 0 ? formatDuration(left / rate) : '—';
    const name = this.runName ? `${this.runName} ` : '';
    return `${name}${done}/${this.total} 个文件 · 有错误 ${withErrors} · 无法读取 ${unreadable} · ${rate.toFixed(rate < 10 ? 1 : 0)} 个/秒 · 剩余 ${left > 0 ? eta : '0:00'}`;
  }

  private draw(force = false): void {
    if (!this.tty) return;
    const now = Date.now();
    if (!force && now - this.lastDraw < REDRAW_MS && this.counts.done < this.total) return;
    this.lastDraw = now;
    const width = 24;
    const filled = this.total > 0 ? Math.round((this.counts.done / this.total) * width) : width;
    this.stream.write(`\r\x1b[K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.line()}`);
    this.drawn = true;
  }

  private clear(): void {
    if (this.drawn && this.tty) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }

  private plainTick(): void {
    if (Date.now() - this.lastPlain < PLAIN_EVERY_MS) return;
    this.lastPlain = Date.now();
    this.printedPlain = true;
    this.stream.write(`进度：${this.line()}\n`);
  }
}

export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
