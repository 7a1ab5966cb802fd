/**
 * The text of a line as extraction reads it (non-empty cells joined by one space), computed once
 * per document: tables, sections and identity all scan every line.
 */
import type { NDocument, NLine } from '../readers/types.js';
import { joinCells } from '../normalize/paragraphs.js';

export const lineText = (l: NLine) => (l.cells.length > 1 ? joinCells(l, true) : l.text.trim());

const texts = new WeakMap<NDocument, string[]>();
const compacts = new WeakMap<NDocument, string[]>();

/** `lineText` of every line, by position in `doc.lines`. Shared: callers must not modify it. */
export function lineTexts(doc: NDocument): string[] {
  let t = texts.get(doc);
  if (!t) texts.set(doc, (t = doc.lines.map(lineText)));
  return t;
}

/** `lineText` of every line without white space (`replace(/\s+/g, '')`). Shared: callers must not modify it. */
export function compactLineTexts(doc: NDocument): string[] {
  let t = compacts.get(doc);
  if (!t) compacts.set(doc, (t = lineTexts(doc).map((s) => s.replace(/\s+/g, ''))));
  return t;
}
