/**
 * `npm run bench`: median extraction and check time per document on the shared samples, and the PDF
 * reader against `pdftotext -layout` on the same files in the same run. Writes nothing; prints a table.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readDocument } from '../readers/index.js';
import { buildModel } from '../extract/index.js';
import { runRules } from '../rules/engine.js';

const samples = resolve(process.env.BUDGETLENS_SAMPLES ?? '../shared/samples');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = 5;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x: number) => x.toFixed(2).padStart(9);

async function benchTexts() {
  const dir = join(samples, 'text');
  if (!existsSync(dir)) {
    console.log(`(no text samples at ${dir})`);
    return;
  }
  console.log(`Text samples (${dir}), median of ${RUNS} runs after ${WARMUP} warm-ups:`);
  console.log('file'.padEnd(52) + 'read ms'.padStart(9) + ' extract ms'.padStart(11) + '  check ms'.padStart(10) + '  read+extract'.padStart(14));
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    const file = join(dir, f);
    const r: number[] = [], e: number[] = [], c: number[] = [];
    for (let i = 0; i < RUNS + WARMUP; i++) {
      const t0 = performance.now();
      const doc = await readDocument(file);
      const t1 = performance.now();
      const model = buildModel(doc);
      const t2 = performance.now();
      runRules(model);
      const t3 = performance.now();
      if (i < WARMUP) continue; // let V8 compile first
      r.push(t1 - t0); e.push(t2 - t1); c.push(t3 - t2);
    }
    console.log(f.padEnd(52) + ms(median(r)) + ' ' + ms(median(e)).padStart(10) + ' ' + ms(median(c)).padStart(9) + ms(median(r.map((x, i) => x + e[i]))).padStart(14));
  }
}

async function benchPdfs() {
  const dir = join(samples, 'pdf');
  if (!existsSync(dir)) return;
  const files = readdirSync(dir).filter((x) => x.endsWith('.pdf')).sort().map((f) => join(dir, f));
  let mod: { benchPdf?: (files: string[]) => Promise<{ file: string; pages: number; ms: number; pdftotextMs: number | null }[]> };
  try {
    mod = await import('./pdf-bench.js');
  } catch {
    console.log('(PDF benchmark not available)');
    return;
  }
  if (!mod.benchPdf) return;
  console.log(`\nPDF samples: budgetlens PDF reader vs pdftotext -layout (same files, same run, median of 3):`);
  console.log('file'.padEnd(52) + 'pages'.padStart(6) + ' read ms'.padStart(10) + ' pdftotext ms'.padStart(14) + '  ratio'.padStart(8) + '  extract+check ms'.padStart(18));
  const rows = await mod.benchPdf(files);
  const ratios: number[] = [];
  for (const r of rows) {
    const doc = await readDocument(r.file);
    const t0 = performance.now();
    runRules(buildModel(doc));
    const t1 = performance.now();
    const ratio = r.pdftotextMs ? r.ms / r.pdftotextMs : NaN;
    if (Number.isFinite(ratio)) ratios.push(ratio);
    console.log(r.file.split('/').pop()!.padEnd(52) + String(r.pages).padStart(6) + ms(r.ms).padStart(10) + (r.pdftotextMs === null ? '       n/a' : ms(r.pdftotextMs)).padStart(14) + (Number.isFinite(ratio) ? ratio.toFixed(2) : 'n/a').padStart(8) + ms(t1 - t0).padStart(18));
  }
  if (ratios.length) console.log(`median ratio budgetlens/pdftotext: ${median(ratios).toFixed(2)} (target ≤ 3)`);
  console.log(`median read time per PDF: ${median(rows.map((r) => r.ms)).toFixed(1)} ms`);
}

await benchTexts();
await benchPdfs();
if (process.env.BENCH_SCALE !== '0') await (await import('./scale-bench.js')).benchScale(samples);
