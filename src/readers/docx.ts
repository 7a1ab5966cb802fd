/**
 * .docx (mammoth): converted to HTML (paragraphs, headings and tables in order, merged cells as
 * colspan/rowspan), then walked like a web page. The zip container is checked first (zip-guard).
 */
import mammoth from 'mammoth';
import { readFileSync } from 'node:fs';
import { htmlToDocument } from './html/index.js';
import { inflateZip } from './zip-guard.js';
import { NDocument, ReadError } from './types.js';

export const MAX_DOCX_ELEMENTS = 1_000_000;

/** Paragraphs and table cells counted before mammoth builds the document (huge documents refused). */
function checkElements(file: string, xml: Buffer): void {
  let n = 0;
  for (const tag of ['<w:p>', '<w:p ', '<w:p/>', '<w:tc>', '<w:tc ']) for (let i = xml.indexOf(tag); i >= 0; i = xml.indexOf(tag, i + tag.length)) if (++n > MAX_DOCX_ELEMENTS) throw new ReadError(file, 'too-large', `${file}: Word 文档段落和表格单元格过多（超过 ${MAX_DOCX_ELEMENTS} 个）`);
}

export async function readDocx(file: string, buf: Buffer = readFileSync(file)): Promise<NDocument> {
  const parts = inflateZip(file, buf);
  if (!parts.has('word/document.xml')) throw new ReadError(file, 'unsupported', `${file}: 不是 Word 文档（缺少 word/document.xml）`);
  checkElements(file, parts.get('word/document.xml')!);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: buf }, { ignoreEmptyParagraphs: true })).value;
  } catch (e) {
    throw new ReadError(file, 'corrupt', `${file}: Word 文件无法解析（${String((e as Error).message ?? e).split('\n')[0].slice(0, 80)}）`);
  }
  return htmlToDocument(file, html, 'docx');
}
