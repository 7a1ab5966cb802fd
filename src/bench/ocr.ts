/**
 * OCR benchmark (`npm run bench:ocr`): the shared PDFs with a text layer converted to scans
 * (rendered at 200 dpi, back to an image-only PDF: src/sample/scan.ts), plus the corpus's image-only
 * narrative, read through the whole pipeline with OCR at the default resolution; identity, facts and
 * inconsistencies scored by the shared scorer (../shared/eval/score) against the answer keys, and
 * seconds per OCR'd page printed.
 *
 *   node dist/bench/ocr.js [--samples DIR] [--only REGEX] [--dpi N] [--scan-dpi N] [--noise X] [--skew DEG] [--corpus N]
 *
 * `--corpus N` also converts the first N corpus PDFs that have an answer key and a text layer.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { analyzeFile } from '../pipeline.js';
import { checkJson, extractJson } from '../report/json.js';
import { pdfToScan } from '../sample/scan.js';
import { replayName } from './ocr-store.js';

const args = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : def;
};
const here = dirname(fileURLToPath(import.meta.url));
const shared = resolve(opt('--shared', join(here, '..', '..', '..', 'shared')));
const samples = resolve(opt('--samples', join(shared, 'samples')));
const gold = join(shared, 'eval', 'gold');
const scorer = join(shared, 'eval', 'score');
const only = new RegExp(opt('--only', '.'));
const dpi = Number(opt('--dpi', '300'));
const scanDpi = Number(opt('--scan-dpi', '200'));
const noise = Number(opt('--noise', '0'));
const skew = Number(opt('--skew', '0'));
const corpusN = Number(opt('--corpus', '0'));

interface Item {
  /** Path relative to the samples folder, as the answer key names it. */
  rel: string;
  /** Already image-only: copied, not converted. */
  native: boolean;
}

function items(): Item[] {
  const keys = readdirSync(gold).map((f) => JSON.parse(readFileSync(join(gold, f), 'utf8')).sample as string);
  const out: Item[] = keys.filter((k) => k.startsWith('pdf/')).map((rel) => ({ rel, native: false }));
  const manifest = existsSync(join(samples, 'corpus', 'MANIFEST.tsv')) ? readFileSync(join(samples, 'corpus', 'MANIFEST.tsv'), 'utf8') : '';
  for (const line of manifest.split('\n')) {
    const name = line.split('\t')[0];
    if (/IMAGE-ONLY/.test(line) && keys.includes(`corpus/${name}`)) out.push({ rel: `corpus/${name}`, native: true });
  }
  let extra = 0;
  for (const k of keys) {
    if (extra >= corpusN || !k.startsWith('corpus/') || !k.endsWith('.pdf') || out.some((i) => i.rel === k)) continue;
    out.push({ rel: k, native: false });
    extra++;
  }
  return out.filter((i) => only.test(i.rel) && existsSync(join(samples, i.rel)));
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'budgetlens-ocr-bench-'));
  const scans = join(work, 'samples');
  const outDir = join(work, 'out');
  for (const d of ['extract', 'check']) mkdirSync(join(outDir, d), { recursive: true });
  let pages = 0;
  let seconds = 0;
  try {
    for (const it of items()) {
      const target = join(scans, it.rel);
      mkdirSync(dirname(target), { recursive: true });
      if (it.native) copyFileSync(join(samples, it.rel), target);
      else await pdfToScan(join(samples, it.rel), target, { dpi: scanDpi, noise, skew, seed: 7 });
      const t0 = performance.now();
      const a = await analyzeFile(target, { check: true, timeoutMs: 3_600_000, ocr: { dpi } });
      const s = (performance.now() - t0) / 1000;
      if (!a.ok) {
        console.log(`${it.rel}: ${a.error}`);
        continue;
      }
      const n = a.model.warnings.filter((w) => w.code === 'ocr').length;
      pages += n;
      seconds += s;
      console.log(`${it.rel}: ${n} pages OCR'd in ${s.toFixed(1)} s (${(s / Math.max(1, n)).toFixed(2)} s/page)`);
      writeFileSync(join(outDir, 'extract', replayName(target)), JSON.stringify(extractJson(target, a.model)));
      writeFileSync(join(outDir, 'check', replayName(target)), JSON.stringify(checkJson(target, a.model, a.findings ?? [])));
    }
    const replay = join(here, 'ocr-replay.js');
    const filter = `^(${items()
      .map((i) => i.rel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|')})$`;
    const report = execFileSync(scorer, ['all', '--samples', scans, '--filter', filter, '--cmd', `node ${replay} ${outDir}`, '--verbose'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    process.stdout.write(report);
    console.log(`OCR speed at ${dpi} dpi (scans made at ${scanDpi} dpi${noise ? `, noise ${noise}` : ''}${skew ? `, skew ${skew}°` : ''}): ${pages} pages, ${(seconds / Math.max(1, pages)).toFixed(2)} s/page (whole pipeline, wall time)`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
