/**
 * The batch figures of `npm run bench` (issue 8), all in one run against a `pdftotext -layout`
 * loop over the same files:
 *
 * 1. one-shot CLI: one `budgetlens check --json` process over every shared PDF (pdf/ and corpus/);
 * 2. warm engine: the same files through the engine's pool of warm workers (two, as on this
 *    machine's two cores), after one untimed pass through the same workers, and again for the PDFs
 *    with a text layer alone; also one process on one core (this process, after an untimed pass),
 *    for the cost per document;
 * 3. a batch of BENCH_BATCH_DOCS documents (default 1,000: the shared PDFs repeated) through the
 *    CLI with `--jobs 2`: pages/s, peak RSS of the whole process tree, ratio; then the same number
 *    of documents from the text-layer PDFs alone (BENCH_BATCH_TEXT=0 skips it);
 * 4. time per page of one document at 1×, 2×, 4×, 8× its pages (qpdf repeats them), warm, in a
 *    fresh process with a worker's flags (pages-scaling.ts).
 *
 * pdftotext reads nothing from a scanned PDF (no text layer) where budgetlens runs OCR, so each
 * ratio is also given for the PDFs with a text layer alone, and the scans' OCR time beside it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { analyzeFile } from '../pipeline.js';
import { DEFAULT_MEMORY_MB, ProcessPool, workerExecArgv } from '../engine/pool.js';
import { defaultTimeoutMs } from '../engine/timeout.js';
import { cliEnv, cliNodeFlags } from '../cli/node-flags.js';
import { ocrReferenceMs } from './ocr-reference.js';

const CLI = fileURLToPath(new URL('../cli/main.js', import.meta.url));
/** `node` + the flags and environment of the CLI's first line: the CLI as the `budgetlens` command runs it. */
const NODE_CLI = [...cliNodeFlags(CLI), CLI];
const CLI_ENV = cliEnv(CLI);

/**
 * Memory of a process and all its descendants, bytes (Linux /proc; 0 elsewhere): `rss`, each
 * process's resident set summed (the issue's measure), and `pss`, the proportional set size summed,
 * which counts pages the processes share (node's own code, mapped once) once in all (`withPss`:
 * reading smaps_rollup walks a process's page tables, ~2 ms of kernel time per process).
 */
function treeMemory(pid: number, withPss: boolean): { rss: number; pss: number } {
  const out = { rss: 0, pss: 0 };
  try {
    out.rss += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096;
    if (withPss) {
      try {
        out.pss += Number(/^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0) * 1024;
      } catch {
        // no smaps_rollup (kernel before 4.14): pss stays a partial sum
      }
    }
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const kids = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      for (const k of kids ? kids.split(' ') : []) {
        const m = treeMemory(Number(k), withPss);
        out.rss += m.rss;
        out.pss += m.pss;
      }
    }
  } catch {
    // the process ended while being read
  }
  return out;
}

/**
 * Runs a command to its end; wall ms and the peak RSS and PSS of its process tree. RSS is sampled
 * every 100 ms; PSS once a second and whenever the RSS reaches a new peak: sampled every 100 ms, its
 * kernel time slowed the measured batch (a 1,000-document batch took 91.5 s against 80.3 s).
 */
export function timed(cmd: string, args: string[], env?: Record<string, string>): Promise<{ ms: number; peakRss: number; peakPss: number; code: number | null }> {
  return new Promise((res, rej) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'ignore'], ...(env ? { env: { ...process.env, ...env } } : {}) });
    child.stdout.on('data', () => undefined);
    let peakRss = 0;
    let peakPss = 0;
    let tick = 0;
    const timer = setInterval(() => {
      const rss = treeMemory(child.pid!, false).rss;
      if (rss > peakRss || tick++ % 10 === 0) peakPss = Math.max(peakPss, treeMemory(child.pid!, true).pss);
      peakRss = Math.max(peakRss, rss);
    }, 100);
    child.on('error', rej);
    child.on('close', (code) => {
      clearInterval(timer);
      res({ ms: performance.now() - t0, peakRss, peakPss, code });
    });
  });
}

/** The pdftotext loop: each file's wall time, one process after the other. */
async function pdftotextTimes(files: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const f of files) out.set(f, (await timed('pdftotext', ['-layout', f, '-'])).ms);
  return out;
}

export function pageCount(file: string): number {
  const r = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(r.stdout ?? '')?.[1] ?? 0);
}

const MiB = (b: number) => `${Math.round(b / 1048576)} MiB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export async function benchScale(samples: string): Promise<void> {
  const files = ['pdf', 'corpus'].flatMap((d) => (existsSync(join(samples, d)) ? readdirSync(join(samples, d)).filter((f) => f.endsWith('.pdf')).sort().map((f) => join(samples, d, f)) : []));
  if (!files.length || spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).error) {
    console.log('\n(batch figures need the shared PDFs and pdftotext: apt-get install poppler-utils qpdf)');
    return;
  }
  const pages = files.map(pageCount);
  const totalPages = pages.reduce((a, b) => a + b, 0);
  const scans = files.filter(isScan);
  const text = files.filter((f) => !scans.includes(f));
  console.log(`\nBatch figures: ${files.length} shared PDFs, ${totalPages} pages, against a pdftotext -layout loop over the same files`);
  console.log(`(${scans.length} of them scanned, without a text layer: ${scans.map((f) => f.split('/').pop()).join(', ') || 'none'})`);

  const ptByFile = await pdftotextTimes(files);
  const pt = sum(files.map((f) => ptByFile.get(f)!));
  const ptText = sum(text.map((f) => ptByFile.get(f)!));
  console.log(`pdftotext -layout loop:              ${s(pt).padStart(8)}  (PDFs with a text layer: ${s(ptText)})`);
  // the loop with the scans also read by poppler + tesseract (ocr-reference.ts): a second reference
  const refByFile = new Map(ptByFile);
  for (const f of scans) {
    const ms = await ocrReferenceMs(f, pages[files.indexOf(f)]);
    if (ms !== undefined) refByFile.set(f, ptByFile.get(f)! + ms);
  }
  const ref = sum(files.map((f) => refByFile.get(f)!));
  const vsRef = (ms: number) => (scans.length ? `; against the loop with the scans OCR'd ${(ms / ref).toFixed(2)}` : '');
  if (scans.length) console.log(`the same, scans OCR'd (pdftoppm + tesseract): ${s(ref).padStart(8)}`);

  const oneShot = await timed(process.execPath, [...NODE_CLI, 'check', '--json', ...files], CLI_ENV);
  const oneShotText = await timed(process.execPath, [...NODE_CLI, 'check', '--json', ...text], CLI_ENV);
  console.log(
    `one-shot CLI (check --json, all):    ${s(oneShot.ms).padStart(8)}  ratio ${(oneShot.ms / pt).toFixed(2)} (target ≤ 2.5)  peak RSS ${MiB(oneShot.peakRss)} (PSS ${MiB(oneShot.peakPss)}); text-layer PDFs only ${s(oneShotText.ms)}, ratio ${(oneShotText.ms / ptText).toFixed(2)}${vsRef(oneShot.ms)}`,
  );

  const warm = await warmPool(files);
  const warmText = await warmPool(text);
  console.log(
    `warm engine (2 warm workers):        ${s(warm.ms).padStart(8)}  ratio ${(warm.ms / pt).toFixed(2)} (target ≤ 1.5); text-layer PDFs only ${s(warmText.ms)}, ratio ${(warmText.ms / ptText).toFixed(2)}${vsRef(warm.ms)}`,
  );

  for (const f of files) await analyzeFile(f, { check: true }); // warm-up pass, untimed
  const perFile = new Map<string, number>();
  for (const f of files) {
    const t0 = performance.now();
    await analyzeFile(f, { check: true });
    perFile.set(f, performance.now() - t0);
  }
  const one = sum([...perFile.values()]);
  const oneText = sum(text.map((f) => perFile.get(f)!));
  console.log(`one process, one core (warm):        ${s(one).padStart(8)}  ratio ${(one / pt).toFixed(2)}; text-layer PDFs only ${s(oneText)}, ratio ${(oneText / ptText).toFixed(2)}`);
  for (const f of scans) {
    const p = pages[files.indexOf(f)];
    console.log(`  OCR: ${f.split('/').pop()}  ${p} pages  ${s(perFile.get(f)!)}  ${(perFile.get(f)! / 1000 / p).toFixed(2)} s/page`);
  }

  const n = Number(process.env.BENCH_BATCH_DOCS ?? 1000);
  await batchRun(`${n}-document batch (CLI --jobs 2):  `, n, files, pages, ptByFile, scans.length ? refByFile : undefined);
  if (scans.length && process.env.BENCH_BATCH_TEXT !== '0') {
    await batchRun(`  the same, text-layer PDFs only:    `, n, text, text.map((f) => pages[files.indexOf(f)]), ptByFile);
  }

  await pagesScalingInWorker(files);
}

/**
 * The time per page at 1×–8× (pages-scaling.ts), measured in a fresh process with a pool worker's
 * Node flags: a document is read in such a worker, and this process carries the heap and the
 * compiled code of the sections before (measured: the 1× figure 2.9 ms/page here against 2.3 in a
 * fresh process, the 8× one 2.1 against 2.0).
 */
function pagesScalingInWorker(files: string[]): Promise<void> {
  const script = fileURLToPath(new URL('./pages-scaling.js', import.meta.url));
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, [...workerExecArgv(DEFAULT_MEMORY_MB), script, ...files], { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', rej);
    child.on('close', () => res());
  });
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** A batch of `n` documents (the files repeated) through the CLI with two workers, against the pdftotext loop's time for the same list. */
async function batchRun(label: string, n: number, files: string[], pages: number[], ptByFile: Map<string, number>, refByFile?: Map<string, number>): Promise<void> {
  const batch = Array.from({ length: n }, (_, i) => files[i % files.length]);
  const batchPages = batch.reduce((a, _f, i) => a + pages[i % files.length], 0);
  const ptBatch = sum(batch.map((f) => ptByFile.get(f)!)); // the loop is deterministic per file: summed, not re-run
  const refBatch = refByFile && sum(batch.map((f) => refByFile.get(f)!));
  const b = await timed(process.execPath, [...NODE_CLI, 'check', '--json', '--jobs', '2', ...batch], CLI_ENV);
  console.log(
    `${label} ${s(b.ms).padStart(8)}  ${(batchPages / (b.ms / 1000)).toFixed(0)} pages/s  ratio ${(b.ms / ptBatch).toFixed(2)} (target ≤ 1.5)  peak RSS ${MiB(b.peakRss)} (target ≤ 600 MiB), PSS ${MiB(b.peakPss)}${refBatch ? `; against the loop with the scans OCR'd ${(b.ms / refBatch).toFixed(2)}` : ''}`,
  );
}

/** A PDF without a text layer: pdftotext gets (almost) no characters from it. */
function isScan(file: string): boolean {
  const r = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return (r.stdout ?? '').replace(/\s/g, '').length < 20 * Math.max(1, pageCount(file));
}

/**
 * The engine's warm pool: two long-lived workers, one untimed pass over the files (start-up and
 * JIT warm-up), then the timed pass; per file the worker's wall time.
 */
async function warmPool(files: string[]): Promise<{ ms: number; byFile: Map<string, number> }> {
  const pool = new ProcessPool({ size: 2 });
  const byFile = new Map<string, number>();
  // two loops, one job in flight each: a job never waits for a worker, so its time is its own
  const pass = async (runId: string, record: boolean) => {
    let next = 0;
    const loop = async () => {
      while (next < files.length) {
        const seq = next++;
        const file = files[seq];
        const t0 = performance.now();
        await pool.run({ id: `${runId}.${seq}`, runId, seq, file, docHash: null, mode: 'check', format: 'json', timeoutMs: defaultTimeoutMs(file, null) * 4 });
        if (record) byFile.set(file, performance.now() - t0);
      }
      // as the engine's lanes do (embedded.ts), in the timed pass only: the warm-up keeps both workers
      if (record) pool.retireIdle();
    };
    await Promise.all([loop(), loop()]);
  };
  try {
    await pass('warmup', false);
    const t0 = performance.now();
    await pass('timed', true);
    return { ms: performance.now() - t0, byFile };
  } finally {
    await pool.close();
  }
}
