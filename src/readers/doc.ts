/**
 * Legacy Word .doc (word-extractor): the body text in order; table rows come out as tab-separated
 * cells (one line per row) and become grid rows, other lines paragraphs. Evidence: paragraph number.
 */
import WordExtractor from 'word-extractor';
import { readFileSync } from 'node:fs';
import { GridDocumentBuilder } from './grid.js';
import { NDocument, ReadError } from './types.js';

export const MAX_DOC_BYTES = 50 * 1024 * 1024;

export async function readDoc(file: string, buf: Buffer = readFileSync(file)): Promise<NDocument> {
  if (buf.length > MAX_DOC_BYTES) throw new ReadError(file, 'too-large', `${file}: 文件过大（上限 ${MAX_DOC_BYTES / 1048576} MB）`);
  let body: string;
  try {
    body = (await new WordExtractor().extract(buf)).getBody();
  } catch (e) {
    throw new ReadError(file, 'corrupt', `${file}: Word 文件无法解析（${String((e as Error).message ?? e).split('\n')[0].slice(0, 80)}）`);
  }
  return docBodyToDocument(file, body);
}

/** The document of a .doc's body text: tab-separated lines are table rows, other lines paragraphs; form feeds start pages. */
export function docBodyToDocument(file: string, body: string): NDocument {
  const b = new GridDocumentBuilder(file, 'doc', { blocks: true });
  let paragraph = 0;
  for (const raw of body.split(/\r\n?|\n/)) {
    if (raw.includes('\f')) b.newPage();
    const line = raw.replace(/\f/g, '');
    if (!line.trim()) continue;
    paragraph++;
    if (line.includes('\t')) b.row(line.split('\t').map((text, col) => ({ text, col, loc: { paragraph } })), { paragraph });
    else b.paragraph(line, { paragraph });
  }
  const doc = b.done();
  if (!doc.lines.length) throw new ReadError(file, 'empty', `${file}: Word 文档中没有文字`);
  return doc;
}
