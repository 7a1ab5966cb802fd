/**
 * Test helpers: space-aligned table lines built from cells placed at display columns (a CJK
 * character is two columns wide), as `pdftotext -layout` prints them.
 */
import { displayWidth } from './tokens.js';
import { textToDocument } from '../../readers/text.js';
import { buildParagraphs } from '../../normalize/paragraphs.js';
import type { Row, Table } from '../../model/types.js';
import { extractTables } from './index.js';

/** A cell: text, and the column where it starts (`l`) or ends (`r`, right-aligned figures). */
export type Cell = [text: string, col: number, align?: 'l' | 'r'];

export function aligned(...cells: Cell[]): string {
  let out = '';
  for (const [text, col, align = 'l'] of cells) {
    const start = align === 'r' ? col - displayWidth(text) : col;
    const pad = Math.max(start - displayWidth(out), out ? 2 : 0);
    out += ' '.repeat(pad) + text;
  }
  return out;
}


/** Tables of a text fixture. */
export function tablesOfText(text: string) {
  const doc = textToDocument('fixture.txt', text);
  return extractTables(doc, buildParagraphs(doc)).tables;
}

export const vals = (r: Row | undefined) => r?.values.map((v) => (v ? v.value.toString() : null));
export const byCode = (rows: Row[] | undefined, code: string) => rows?.find((r) => r.code === code);
export const tableOf = (tables: Table[], key: string) => tables.find((t) => t.key === key);
