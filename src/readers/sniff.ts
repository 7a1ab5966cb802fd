/** What a file is, from its bytes first and its extension second. */
import { looksLikeHtml } from './html/encoding.js';
import { zipEntries } from './zip-guard.js';

export type Sniffed = 'pdf' | 'xlsx' | 'docx' | 'zip' | 'xls' | 'doc' | 'ole' | 'encrypted' | 'html' | 'rtf' | 'unknown';

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const utf16 = (s: string) => Buffer.from(s, 'utf16le');

/**
 * OOXML kind from the zip's central directory (exact part names: an embedded workbook inside a
 * Word file does not count); a damaged directory falls back on the part names in the raw bytes.
 */
function zipKind(buf: Buffer): Sniffed {
  let names: Set<string>;
  try {
    names = new Set(zipEntries('', buf).map((e) => e.name));
  } catch {
    if (buf.includes('word/document.xml') || buf.includes('word/_rels/')) return 'docx';
    if (buf.includes('xl/workbook.xml') || buf.includes('xl/_rels/')) return 'xlsx';
    return 'zip';
  }
  if (names.has('word/document.xml')) return 'docx';
  if (names.has('xl/workbook.xml')) return 'xlsx';
  return 'zip';
}

/** OLE2 compound file: Word has a `WordDocument` stream, Excel a `Workbook` (or BIFF5 `Book`) one. */
function oleKind(buf: Buffer): Sniffed {
  if (buf.includes(utf16('EncryptedPackage'))) return 'encrypted'; // a password-protected .docx/.xlsx
  if (buf.includes(utf16('WordDocument'))) return 'doc';
  if (buf.includes(utf16('Workbook')) || buf.includes(utf16('Book\u0000'))) return 'xls';
  return 'ole';
}

export function sniff(buf: Buffer): Sniffed {
  const head = buf.subarray(0, 1024);
  if (head.includes('%PDF-')) return 'pdf';
  if (head.subarray(0, 4).toString('latin1') === 'PK\u0003\u0004') return zipKind(buf);
  if (head.subarray(0, 8).equals(OLE)) return oleKind(buf);
  if (/^(?:\xef\xbb\xbf)?\s*\{\\rtf/.test(head.subarray(0, 64).toString('latin1'))) return 'rtf';
  if (looksLikeHtml(head)) return 'html';
  return 'unknown';
}
