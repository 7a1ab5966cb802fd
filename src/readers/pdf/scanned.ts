/**
 * Scanned pages of a PDF: OCR them (../ocr/) and merge their lines into the document in page
 * order, renumbering every line, so a scan reads like a text-layer page downstream.
 */
import { ocrPages, type OcrOptions } from '../ocr/index.js';
import type { NLine, NPage, ReaderWarning } from '../types.js';

export async function ocrScannedPages(
  file: string,
  pages: NPage[],
  scans: number[],
  lines: NLine[],
  warnings: ReaderWarning[],
  opts: OcrOptions,
): Promise<{ missing: boolean; timedOut: boolean }> {
  const res = await ocrPages(
    file,
    scans.map((n) => ({ page: n, width: pages[n - 1]?.width ?? 0, height: pages[n - 1]?.height ?? 0 })),
    opts,
  );
  if (res.missing || res.timedOut) return res;
  for (const [n, ls] of res.lines) {
    const p = pages[n - 1];
    if (p) p.ocr = true;
    lines.push(...ls);
  }
  // stable by page: text-layer lines keep their order, OCR lines go to their page
  const merged = lines.map((l, i) => ({ l, i })).sort((a, b) => (a.l.page ?? 0) - (b.l.page ?? 0) || a.i - b.i);
  lines.length = 0;
  for (const { l } of merged) lines.push({ ...l, index: lines.length, lineNo: lines.length + 1 });
  warnings.push(...res.warnings);
  return res;
}
