/**
 * Two-sided tables (收支总表, 财政拨款收支总表): revenue items with their amounts on the left,
 * expenditure items with theirs on the right, on the same lines. Each line is cut into segments
 * (a label and the values after it); a segment's side comes from the cell index (tab-separated),
 * its position against the split found in the data or header (aligned text, PDF), or — where the
 * layout is lost — from the order on the line and the label's meaning (收入… left, …支出 right).
 */
import type { NLine } from '../../readers/types.js';
import type { Row } from '../../model/types.js';
import { lineSource } from '../../normalize/paragraphs.js';
import { isLabelHeader, isTotalLabel } from './aliases.js';
import { columnsFromPositions, columnsFromVocabulary, type ColSpec } from './columns.js';
import { isNumbered, placeValues, stripNumbering, withLine, type Layout, type LTok, type RowContext } from './rows.js';
import type { Tok } from './tokens.js';
import { codePointLength } from '../../readers/char-rules.js';

interface Seg {
  label: string;
  x0: number;
  cell: number;
  vals: LTok[];
  line: NLine;
}

interface SideDraft {
  label: string;
  vals: LTok[];
  line: NLine;
}

const RIGHT_WORDS = /支出|结转下年|年末结转|年终结转|结余分配|支出总计/;
const LEFT_WORDS = /收入|资金|拨款|上年结转|年初结转|结余|事业基金|预算内|财政专户|批准留用|预算外/;

function semanticSide(label: string): 'left' | 'right' | null {
  const t = label.replace(/\s+/g, '');
  if (RIGHT_WORDS.test(t)) return 'right';
  if (LEFT_WORDS.test(t)) return 'left';
  return null;
}

export interface TwoSidedResult {
  rows: Row[];
  rightRows: Row[];
  columns: ColSpec[];
  rightColumns: ColSpec[];
}

/** Splits header tokens into the left and right halves; returns the split position. */
function headerSplit(header: Tok[][]): number | null {
  const labels = header.flat().filter((t) => t.kind === 'text' && isLabelHeader(t.text, true));
  labels.sort((a, b) => a.x0 - b.x0);
  const amounts = header.flat().filter((t) => t.kind === 'text' && !isLabelHeader(t.text, true));
  for (let i = 1; i < labels.length; i++) {
    const a = labels[0];
    const b = labels[i];
    if (b.x0 > a.x1 && amounts.some((t) => t.x0 >= a.x1 && t.x1 <= b.x0 + 0.5)) return b.x0;
  }
  const exp = header.flat().filter((t) => t.kind === 'text' && /支\s*出/.test(t.text) && !/收\s*入/.test(t.text));
  const minX = Math.min(...header.flat().map((t) => t.x0));
  const right = exp.filter((t) => t.x0 > minX);
  if (right.length) return Math.min(...right.map((t) => t.x0));
  return null;
}

export function buildTwoSided(body: { line: NLine; toks: Tok[] }[], header: Tok[][], headerText: string, ctx: Omit<RowContext, 'columns'>, docYear?: number): TwoSidedResult {
  const layout: Layout = ctx.layout;
  const hSplit = layout === 'order' ? null : headerSplit(header);
  // split found in the data: the start of the second label on lines that have two
  let dSplit: number | null = null;
  if (layout === 'position') {
    for (const b of body) {
      const texts = b.toks.filter((t) => t.kind === 'text');
      if (texts.length >= 2) dSplit = dSplit === null ? texts[1].x0 : Math.min(dSplit, texts[1].x0);
    }
  }
  const split = layout === 'index' ? hSplit : dSplit ?? hSplit;

  // columns of each side
  let left: ColSpec[] = [];
  let right: ColSpec[] = [];
  if (layout !== 'order' && hSplit !== null) {
    const lh = header.map((ts) => ts.filter((t) => t.x0 < hSplit));
    const rh = header.map((ts) => ts.filter((t) => t.x0 >= hSplit));
    left = columnsFromPositions(lh, docYear, { wraps: layout !== 'index', twoSided: true }).columns;
    right = columnsFromPositions(rh, docYear, { wraps: layout !== 'index', twoSided: true }).columns;
  }
  if (!left.length && !right.length) {
    const cols = columnsFromVocabulary(headerText, docYear);
    if (cols.length >= 2) {
      const k = Math.max(1, cols.findIndex((c) => /支出/.test(c.name)));
      left = cols.slice(0, k).map((c, i) => Object.assign({}, c, { x0: i, x1: i + 1 }));
      right = cols.slice(k).map((c, i) => Object.assign({}, c, { x0: i, x1: i + 1 }));
    }
  }
  const deflt = (name: string): ColSpec => ({ name, path: [name], role: 'amount', x0: 0, x1: 1 });
  if (!left.length) left = [deflt('金额')];
  if (!right.length) right = [deflt('金额')];

  const all: { side: 'left' | 'right' | null; d: SideDraft }[] = [];
  let pending: LTok[] = [];

  const sideOf = (s: Seg, i: number, n: number): 'left' | 'right' | null => {
    if (layout === 'index' && split !== null) return s.x0 < split ? 'left' : 'right';
    if (n >= 2) return i === 0 ? 'left' : 'right';
    if (layout === 'position' && split !== null) return s.x0 >= split - 1 ? 'right' : 'left';
    return null; // decided by the label's meaning once it is complete
  };
  const openLabel = (side: 'left' | 'right' | null, lineIndex: number) => {
    const pool = side === null ? all : all.filter((a) => a.side === side || a.side === null);
    for (let k = pool.length - 1; k >= 0; k--) {
      const a = pool[k];
      if (!a.d.vals.length) return a.d.line.index >= lineIndex - 3 ? a : undefined;
    }
    return undefined;
  };

  for (const b of body) {
    let toks: LTok[] = b.toks.map((t) => withLine(t, b.line));
    if (layout === 'position' && pending.length) {
      toks = [...pending, ...toks].sort((a, c) => a.x0 - c.x0);
      pending = [];
    }
    const segs: Seg[] = [];
    const lead: LTok[] = [];
    for (const t of toks) {
      if (t.kind === 'text') segs.push({ label: t.text.trim(), x0: t.x0, cell: t.cell, vals: [], line: b.line });
      else if (segs.length) segs[segs.length - 1].vals.push(t);
      else lead.push(t);
    }
    if (lead.length) {
      if (layout === 'position' && !segs.length) pending = [...pending, ...lead];
      else {
        // values on their own line belong to the latest label still without values
        const open = openLabel(null, b.line.index);
        if (open) open.d.vals = lead;
      }
    }
    segs.forEach((s, i) => {
      const side = sideOf(s, i, segs.length);
      const len = codePointLength(s.label);
      // a wrapped label: a short fragment without numbering continues the open label of its side
      const fragment = !s.vals.length && !isNumbered(s.label) && !isTotalLabel(s.label) && (len <= 3 || (len <= 8 && !semanticSide(s.label)));
      if (fragment) {
        const open = openLabel(layout === 'order' ? null : side, b.line.index);
        if (open) {
          open.d.label += s.label;
          return;
        }
      }
      all.push({ side, d: { label: s.label, vals: s.vals, line: s.line } });
    });
  }
  const leftDrafts: SideDraft[] = [];
  const rightDrafts: SideDraft[] = [];
  for (const a of all) {
    const side = a.side ?? semanticSide(a.d.label) ?? 'left';
    (side === 'left' ? leftDrafts : rightDrafts).push(a.d);
  }

  const toRows = (ds: SideDraft[], cols: ColSpec[]): Row[] => {
    // one context per side (was `{ ...ctx, columns, layout }` per row: slow in V8)
    const orderCtx: RowContext = Object.assign({}, ctx, { columns: cols, layout: 'order' as Layout });
    const sideCtx: RowContext = Object.assign({}, ctx, { columns: cols, layout });
    return ds.map((d) => {
      const name = stripNumbering(d.label.replace(/[:：]$/, '').replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, ''));
      const row: Row = { name, values: new Array(cols.length).fill(null), source: lineSource(ctx.doc, d.line) };
      if (isTotalLabel(name)) row.isTotal = true;
      let vals = d.vals;
      if (layout !== 'index' && cols.length === 1) vals = vals.slice(0, 1);
      placeValues(row, vals, cols.length === 1 ? orderCtx : sideCtx);
      return row;
    });
  };
  return { rows: toRows(leftDrafts, left), rightRows: toRows(rightDrafts, right), columns: left, rightColumns: right };
}
