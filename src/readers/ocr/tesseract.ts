/**
 * The two external programs OCR uses, each run with a time limit and bounded output:
 * `pdftoppm` renders one page to a greyscale PGM, `tesseract` reads it into words (TSV).
 * Both come from Debian (poppler-utils, tesseract-ocr + tesseract-ocr-chi-sim); nothing is
 * downloaded at run time.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface OcrWord {
  text: string;
  /** Pixel box in the rendered image. */
  left: number;
  top: number;
  width: number;
  height: number;
  /** Tesseract's word confidence, 0–100. */
  conf: number;
  /** block/paragraph/line numbers joined: words of one text line share it. */
  line: string;
}

export class ToolError extends Error {
  constructor(
    readonly kind: 'missing' | 'timeout' | 'failed',
    message: string,
  ) {
    super(message);
    this.name = 'ToolError';
  }
}

/** Runs a program, feeding `input` on stdin; resolves with stdout. */
export function run(cmd: string, args: string[], opts: { timeoutMs: number; maxBytes: number; input?: Uint8Array }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // one thread per tesseract: OpenMP threads only spin against each other on a busy machine
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
    const chunks: Buffer[] = [];
    let size = 0;
    let err = '';
    let done = false;
    const finish = (e?: Error, out?: Buffer) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (e) {
        child.kill('SIGKILL');
        reject(e);
      } else resolve(out!);
    };
    const timer = setTimeout(() => finish(new ToolError('timeout', `${cmd} timed out after ${opts.timeoutMs} ms`)), opts.timeoutMs);
    child.on('error', (e: NodeJS.ErrnoException) => finish(new ToolError(e.code === 'ENOENT' ? 'missing' : 'failed', `${cmd}: ${e.message}`)));
    child.stdout.on('data', (c: Buffer) => {
      size += c.length;
      if (size > opts.maxBytes) finish(new ToolError('failed', `${cmd}: output larger than ${opts.maxBytes} bytes`));
      else chunks.push(c);
    });
    child.stderr.on('data', (c: Buffer) => {
      if (err.length < 2000) err += c.toString('utf8');
    });
    child.on('close', (code) => {
      if (code === 0) finish(undefined, Buffer.concat(chunks));
      else finish(new ToolError('failed', `${cmd} exited with ${code}: ${err.trim().split('\n').pop() ?? ''}`));
    });
    child.stdin.on('error', () => undefined); // a program that exits early closes its stdin
    child.stdin.end(opts.input ?? Buffer.alloc(0));
  });
}

/** Page `page` (1-based) of a PDF as a greyscale PGM at `dpi`. */
export function renderPage(file: string, page: number, dpi: number, timeoutMs: number): Promise<Buffer> {
  // A4 at 600 dpi is 35 MB; a page larger than 3× that is not a document page
  return run('pdftoppm', ['-r', String(dpi), '-gray', '-f', String(page), '-l', String(page), file], { timeoutMs, maxBytes: 120 * 1024 * 1024 });
}

/** Words of a PGM image read by tesseract (default `chi_sim`, one uniform block of text). */
export function recognize(pgm: Uint8Array, dpi: number, timeoutMs: number, langs = 'chi_sim'): Promise<OcrWord[]> {
  return tesseractTsv(['-', '-', '-l', langs, '--psm', '6', '--dpi', String(dpi), '-c', 'preserve_interword_spaces=1', 'tsv'], pgm, timeoutMs);
}

/** Words of a strip of figures read again by tesseract's `eng` model, restricted to digits and figure marks (reread.ts). */
export function recognizeDigits(pgm: Uint8Array, dpi: number, timeoutMs: number): Promise<OcrWord[]> {
  return tesseractTsv(['-', '-', '-l', 'eng', '--psm', '6', '--dpi', String(dpi), '-c', 'tessedit_char_whitelist=0123456789.,-%', 'tsv'], pgm, timeoutMs);
}

async function tesseractTsv(args: string[], pgm: Uint8Array, timeoutMs: number): Promise<OcrWord[]> {
  // development only: BUDGETLENS_OCR_CACHE=DIR keeps tesseract's answer per image, so the steps
  // after recognition (layout, number repair, confidence) can be iterated on without re-reading
  const cacheDir = process.env.BUDGETLENS_OCR_CACHE;
  const key = cacheDir ? join(cacheDir, createHash('sha1').update(args.join(' ')).update(pgm).digest('hex') + '.tsv') : '';
  if (key && existsSync(key)) return parseTsv(readFileSync(key, 'utf8'));
  const tsv = (await run('tesseract', args, { timeoutMs, maxBytes: 20 * 1024 * 1024, input: pgm })).toString('utf8');
  if (key) {
    mkdirSync(cacheDir!, { recursive: true });
    writeFileSync(key, tsv);
  }
  return parseTsv(tsv);
}

/** Tesseract TSV → words (level 5 rows with text). */
export function parseTsv(tsv: string): OcrWord[] {
  const out: OcrWord[] = [];
  for (const row of tsv.split('\n')) {
    const f = row.split('\t');
    if (f.length < 12 || f[0] !== '5') continue;
    const text = f.slice(11).join('\t').trim();
    if (!text) continue;
    out.push({ text, left: +f[6], top: +f[7], width: +f[8], height: +f[9], conf: Math.max(0, Math.min(100, +f[10])), line: `${f[2]}.${f[3]}.${f[4]}` });
  }
  return out;
}
