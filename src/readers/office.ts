/**
 * Dispatch for Word (.docx, .doc, RTF), Excel and HTML input: the kind sniffed from the bytes decides, the extension
 * only breaks ties and names what the user expected. Returns null for files that are none of these
 * (plain text goes on to the text reader).
 */
import { readFileSync } from 'node:fs';
import { sniff } from './sniff.js';
import { NDocument, ReadError } from './types.js';

export const MAX_OFFICE_BYTES = 100 * 1024 * 1024;

const OFFICE_EXT = ['.docx', '.xlsx', '.doc', '.xls', '.wps', '.et', '.rtf', '.html', '.htm', '.xhtml', '.shtml', '.mht'];

/** `head`: the first bytes (for the quick decision), `ext`: lower-case extension with the dot. */
export async function readOffice(file: string, head: Buffer, ext: string, size: number, maxBytes = MAX_OFFICE_BYTES): Promise<NDocument | null> {
  const zip = head.subarray(0, 4).toString('latin1') === 'PK\u0003\u0004';
  const ole = head.readUInt32BE(0) === 0xd0cf11e0;
  const markup = ['html', 'rtf'].includes(sniff(head));
  if (!zip && !ole && !markup && !OFFICE_EXT.includes(ext)) return null;
  if (size > maxBytes) throw new ReadError(file, 'too-large', `${file}: 文件过大（${(size / 1048576).toFixed(1)} MB，上限 ${(maxBytes / 1048576).toFixed(0)} MB）`);
  const buf = readFileSync(file);
  const kind = sniff(buf);
  switch (kind) {
    case 'xlsx':
      return (await import('./xlsx.js')).readXlsx(file, buf);
    case 'docx':
      return (await import('./docx.js')).readDocx(file, buf);
    case 'xls':
      return (await import('./xls.js')).readXls(file, buf);
    case 'doc':
      return (await import('./doc.js')).readDoc(file, buf);
    case 'html':
      return (await import('./html/index.js')).readHtml(file, buf);
    case 'rtf':
      return (await import('./rtf.js')).readRtf(file, buf);
    case 'encrypted':
      throw new ReadError(file, 'encrypted', `${file}: 文件已加密（有打开密码），无法读取`);
    case 'zip':
      throw new ReadError(file, 'unsupported', `${file}: 是 ZIP 压缩包，但不是 Word/Excel 文档（暂不支持 WPS/OpenDocument 等格式）`);
    case 'ole':
      // no stream names found (a damaged or truncated directory): the extension says what was meant
      if (ext === '.xls' || ext === '.et') return (await import('./xls.js')).readXls(file, buf);
      if (ext === '.doc' || ext === '.wps') return (await import('./doc.js')).readDoc(file, buf);
      throw new ReadError(file, 'unsupported', `${file}: 是 Office 复合文档，但既不是 Word 也不是 Excel`);
  }
  if (['.html', '.htm', '.xhtml', '.shtml'].includes(ext) && !buf.subarray(0, 8192).includes(0)) return (await import('./html/index.js')).readHtml(file, buf);
  // an office extension on something else: plain text (tab-separated "Excel" exports) goes on to the text reader
  if (!buf.subarray(0, 8192).includes(0)) return null;
  const what = ['.xls', '.xlsx', '.et'].includes(ext) ? 'Excel' : 'Word';
  throw new ReadError(file, 'unsupported', `${file}: 扩展名是 ${ext}，但内容不是 ${what} 文件（可能已损坏或格式不符）`);
}
