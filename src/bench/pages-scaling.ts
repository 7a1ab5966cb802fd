/**
 * Time per page of one document's pages repeated 1×, 2×, 4×, 8× in one PDF (issue 8: flat within
 * 20%), read, extracted and checked in this process once warm. Run by scale-bench.ts in a fresh
 * process with a pool worker's flags: `node pages-scaling.js FILE…` (the shared PDFs; the largest
 * whose 8× copy stays within the reader's page limit is taken).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeFile } from '../pipeline.js';
import { pageCount } from './scale-bench.js';

/** Timed runs per size (their median is printed), after one untimed run of each size. */
const RUNS = 7;
/** Untimed runs of the 1× document before any size is timed: the process's JIT warm-up. */
const WARM_UP = 3;

/** Prints the time per page at 1×, 2×, 4×, 8× (median of RUNS) and what each added page costs. */
export async function pagesScaling(files: string[]): Promise<void> {
  if (spawnSync('qpdf', ['--version'], { stdio: 'ignore' }).error) {
    console.log('(time per page at 1×–8×: needs qpdf)');
    return;
  }
  // the largest document whose 8× copy stays within the reader's default page limit (500)
  const src = files.filter((f) => pageCount(f) * 8 <= 500).sort((a, b) => pageCount(b) - pageCount(a))[0] ?? files[0];
  const dir = mkdtempSync(join(tmpdir(), 'budgetlens-scale-'));
  try {
    const sizes: { k: number; file: string; pages: number; times: number[] }[] = [];
    for (const k of [1, 2, 4, 8]) {
      const file = join(dir, `x${k}.pdf`);
      // k copies under k names: qpdf shares the objects of a file given twice (one content stream
      // for page 1 and page 58), and pdf.js then reuses its work on them, which no real document
      // offers; separate inputs give every page its own streams, fonts and images
      const copies = Array.from({ length: k }, (_, i) => join(dir, `copy${i}.pdf`));
      for (const c of copies) copyFileSync(src, c);
      spawnSync('qpdf', ['--empty', '--pages', ...copies, '--', file]);
      const first = await analyzeFile(file, { check: true });
      if (!first.ok) console.log(`  ${k}×: not read (${first.error})`);
      else sizes.push({ k, file, pages: pageCount(file), times: [] });
    }
    for (let i = 0; i < WARM_UP && sizes.length; i++) await analyzeFile(sizes[0].file, { check: true });
    // the sizes in turn, RUNS rounds: what drifts while the bench runs (the machine, the heap) falls
    // on every size alike
    for (let i = 0; i < RUNS; i++) {
      for (const z of sizes) {
        const t0 = performance.now();
        await analyzeFile(z.file, { check: true });
        z.times.push(performance.now() - t0);
      }
    }
    const rows = sizes.map((z): [number, number, number] => [z.k, z.pages, [...z.times].sort((a, b) => a - b)[RUNS >> 1] / z.pages]);
    console.log(`time per page, ${resolve(src).split('/').pop()} repeated (warm read + extract + check, median of ${RUNS}):`);
    // the added pages' cost ((T_k − T_1) / (P_k − P_1)): what one more page costs, without the
    // document's fixed part (fonts, CMaps, the model's set-up) that the total per page spreads out
    const [, p1, ms1] = rows[0] ?? [1, 1, 0];
    for (const [k, p, ms] of rows) {
      const added = k === 1 ? '' : `  added pages ${((ms * p - ms1 * p1) / (p - p1)).toFixed(1)} ms/page`;
      console.log(`  ${k}×  ${String(p).padStart(4)} pages  ${ms.toFixed(1).padStart(6)} ms/page  (${((ms / rows[0][2]) * 100).toFixed(0)}% of 1×)${added}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const files = process.argv.slice(2);
if (files.length) await pagesScaling(files);
