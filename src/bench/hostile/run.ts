/**
 * Runs the reader over files in a child process with a hard deadline per file: a file that makes
 * the reader spin past it gets the child killed (reported as a hang) and a fresh child goes on with
 * the rest. Also asks `pdftotext` (poppler) whether each file is readable, when it is installed:
 * a file poppler reads must be read by us too.
 */
import { fork, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ChildRequest, ChildResult } from './child.js';

export interface RunResult extends Partial<ChildResult> {
  file: string;
  /** The child had to be killed: the reader did not return within the hard deadline. */
  hang?: boolean;
  /** The child died on its own (out of memory, a native crash). */
  died?: boolean;
  /** poppler's verdict: true when `pdftotext` extracts text; undefined without pdftotext. */
  popplerReads?: boolean;
}

export interface RunOptions {
  /** The reader's own deadline (timeoutMs). */
  readerTimeoutMs: number;
  /** Kill the child when a file takes longer than this (the reader's deadline plus a margin). */
  hardTimeoutMs: number;
  /** Heap limit of the child, MB. */
  maxOldSpaceMb?: number;
}

/** The compiled child script (dist/bench/hostile/child.js), also when this module runs from src/. */
function childScript(): string {
  const beside = fileURLToPath(new URL('./child.js', import.meta.url));
  if (existsSync(beside)) return beside;
  return fileURLToPath(new URL('../../../dist/bench/hostile/child.js', import.meta.url));
}

export const hasPdftotext = (): boolean => !spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).error;

/** Does poppler extract any text from the file (20+ visible characters)? */
export function popplerReads(file: string, timeoutMs = 30_000): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn('pdftotext', ['-layout', '-q', file, '-'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let visible = 0;
    child.stdout.on('data', (b: Buffer) => (visible += b.toString('utf8').replace(/\s+/g, '').length));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', () => resolve(false));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code === 0 && visible >= 20);
    });
  });
}

export async function runIsolated(files: string[], opts: RunOptions, onResult?: (r: RunResult) => void): Promise<RunResult[]> {
  const script = childScript();
  const results: RunResult[] = [];
  let child: ChildProcess | undefined;
  const start = () => fork(script, [], { execArgv: [`--max-old-space-size=${opts.maxOldSpaceMb ?? 2048}`], stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
  const poppler = hasPdftotext();
  try {
    for (const file of files) {
      child ??= start();
      const c = child;
      const r = await new Promise<RunResult>((resolve) => {
        const done = (x: RunResult) => {
          clearTimeout(timer);
          c.off('message', onMessage);
          c.off('exit', onExit);
          resolve(x);
        };
        const onMessage = (m: ChildResult) => done(m);
        const onExit = () => done({ file, died: true });
        const timer = setTimeout(() => done({ file, hang: true }), opts.hardTimeoutMs);
        c.on('message', onMessage);
        c.on('exit', onExit);
        c.send({ file, timeoutMs: opts.readerTimeoutMs } satisfies ChildRequest);
      });
      if (r.hang || r.died) {
        c.kill('SIGKILL');
        child = undefined;
      }
      if (poppler) r.popplerReads = await popplerReads(file);
      results.push(r);
      onResult?.(r);
    }
  } finally {
    child?.kill('SIGKILL');
  }
  return results;
}
