/** Chooses a reader by the file's content (magic bytes) first, its extension second. */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { readOffice } from './office.js';
import type { OcrOptions } from './ocr/index.js';
import { readTextFile } from './text.js';
import { NDocument, ReadError } from './types.js';

export interface ReadOptions {
  maxPages?: number;
  maxBytes?: number;
  timeoutMs?: number;
  /** OCR of scanned PDF pages (readers/ocr/); `false` to leave them unread. */
  ocr?: OcrOptions | false;
}

function head(file: string, n: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(n);
    const got = readSync(fd, buf, 0, n, 0);
    return buf.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

export async function readDocument(file: string, opts: ReadOptions = {}): Promise<NDocument> {
  let st;
  try {
    st = statSync(file);
  } catch {
    throw new ReadError(file, 'not-found', `${file}: 文件不存在或无法打开`);
  }
  if (st.isDirectory()) throw new ReadError(file, 'unsupported', `${file}: 这是目录，不是文件`);
  if (st.size === 0) throw new ReadError(file, 'empty', `${file}: 文件为空`);
  const magic = head(file, 1024);
  const ext = extname(file).toLowerCase();
  if (magic.includes(Buffer.from('%PDF-'))) {
    const { readPdf } = await import('./pdf/index.js');
    return readPdf(file, opts);
  }
  if (ext === '.pdf') throw new ReadError(file, 'unsupported', `${file}: 扩展名是 .pdf，但内容不是 PDF`);
  const office = await readOffice(file, magic, ext, st.size, opts.maxBytes);
  if (office) return office;
  return readTextFile(file);
}
