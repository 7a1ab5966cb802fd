/**
 * A generated disclosure as a scanned PDF: text → HTML (scan-html.ts) → PDF printed by headless
 * Chromium (/usr/bin/chromium) → pages rendered to images and written back as an image-only PDF
 * with optional noise and skew (scan.ts). Slow (a browser start and OCR-sized images): tests use
 * a page or two, the benchmark many documents.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../readers/ocr/tesseract.js';
import { pdfToScan, type ScanOptions } from './scan.js';
import { textToHtml } from './scan-html.js';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Prints HTML to a PDF with headless Chromium. */
export async function htmlToPdf(html: string, output: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'budgetlens-html-'));
  try {
    const page = join(dir, 'page.html');
    writeFileSync(page, html);
    const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', `--user-data-dir=${join(dir, 'profile')}`, '--no-pdf-header-footer', `--print-to-pdf=${output}`, `file://${page}`];
    await run(CHROMIUM, args, { timeoutMs: 120_000, maxBytes: 1 << 20 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes `text` (a generated disclosure) as a scanned PDF to `output`; returns its page count. */
export async function textToScan(text: string, output: string, opts: ScanOptions & { ruled?: boolean } = {}): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'budgetlens-genscan-'));
  try {
    const pdf = join(dir, 'printed.pdf');
    await htmlToPdf(textToHtml(text, { ruled: opts.ruled }), pdf);
    return await pdfToScan(pdf, output, opts);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
