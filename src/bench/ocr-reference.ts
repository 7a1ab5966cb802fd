/**
 * A reference time for reading a scanned PDF with the standard tools, to set beside the pdftotext
 * loop, which reads nothing from a scan: each page rendered by pdftoppm and read by tesseract with
 * the reader's own calls (readers/ocr/tesseract.ts `renderPage`, `recognize`: 300 dpi, `chi_sim`,
 * one thread), one page after the other. The reader does more per page (straightening, rules found
 * and erased, the amounts read a second time, large type read again at half size), so a ratio of 1
 * is not the floor; the figure says what the OCR itself costs.
 */
import { performance } from 'node:perf_hooks';
import { OCR_DEFAULTS } from '../readers/ocr/index.js';
import { recognize, renderPage } from '../readers/ocr/tesseract.js';

/** Wall ms to render and recognise every page of `file`, or undefined without pdftoppm/tesseract chi_sim. */
export async function ocrReferenceMs(file: string, pages: number): Promise<number | undefined> {
  const { dpi, pageTimeoutMs } = OCR_DEFAULTS;
  const t0 = performance.now();
  try {
    for (let p = 1; p <= pages; p++) await recognize(await renderPage(file, p, dpi, pageTimeoutMs), dpi, pageTimeoutMs);
  } catch {
    return undefined;
  }
  return performance.now() - t0;
}
