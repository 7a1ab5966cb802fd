/**
 * Legacy Word .doc: paragraphs and tables in order, read with their structure by `word97.ts`
 * (cell and row marks from the paragraph properties) and laid out by `word-blocks.ts`; page
 * breaks start pages. Evidence: paragraph number; a table cell also its path
 * (`table[2]>tr[5]>td[3]`, as .docx). Word 6/95 files and files whose structure cannot be
 * followed fall back on word-extractor's body text (table rows as tab-separated lines).
 */
import WordExtractor from 'word-extractor';
import { readFileSync } from 'node:fs';
import { wordDocument, type WordBlock } from './word-blocks.js';
import { MAX_WORD97_CHARS, readWord97, Word97Error } from './word97.js';
import { NDocument, ReadError } from './types.js';

export const MAX_DOC_BYTES = 50 * 1024 * 1024;

const firstLine = (e: unknown) => String((e as Error)?.message ?? e).split('\n')[0].slice(0, 80);

/** word-extractor's body text as blocks: a line with tabs is a row of cells, others paragraphs. */
async function extractorBlocks(file: string, buf: Buffer): Promise<WordBlock[]> {
  let body: string;
  try {
    body = (await new WordExtractor().extract(buf)).getBody();
  } catch (e) {
    throw new ReadError(file, 'corrupt', `${file}: Word 文件无法解析（${firstLine(e)}）`);
  }
  const out: WordBlock[] = [];
  for (const raw of body.split(/\r\n?|\n/)) {
    if (raw.includes('\f')) out.push({ kind: 'page' });
    out.push({ kind: 'paragraph', text: raw.replace(/\f/g, '') });
  }
  return out;
}

export async function readDoc(file: string, buf: Buffer = readFileSync(file)): Promise<NDocument> {
  if (buf.length > MAX_DOC_BYTES) throw new ReadError(file, 'too-large', `${file}: 文件过大（上限 ${MAX_DOC_BYTES / 1048576} MB）`);
  let blocks: WordBlock[];
  try {
    blocks = readWord97(buf);
  } catch (e) {
    if (e instanceof Word97Error && e.code === 'encrypted') throw new ReadError(file, 'encrypted', `${file}: Word 文件已加密（有打开密码），无法读取`);
    if (e instanceof Word97Error && e.code === 'too-large') throw new ReadError(file, 'too-large', `${file}: Word 文档过长（超过 ${MAX_WORD97_CHARS} 个字符）`);
    blocks = await extractorBlocks(file, buf);
  }
  return wordDocument(file, 'doc', blocks);
}
