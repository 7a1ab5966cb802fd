/** HTML pages (portals publish whole disclosures as web pages, often GBK): decoded, parsed by cheerio, walked in reading order. */
import { load } from 'cheerio';
import { readFileSync } from 'node:fs';
import { GridDocumentBuilder } from '../grid.js';
import { NDocument, ReadError, type InputFormat } from '../types.js';
import { decodeHtml } from './encoding.js';
import { markupDepth } from './depth.js';
import { MAX_HTML_DEPTH, walkHtml } from './walk.js';

export const MAX_HTML_BYTES = 50 * 1024 * 1024;

/** Builds the document from HTML markup already decoded (also the .docx reader's second step). */
export function htmlToDocument(file: string, html: string, format: InputFormat = 'html'): NDocument {
  if (markupDepth(html, MAX_HTML_DEPTH) > MAX_HTML_DEPTH) throw new ReadError(file, 'corrupt', `${file}: HTML 嵌套层级过深（超过 ${MAX_HTML_DEPTH} 层）`);
  const $ = load(html);
  const b = new GridDocumentBuilder(file, format, { blocks: true });
  walkHtml(file, $.root()[0], b);
  const doc = b.done();
  if (!doc.lines.length) throw new ReadError(file, 'empty', `${file}: 网页中没有可读的文字`);
  return doc;
}

export function readHtml(file: string, buf: Buffer = readFileSync(file)): NDocument {
  if (buf.length > MAX_HTML_BYTES) throw new ReadError(file, 'too-large', `${file}: 文件过大（上限 ${MAX_HTML_BYTES / 1048576} MB）`);
  return htmlToDocument(file, decodeHtml(buf));
}
