/**
 * A reference time for reading a scanned PDF with the standard tools, to set beside the pdftotext
 * loop, which reads nothing from a scan: each page rendered by `pdftoppm -r 300 -gray` and read by
 * `tesseract … -l chi_sim --psm 6` on one thread (as the OCR reader runs it, readers/ocr/tesseract.ts),
 * one page after the other. The reader does more per page (straightening, rules found and erased,
 * the amounts read a second time, large type read again at half size), so a ratio of 1 is not the
 * floor; the figure says what the OCR itself costs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** Wall ms to render and recognise every page of `file`, or undefined without pdftoppm/tesseract chi_sim. */
export function ocrReferenceMs(file: string, pages: number): number | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'budgetlens-ocr-ref-'));
  try {
    let ms = 0;
    for (let p = 1; p <= pages; p++) {
      const t0 = performance.now();
      const img = join(dir, `p${p}`);
      const r = spawnSync('pdftoppm', ['-r', '300', '-gray', '-singlefile', '-f', String(p), '-l', String(p), file, img]);
      const t = spawnSync('tesseract', [`${img}.pgm`, '-', '-l', 'chi_sim', '--psm', '6'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, maxBuffer: 16 << 20 });
      if (r.status !== 0 || t.status !== 0) return undefined;
      ms += performance.now() - t0;
    }
    return ms;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
