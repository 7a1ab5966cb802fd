/** Scanned PDFs that cannot be OCR'd end as before: a one-line ReadError naming the file. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { imagePdf } from '../../sample/scan.js';
import { readDocument } from '../index.js';
import { ReadError } from '../types.js';

const work = mkdtempSync(join(tmpdir(), 'budgetlens-ocr-bad-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A one-page image-only PDF: a light grey page (no text to recognise). */
function scanFile(): string {
  const img = { width: 200, height: 280, data: new Uint8Array(200 * 280).fill(235) };
  const file = join(work, 'scan.pdf');
  writeFileSync(file, imagePdf([img], 72));
  return file;
}

async function readError(p: Promise<unknown>): Promise<ReadError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ReadError) return e;
    throw e;
  }
  throw new Error('expected a ReadError');
}

describe('scanned PDFs that cannot be read', () => {
  it('with OCR turned off: ReadError scanned, one line, naming the file', async () => {
    const file = scanFile();
    const e = await readError(readDocument(file, { ocr: false }));
    expect(e.code).toBe('scanned');
    expect(e.message).toContain(file);
    expect(e.message).not.toContain('\n');
  });

  it('without the OCR programs installed: the same error, not a crash', async () => {
    const file = scanFile();
    const path = process.env.PATH;
    process.env.PATH = work; // no pdftoppm, no tesseract here
    try {
      const e = await readError(readDocument(file));
      expect(e.code).toBe('scanned');
      expect(e.message).toContain('OCR');
    } finally {
      process.env.PATH = path;
    }
  });

  it('a page with nothing to recognise: ReadError scanned after OCR', async () => {
    const e = await readError(readDocument(scanFile(), { ocr: { dpi: 100 } }));
    expect(e.code).toBe('scanned');
  });
});
