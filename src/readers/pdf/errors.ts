/**
 * The reader's errors and warnings: one-line Chinese messages that name the file, and the mapping
 * from pdf.js exceptions to ReadError codes.
 */
import { ReadError, type ReaderWarning } from '../types.js';

export type ReadErrorCode = ReadError['code'];

function mb(bytes: number): string {
  return (bytes / 1048576).toFixed(bytes < 10 * 1048576 ? 1 : 0);
}

/** Messages stay on one line whatever a pdf.js message contains. */
function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim().slice(0, 160);
}

export const fail = {
  notFound: (file: string) => new ReadError(file, 'not-found', `${file}: 文件不存在或无法打开`),
  notAFile: (file: string) => new ReadError(file, 'unsupported', `${file}: 这是目录，不是文件`),
  empty: (file: string) => new ReadError(file, 'empty', `${file}: 文件为空`),
  notPdf: (file: string) => new ReadError(file, 'unsupported', `${file}: 不是 PDF 文件（没有 %PDF- 文件头）`),
  tooManyBytes: (file: string, size: number, max: number) =>
    new ReadError(file, 'too-large', `${file}: 文件过大（${mb(size)} MB，上限 ${mb(max)} MB）`),
  tooManyPages: (file: string, pages: number, max: number) =>
    new ReadError(file, 'too-large', `${file}: 页数过多（${pages} 页，上限 ${max} 页）`),
  encrypted: (file: string) => new ReadError(file, 'encrypted', `${file}: PDF 已加密，需要密码才能打开，请提供未加密的文件`),
  corrupt: (file: string, detail?: string) =>
    new ReadError(file, 'corrupt', `${file}: PDF 文件已损坏或不完整，无法解析${detail ? `（${oneLine(detail)}）` : ''}`),
  scanned: (file: string, pages: number) =>
    new ReadError(file, 'scanned', `${file}: 全部 ${pages} 页只有图像，没有文字层（扫描件？），需先做文字识别（OCR）`),
  noText: (file: string, pages: number) =>
    new ReadError(file, 'scanned', `${file}: 全部 ${pages} 页都没有可读取的文字（文字可能已转为图形），需先做文字识别（OCR）`),
  garbled: (file: string, share: number) =>
    new ReadError(
      file,
      'garbled',
      `${file}: 文字层无法解码（${Math.round(share * 100)}% 的字符没有可用的 Unicode 映射，多为字体编码问题），请换用其他方式导出的 PDF`,
    ),
  timeout: (file: string, ms: number, done: number, total: number) =>
    new ReadError(file, 'timeout', `${file}: 读取超时（超过 ${Math.round(ms / 100) / 10} 秒，已读 ${done}/${total} 页）`),
};

/** Font names for a message: subset prefixes (ABCDEF+) removed, at most five. */
function fontList(names: string[]): string {
  const shown = names.slice(0, 5).map((n) => n.replace(/^[A-Z]{6}\+/, ''));
  return `字体：${shown.join('、')}${names.length > shown.length ? ' 等' : ''}`;
}

export const warn = {
  imageOnlyPage: (page: number): ReaderWarning => ({
    code: 'image-only-page',
    page,
    message: `第${page}页只有图像，没有文字层（扫描件？），未能读取`,
  }),
  unreadablePage: (page: number): ReaderWarning => ({
    code: 'unreadable-page',
    page,
    message: `第${page}页已损坏，无法解析，已跳过`,
  }),
  skippedFonts: (names: string[]): ReaderWarning => ({
    code: 'damaged-font',
    message: `${names.length} 个嵌入字体已损坏，无法解析，已改用 PDF 中的 Unicode 映射（ToUnicode）和标准字体度量读取文字（${fontList(names)}）`,
  }),
  garbledPage: (page: number, share: number): ReaderWarning => ({
    code: 'garbled-page',
    page,
    message: `第${page}页有 ${Math.round(share * 100)}% 的字符没有可用的 Unicode 映射，该页文字可能有误`,
  }),
};

/** Maps whatever pdf.js threw while opening or reading a document to a ReadError. */
export function fromPdfJsError(file: string, e: unknown): ReadError {
  if (e instanceof ReadError) return e;
  const name = (e as { name?: string } | null)?.name ?? '';
  const message = (e as { message?: string } | null)?.message ?? String(e);
  if (name === 'PasswordException') return fail.encrypted(file);
  if (name === 'InvalidPDFException') return fail.corrupt(file);
  // security handlers pdf.js cannot open (certificates, unknown crypto filters) are encryption too
  if (/encrypt|crypt filter|crypto|password|security handler/i.test(message)) return fail.encrypted(file);
  return fail.corrupt(file, message);
}
