/** A scanned page made ready for tesseract: rendered, straightened, its ruling lines found and erased. */
import { cleanForOcr } from './clean.js';
import { deskew } from './deskew.js';
import { parsePgm, type GrayImage } from './pgm.js';
import type { Segment } from '../pdf/graphics.js';
import { findRulings } from './rulings.js';
import { renderPage } from './tesseract.js';

export interface PreparedPage {
  /** The straightened page with its ruling lines erased, as tesseract reads it. */
  clean: GrayImage;
  /** Its ruling lines. */
  segments: Segment[];
  /** Size of the rendered page, pixels. */
  width: number;
  height: number;
}

/**
 * Page `page` (1-based) of `file` at `dpi`, ready for recognition. Only the cleaned image leaves:
 * the rendered and straightened ones (~9 MB each at 300 dpi) can be collected while tesseract reads.
 */
export async function preparePage(file: string, page: number, dpi: number, timeoutMs: number): Promise<PreparedPage> {
  const img = deskew(parsePgm(await renderPage(file, page, dpi, timeoutMs))).img;
  const segments = findRulings(img, dpi);
  return { clean: cleanForOcr(img, segments, dpi), segments, width: img.width, height: img.height };
}
