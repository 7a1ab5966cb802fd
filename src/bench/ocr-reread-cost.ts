/**
 * What the second reading of amounts (readers/ocr/reread.ts) costs: for each page of the given
 * scans, the wall time of tesseract's page reading and of the second reading of its amounts, both
 * made afresh (BUDGETLENS_OCR_CACHE is ignored here).
 *
 *   node dist/bench/ocr-reread-cost.js FILE.pdf [FILE.pdf ...] [--pages N]
 */
import { performance } from 'node:perf_hooks';
import { writePgm } from '../readers/ocr/pgm.js';
import { preparePage } from '../readers/ocr/prepare.js';
import { amountWords, buildStrip } from '../readers/ocr/reread.js';
import { recognize, recognizeDigits } from '../readers/ocr/tesseract.js';

delete process.env.BUDGETLENS_OCR_CACHE;
const args = process.argv.slice(2);
const at = args.indexOf('--pages');
const pages = at >= 0 ? Number(args[at + 1]) : 3;
const files = args.filter((a, i) => !a.startsWith('--') && i !== at + 1);

async function main(): Promise<void> {
  const dpi = 300;
  let first = 0;
  let second = 0;
  let n = 0;
  for (const file of files)
    for (let page = 1; page <= pages; page++) {
      const { clean } = await preparePage(file, page, dpi, 60_000);
      let t = performance.now();
      const words = await recognize(writePgm(clean), dpi, 120_000);
      const a = (performance.now() - t) / 1000;
      const amounts = amountWords(words);
      t = performance.now();
      if (amounts.length) await recognizeDigits(writePgm(buildStrip(clean, amounts).strip), dpi, 60_000);
      const b = (performance.now() - t) / 1000;
      console.log(`${file} p.${page}: ${words.length} words, ${amounts.length} amounts; page ${a.toFixed(2)} s, second reading ${b.toFixed(2)} s`);
      first += a;
      second += b;
      n++;
    }
  console.log(`${n} pages: page reading ${(first / n).toFixed(2)} s/page, second reading ${(second / n).toFixed(2)} s/page (+${((100 * second) / first).toFixed(0)}%)`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
