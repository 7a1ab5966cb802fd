/**
 * A time limit for reading one document: every pdf.js call is raced against it and the clock is
 * checked between pages, so a hostile or huge file ends with a timeout instead of hanging.
 */

export class DeadlineExceeded extends Error {
  constructor() {
    super('deadline exceeded');
    this.name = 'DeadlineExceeded';
  }
}

export class Deadline {
  private readonly end: number;
  private timer: NodeJS.Timeout | undefined;
  private readonly expired: Promise<never>;

  constructor(readonly ms: number, start = Date.now()) {
    this.end = start + ms;
    this.expired = new Promise<never>((_, reject) => {
      this.timer = setTimeout(() => reject(new DeadlineExceeded()), Math.max(0, this.end - Date.now()));
      this.timer.unref();
    });
    this.expired.catch(() => undefined); // observed by race(); never an unhandled rejection
  }

  /** Epoch ms at which the time is up. */
  get endsAt(): number {
    return this.end;
  }

  /** Throws DeadlineExceeded once the time is up. */
  check(): void {
    if (Date.now() >= this.end) throw new DeadlineExceeded();
  }

  /** The promise's result, or DeadlineExceeded if the time runs out first. */
  race<T>(p: Promise<T>): Promise<T> {
    p.catch(() => undefined); // a call still running when time is up fails later, after destroy: not unhandled
    this.check();
    return Promise.race([p, this.expired]);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }
}
