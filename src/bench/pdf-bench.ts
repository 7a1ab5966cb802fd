/**
 * PDF reader benchmark: median of 3 runs of readPdf per file (after one warm-up read of every file) against `pdftotext -layout FILE -`
 * (poppler, spawned: its process start-up counts, as it would for a user) on the same files in the
 * same run. If pdftotext is missing, installing poppler-utils is tried once (as root, via apt-get);
 * otherwise pdftotextMs is null.
 */
import { spawn, spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { readPdf } from '../readers/pdf/index.js';
import { loadPdfJs } from '../readers/pdf/pdfjs.js';

export interface PdfBenchRow {
  file: string;
  pages: number;
  /** Median wall time of readPdf, ms. */
  ms: number;
  /** Median wall time of `pdftotext -layout FILE -`, ms; null when pdftotext is not available. */
  pdftotextMs: number | null;
}

const RUNS = 3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function hasPdftotext(): boolean {
  const r = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' });
  return !r.error;
}

let pdftotextChecked: boolean | undefined;

/** Is pdftotext there (after one attempt to install it)? */
function ensurePdftotext(): boolean {
  if (pdftotextChecked !== undefined) return pdftotextChecked;
  pdftotextChecked = hasPdftotext();
  if (!pdftotextChecked && process.platform === 'linux' && process.getuid?.() === 0) {
    spawnSync('apt-get', ['install', '-y', '-qq', 'poppler-utils'], { stdio: 'ignore', timeout: 300_000 });
    pdftotextChecked = hasPdftotext();
  }
  return pdftotextChecked;
}

/** Wall time of one `pdftotext -layout FILE -` run, output read and discarded. */
function timePdftotext(file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn('pdftotext', ['-layout', file, '-'], { stdio: ['ignore', 'pipe', 'ignore'] });
    child.stdout.on('data', () => undefined);
    child.on('error', reject);
    child.on('close', () => resolve(performance.now() - t0));
  });
}

export async function benchPdf(files: string[]): Promise<PdfBenchRow[]> {
  // One-off costs of a process are not part of reading a file: loading pdf.js and untimed reads
  // that let the JIT compile pdf.js. One read of each file: since the reader got several times
  // faster, one read of a single file left pdf.js half-compiled (the next reads of that file took
  // about twice the steady time). A cold single-file run costs ~0.2 s load + ~0.3 s extra.
  await loadPdfJs();
  for (const file of files) await readPdf(file).catch(() => undefined);
  const withPdftotext = ensurePdftotext();
  const rows: PdfBenchRow[] = [];
  for (const file of files) {
    const times: number[] = [];
    let pages = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const doc = await readPdf(file);
      times.push(performance.now() - t0);
      pages = doc.pages.length;
    }
    let pdftotextMs: number | null = null;
    if (withPdftotext) {
      const pt: number[] = [];
      for (let i = 0; i < RUNS; i++) pt.push(await timePdftotext(file));
      pdftotextMs = median(pt);
    }
    rows.push({ file, pages, ms: median(times), pdftotextMs });
  }
  return rows;
}
