/**
 * The batch figures of `npm run bench` (issue 8), all in one run against a `pdftotext -layout`
 * loop over the same files:
 *
 * 1. one-shot CLI: one `budgetlens check --json` process over every shared PDF (pdf/ and corpus/);
 * 2. warm engine: the same files checked in this (warm) process, after one untimed pass;
 * 3. a batch of BENCH_BATCH_DOCS documents (default 1,000: the shared PDFs repeated) through the
 *    CLI with `--jobs 2`: pages/s, peak RSS of the whole process tree, ratio;
 * 4. time per page of one document at 1×, 2×, 4×, 8× its pages (qpdf repeats them), warm.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { analyzeFile } from '../pipeline.js';

const CLI = fileURLToPath(new URL('../cli/main.js', import.meta.url));

/** Resident memory of a process and all its descendants, bytes (Linux /proc; 0 elsewhere). */
function treeRss(pid: number): number {
  try {
    let total = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const kids = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      for (const k of kids ? kids.split(' ') : []) total += treeRss(Number(k));
    }
    return total;
  } catch {
    return 0;
  }
}

/** Runs a command to its end; wall ms and the peak RSS of its process tree (sampled every 100 ms). */
export function timed(cmd: string, args: string[]): Promise<{ ms: number; peakRss: number; code: number | null }> {
  return new Promise((res, rej) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    child.stdout.on('data', () => undefined);
    let peakRss = 0;
    const timer = setInterval(() => (peakRss = Math.max(peakRss, treeRss(child.pid!))), 100);
    child.on('error', rej);
    child.on('close', (code) => {
      clearInterval(timer);
      res({ ms: performance.now() - t0, peakRss, code });
    });
  });
}

async function pdftotextLoop(files: string[]): Promise<number> {
  let ms = 0;
  for (const f of files) ms += (await timed('pdftotext', ['-layout', f, '-'])).ms;
  return ms;
}

function pageCount(file: string): number {
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
  console.log(`\nBatch figures: ${files.length} shared PDFs, ${totalPages} pages, against a pdftotext -layout loop over the same files`);

  const pt = await pdftotextLoop(files);
  console.log(`pdftotext -layout loop:              ${s(pt).padStart(8)}`);

  const oneShot = await timed(process.execPath, [CLI, 'check', '--json', ...files]);
  console.log(`one-shot CLI (check --json, all):    ${s(oneShot.ms).padStart(8)}  ratio ${(oneShot.ms / pt).toFixed(2)} (target ≤ 2.5)  peak RSS ${MiB(oneShot.peakRss)}`);

  for (const f of files) await analyzeFile(f, { check: true }); // warm-up pass, untimed
  const t0 = performance.now();
  for (const f of files) await analyzeFile(f, { check: true });
  const warm = performance.now() - t0;
  console.log(`warm engine (in process, 2nd pass):  ${s(warm).padStart(8)}  ratio ${(warm / pt).toFixed(2)} (target ≤ 1.5)`);

  const n = Number(process.env.BENCH_BATCH_DOCS ?? 1000);
  const batch = Array.from({ length: n }, (_, i) => files[i % files.length]);
  const batchPages = batch.reduce((a, _f, i) => a + pages[i % files.length], 0);
  const ptBatch = (pt * n) / files.length; // the loop is deterministic per file: scaled, not re-run
  const b = await timed(process.execPath, [CLI, 'check', '--json', '--jobs', '2', ...batch]);
  console.log(
    `${n}-document batch (CLI --jobs 2):   ${s(b.ms).padStart(8)}  ${(batchPages / (b.ms / 1000)).toFixed(0)} pages/s  ratio ${(b.ms / ptBatch).toFixed(2)} (target ≤ 1.5)  peak RSS ${MiB(b.peakRss)} (target ≤ 600 MiB)`,
  );

  await pagesScaling(files);
}

/** Time per page of one document repeated 1×, 2×, 4×, 8× (warm, median of 3). */
export async function pagesScaling(files: string[]): Promise<void> {
  if (spawnSync('qpdf', ['--version'], { stdio: 'ignore' }).error) {
    console.log('(time per page at 1×–8×: needs qpdf)');
    return;
  }
  // the largest document whose 8× copy stays within the reader's default page limit (500)
  const src = files.filter((f) => pageCount(f) * 8 <= 500).sort((a, b) => pageCount(b) - pageCount(a))[0] ?? files[0];
  const dir = mkdtempSync(join(tmpdir(), 'budgetlens-scale-'));
  try {
    const rows: [number, number, number][] = [];
    for (const k of [1, 2, 4, 8]) {
      const file = join(dir, `x${k}.pdf`);
      spawnSync('qpdf', ['--empty', '--pages', ...Array(k).fill(src), '--', file]);
      const p = pageCount(file);
      const first = await analyzeFile(file, { check: true });
      if (!first.ok) {
        console.log(`  ${k}×: not read (${first.error})`);
        continue;
      }
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        await analyzeFile(file, { check: true });
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      rows.push([k, p, times[1] / p]);
    }
    console.log(`time per page, ${resolve(src).split('/').pop()} repeated (warm read + extract + check, median of 3):`);
    for (const [k, p, ms] of rows) console.log(`  ${k}×  ${String(p).padStart(4)} pages  ${ms.toFixed(1).padStart(6)} ms/page  (${((ms / rows[0][2]) * 100).toFixed(0)}% of 1×)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
