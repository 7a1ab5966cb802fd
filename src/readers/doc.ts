/**
 * Legacy Word .doc: paragraphs and tables in order, read with their structure by `word97.ts`
 * (cell and row marks from the paragraph properties); tables become grid rows, page breaks pages.
 * Evidence: paragraph number; a table cell also its path (`table[2]>tr[5]>td[3]`, as .docx).
 * Word 6/95 files and files whose structure cannot be followed fall back on word-extractor's body
 * text (table rows as tab-separated lines).
 */
import WordExtractor from 'word-extractor';
import { readFileSync } from 'node:fs';
import { GridDocumentBuilder } from './grid.js';
import { readWord97, Word97Error, type Word97Block } from './word97.js';
import { NDocument, ReadError } from './types.js';

export const MAX_DOC_BYTES = 50 * 1024 * 1024;

const firstLine = (e: unknown) => String((e as Error)?.message ?? e).split('\n')[0].slice(0, 80);

/** word-extractor's body text as blocks: a line with tabs is a row of cells, others paragraphs. */
async function extractorBlocks(file: string, buf: Buffer): Promise<Word97Block[]> {
  let body: string;
  try {
    body = (await new WordExtractor().extract(buf)).getBody();
  } catch (e) {
    throw new ReadError(file, 'corrupt', `${file}: Word 文件无法解析（${firstLine(e)}）`);
  }
  const out: Word97Block[] = [];
  for (const raw of body.split(/\r\n?|\n/)) {
    if (raw.includes('\f')) out.push({ kind: 'page' });
    const line = raw.replace(/\f/g, '');
    if (line.includes('\t')) out.push({ kind: 'row', cells: line.split('\t'), table: 0, row: 0 });
    else out.push({ kind: 'paragraph', text: line });
  }
  return out;
}

export async function readDoc(file: string, buf: Buffer = readFileSync(file)): Promise<NDocument> {
  if (buf.length > MAX_DOC_BYTES) throw new ReadError(file, 'too-large', `${file}: 文件过大（上限 ${MAX_DOC_BYTES / 1048576} MB）`);
  let blocks: Word97Block[];
  try {
    blocks = readWord97(buf);
  } catch (e) {
    if (e instanceof Word97Error && e.code === 'encrypted') throw new ReadError(file, 'encrypted', `${file}: Word 文件已加密（有打开密码），无法读取`);
    blocks = await extractorBlocks(file, buf);
  }
  const b = new GridDocumentBuilder(file, 'doc');
  let paragraph = 0;
  for (const block of blocks) {
    if (block.kind === 'page') b.newPage();
    else if (block.kind === 'paragraph') {
      if (!block.text.trim()) continue;
      paragraph++;
      // tab-aligned text (a table laid out with tab stops) is a row of cells, as in a text file
      if (block.text.includes('\t')) b.row(block.text.split('\t').map((text, col) => ({ text, col, loc: { paragraph } })), { paragraph });
      else b.paragraph(block.text, { paragraph });
    } else {
      if (!block.cells.some((c) => c.trim())) continue;
      paragraph++;
      const path = (col: number) => (block.table ? { path: `table[${block.table}]>tr[${block.row}]>td[${col + 1}]` } : {});
      b.row(
        block.cells.map((text, i) => ({ text, col: block.cols?.[i].col ?? i, span: block.cols?.[i].span ?? 1, loc: { paragraph, ...path(i) } })),
        { paragraph },
      );
    }
  }
  const doc = b.done();
  if (!doc.lines.length) throw new ReadError(file, 'empty', `${file}: Word 文档中没有文字`);
  return doc;
}
