/**
 * Checks done before pdf.js sees the file: it exists, is not empty, is not too large, and starts
 * like a PDF. Returns the bytes.
 */
import { readFile, stat } from 'node:fs/promises';
import { fail } from './errors.js';

/** The spec allows junk before the header; readers accept it within the first kilobyte. */
const HEADER_WINDOW = 1024;
const HEADER = Buffer.from('%PDF-', 'latin1');

export async function readPdfBytes(file: string, maxBytes: number): Promise<Uint8Array> {
  let size: number;
  try {
    const st = await stat(file);
    if (st.isDirectory()) throw fail.notAFile(file);
    size = st.size;
  } catch (e) {
    if ((e as { name?: string }).name === 'ReadError') throw e;
    throw fail.notFound(file);
  }
  if (size === 0) throw fail.empty(file);
  if (size > maxBytes) throw fail.tooManyBytes(file, size, maxBytes);
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch {
    throw fail.notFound(file);
  }
  if (buf.length === 0) throw fail.empty(file);
  if (buf.subarray(0, HEADER_WINDOW).indexOf(HEADER) < 0) throw fail.notPdf(file);
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it its own copy-free view
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}
