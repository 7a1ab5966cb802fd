/**
 * Child process of the hostile-corpus runner (run.ts): reads the files it is sent, one at a time,
 * through the normal reader dispatch, and answers with the outcome and its own memory figures.
 */
import { performance } from 'node:perf_hooks';
import { readDocument } from '../../readers/index.js';

export interface ChildRequest {
  file: string;
  timeoutMs: number;
}

export interface ChildResult {
  file: string;
  ok: boolean;
  /** ReadError code, or 'crash' for anything else thrown. */
  code?: string;
  message?: string;
  pages?: number;
  lines?: number;
  warnings?: string[];
  ms: number;
  /** Peak resident set size of this process so far, bytes. */
  maxRss: number;
}

process.on('message', async (req: ChildRequest) => {
  const t0 = performance.now();
  let r: Omit<ChildResult, 'ms' | 'maxRss' | 'file'>;
  try {
    const doc = await readDocument(req.file, { timeoutMs: req.timeoutMs });
    r = { ok: true, pages: doc.pages.length, lines: doc.lines.length, warnings: doc.warnings.map((w) => w.code) };
  } catch (e) {
    const err = e as { name?: string; code?: string; message?: string };
    r = { ok: false, code: err.name === 'ReadError' ? err.code : 'crash', message: String(err.message ?? e).slice(0, 300) };
  }
  const result: ChildResult = { file: req.file, ...r, ms: performance.now() - t0, maxRss: process.resourceUsage().maxRSS * 1024 };
  process.send!(result);
});
