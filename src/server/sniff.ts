/** Upload types by content (magic bytes), checked against the name's extension. */
import { extname } from 'node:path';

export type StoredFormat = 'pdf' | 'text' | 'html' | 'docx' | 'xlsx' | 'doc' | 'xls';
export type Sniffed = { kind: 'document'; format: StoredFormat } | { kind: 'zip' } | { kind: 'refused'; reason: string };

export const ACCEPTED_EXTENSIONS = ['.pdf', '.txt', '.md', '.xlsx', '.xls', '.docx', '.doc', '.rtf', '.html', '.htm', '.zip'];

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function looksLikeText(head: Buffer): boolean {
  if (head.length === 0) return false;
  let control = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control <= head.length / 100;
}

/** `head`: the first bytes of the file (a few KB). */
export function sniff(name: string, head: Buffer): Sniffed {
  const ext = extname(name).toLowerCase();
  if (!ACCEPTED_EXTENSIONS.includes(ext)) return { kind: 'refused', reason: `不支持的文件类型（${ext || '无扩展名'}）；可上传 PDF、文本、Word（含 RTF）、Excel、HTML 或 zip` };
  const isPdf = head.subarray(0, 1024).includes(Buffer.from('%PDF-'));
  const isZip = head.subarray(0, 4).toString('latin1') === 'PK\u0003\u0004';
  const isOle = head.subarray(0, 8).equals(OLE);
  const isText = !isPdf && !isZip && !isOle && looksLikeText(head);
  const refuse = (what: string) => ({ kind: 'refused' as const, reason: `扩展名是 ${ext}，但内容不是${what}` });
  switch (ext) {
    case '.pdf':
      return isPdf ? { kind: 'document', format: 'pdf' } : refuse(' PDF');
    case '.zip':
      return isZip ? { kind: 'zip' } : refuse(' zip 压缩包');
    case '.docx':
    case '.xlsx':
      return isZip ? { kind: 'document', format: ext.slice(1) as StoredFormat } : refuse(' Office 文档');
    case '.doc':
      // portals often publish a web page or RTF named .doc: the readers sniff it; kept as text (served as text/plain)
      if (!isOle && isText && /^\s*(?:<|\{\\rtf)/.test(head.subarray(0, 512).toString('latin1').replace(/^\xef\xbb\xbf/, ''))) return { kind: 'document', format: head.includes('{\\rtf') ? 'text' : 'html' };
      return isOle ? { kind: 'document', format: 'doc' } : refuse(' Office 文档');
    case '.xls':
      return isOle ? { kind: 'document', format: 'xls' } : refuse(' Office 文档');
    case '.html':
    case '.htm':
      return isText ? { kind: 'document', format: 'html' } : refuse('文本（HTML）');
    default:
      return isText ? { kind: 'document', format: 'text' } : refuse('文本');
  }
}

export const CONTENT_TYPES: Record<StoredFormat, string> = {
  pdf: 'application/pdf',
  text: 'text/plain; charset=utf-8',
  html: 'text/plain; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
};
