/** What a file is, from its bytes first and its extension second. */
import { looksLikeHtml } from './html/encoding.js';

export type Sniffed = 'pdf' | 'xlsx' | 'docx' | 'zip' | 'xls' | 'doc' | 'ole' | 'encrypted' | 'html' | 'unknown';

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const utf16 = (s: string) => Buffer.from(s, 'utf16le');

/** Names of the parts of a zip, read from its local headers in the first bytes (cheap, for sniffing only). */
function zipKind(buf: Buffer): Sniffed {
  // OOXML part names appear in the local headers and the central directory
  if (buf.includes('xl/workbook.xml') || buf.includes('xl/_rels/')) return 'xlsx';
  if (buf.includes('word/document.xml') || buf.includes('word/_rels/')) return 'docx';
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
  if (looksLikeHtml(head)) return 'html';
  return 'unknown';
}
