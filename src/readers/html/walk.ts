/**
 * Walks an HTML tree (htmlparser2 via cheerio) in reading order without recursion: block elements
 * end a paragraph, `<br>` ends a line, tables become rows of grid cells (colspan/rowspan placed on
 * the column grid), hidden elements (`display:none`, script, style) are skipped, a CSS page break
 * starts a new page. Evidence: the element path of each paragraph and cell.
 */
import type { AnyNode, Element } from 'domhandler';
import { GridDocumentBuilder, type GridCell } from '../grid.js';
import { ReadError } from '../types.js';

export const MAX_HTML_DEPTH = 1000;

const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'section', 'article', 'header', 'footer', 'nav', 'aside', 'main', 'blockquote', 'pre', 'center', 'address', 'figure', 'figcaption', 'form', 'fieldset', 'hr', 'caption', 'title', 'body', 'html']);
/** Parts of a layout table, read as blocks of flow. */
const LAYOUT_PARTS = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'object', 'iframe', 'svg', 'select', 'button']);

const isElement = (n: AnyNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';
const hidden = (e: Element) => /display\s*:\s*none|visibility\s*:\s*hidden/i.test(e.attribs.style ?? '') || 'hidden' in e.attribs;
/** A CSS page break, or the `<hr class="page-break">` the .docx reader asks mammoth for. */
const pageBreak = (e: Element) => /page-break-before\s*:\s*always|break-before\s*:\s*page/i.test(e.attribs.style ?? '') || (e.name === 'hr' && /\bpage-break\b/.test(e.attribs.class ?? ''));

/** `html>body>table[2]>tbody>tr[5]>td[3]` (1-based index among same-name siblings, when there are several). */
export function elementPath(e: Element): string {
  const parts: string[] = [];
  for (let n: Element | null = e; n && isElement(n); n = n.parent && isElement(n.parent) ? n.parent : null) {
    const same = (n.parent?.children ?? []).filter((s) => isElement(s) && s.name === n!.name);
    parts.push(same.length > 1 ? `${n.name}[${same.indexOf(n) + 1}]` : n.name);
  }
  return parts.reverse().join('>');
}

/** Text of an element's subtree (iterative), `<br>` and blocks as line breaks. */
function textOf(root: Element): string {
  let out = '';
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') out += (n as unknown as { data: string }).data;
    else if (isElement(n)) {
      if (SKIP.has(n.name) || hidden(n)) continue;
      if (n.name === 'br' || BLOCK.has(n.name)) out += '\n';
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
    }
  }
  return out;
}

function checkDepth(file: string, root: AnyNode): void {
  const stack: [AnyNode, number][] = [[root, 0]];
  while (stack.length) {
    const [n, d] = stack.pop()!;
    if (d > MAX_HTML_DEPTH) throw new ReadError(file, 'corrupt', `${file}: HTML 嵌套层级过深（超过 ${MAX_HTML_DEPTH} 层）`);
    if ('children' in n) for (const c of n.children) stack.push([c, d + 1]);
  }
}

function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const c of table.children) {
    if (!isElement(c)) continue;
    if (c.name === 'tr') rows.push(c);
    else if (c.name === 'thead' || c.name === 'tbody' || c.name === 'tfoot') for (const r of c.children) if (isElement(r) && r.name === 'tr') rows.push(r);
  }
  return rows;
}

/** Longer than any data cell: a cell of running text. */
const LAYOUT_CELL_CHARS = 150;
const LAYOUT_BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'section', 'article']);

/**
 * A table used for page layout (old portals put the whole article in one): a cell holds a nested
 * table, or several blocks of text that are long (a data cell may hold two short paragraphs, as in
 * HTML saved by Word), or the table is a single cell. Its content is read as flow.
 */
function isLayoutTable(table: Element): boolean {
  const rows = tableRows(table);
  const cells = rows.flatMap((r) => r.children.filter((c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th')));
  if (cells.length <= 1) return true;
  for (const cell of cells) {
    let blocks = 0;
    const long = textOf(cell).replace(/\s+/g, '').length > LAYOUT_CELL_CHARS;
    const stack: AnyNode[] = [...cell.children];
    while (stack.length) {
      const n = stack.pop()!;
      if (!isElement(n) || SKIP.has(n.name)) continue;
      if (n.name === 'table') return true;
      if (long && LAYOUT_BLOCKS.has(n.name) && textOf(n).trim() && ++blocks >= 2) return true;
      for (const c of n.children) stack.push(c);
    }
  }
  return false;
}

function emitTable(b: GridDocumentBuilder, table: Element): void {
  const occupied: Set<number>[] = []; // columns taken by rowspans from rows above, per row
  b.startTable(elementPath(table));
  tableRows(table).forEach((tr, ri) => {
    if (hidden(tr)) return;
    const taken = (occupied[ri] ??= new Set());
    const cells: GridCell[] = [];
    let col = 0;
    for (const td of tr.children) {
      if (!isElement(td) || (td.name !== 'td' && td.name !== 'th') || hidden(td)) continue;
      while (taken.has(col)) col++;
      const span = Math.min(1000, Math.max(1, Number(td.attribs.colspan) || 1));
      const rows = Math.min(1000, Math.max(1, Number(td.attribs.rowspan) || 1));
      for (let r = 1; r < rows; r++) for (let c = col; c < col + span; c++) (occupied[ri + r] ??= new Set()).add(c);
      const text = textOf(td).replace(/\n+/g, '\n').trim();
      if (text) cells.push({ text, col, span, loc: { path: elementPath(td) } });
      col += span;
    }
    b.row(cells, { path: elementPath(tr) });
  });
}

/** Adds the content of `root` (a document or element) to the builder in reading order. */
export function walkHtml(file: string, root: AnyNode, b: GridDocumentBuilder): void {
  checkDepth(file, root);
  let para = '';
  let paraEl: Element | undefined;
  let paragraphNo = 0;
  const flush = () => {
    if (para.trim()) {
      paragraphNo++;
      const loc = paraEl ? { paragraph: paragraphNo, path: elementPath(paraEl) } : { paragraph: paragraphNo };
      b.paragraph(para, loc);
    }
    para = '';
    paraEl = undefined;
  };
  // stack of nodes to visit; a string marks the end of a block element
  const stack: (AnyNode | 'end')[] = 'children' in root ? [...root.children].reverse() : [];
  const blocks: Element[] = [];
  while (stack.length) {
    const n = stack.pop()!;
    if (n === 'end') {
      flush();
      blocks.pop();
      continue;
    }
    if (n.type === 'text') {
      const t = (n as unknown as { data: string }).data;
      if (t.trim() && !paraEl) paraEl = blocks[blocks.length - 1];
      para += t;
      continue;
    }
    if (!isElement(n) || SKIP.has(n.name) || hidden(n)) continue;
    if (pageBreak(n)) {
      flush();
      b.newPage();
    }
    if (n.name === 'table' && !isLayoutTable(n)) {
      flush();
      emitTable(b, n);
      continue;
    }
    if (n.name === 'br') {
      para += '\n';
      continue;
    }
    if (BLOCK.has(n.name) || LAYOUT_PARTS.has(n.name)) {
      flush();
      blocks.push(n);
      stack.push('end');
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  flush();
}
