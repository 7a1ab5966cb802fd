/**
 * Body lines → rows of a one-sided table (code / name columns on the left, amount columns on the
 * right). A row may span several lines: a name wrapped over 2–3 lines (`政府办公厅（室）及相` /
 * `关机构事务`), values on a line of their own after the name (flattened text) or before the code
 * line (PDF rows whose cells are vertically offset). Codes may be printed whole, with their name or
 * in three columns.
 */
import type { NLine } from '../../readers/types.js';
import type { Amount, AmountUnit, Row } from '../../model/types.js';
import { makeAmount } from '../../model/amount.js';
import { lineSource } from '../../normalize/paragraphs.js';
import type { NDocument } from '../../readers/types.js';
import { joinCodeParts, parseCodeToken, type ParsedCode } from '../codes.js';
import { isTotalLabel } from './aliases.js';
import { assignByIndex, assignByOrder, assignByPosition, type ColSpec } from './columns.js';
import type { Tok } from './tokens.js';

export type Layout = 'position' | 'index' | 'order';

export interface LTok extends Tok {
  line: NLine;
}

/** A token with its line. Built field by field: `{ ...t, line }` takes a slow path in V8 (Node 20). */
export const withLine = (t: Tok, line: NLine): LTok => ({ text: t.text, kind: t.kind, x0: t.x0, x1: t.x1, cell: t.cell, col: t.col, endCol: t.endCol, line });

/** What one line holds, read left to right. */
export interface ParsedLine {
  line: NLine;
  codes: ParsedCode[];
  /** Text before the first code, text after it, in order. */
  pre: string[];
  post: string[];
  /** Each code with the text printed after it (its name). */
  segs: { code: ParsedCode; name: string[] }[];
  vals: LTok[];
}

export interface ParseOptions {
  /** The table prints amounts with decimals: a code-shaped integer after a name is a code, not an amount. */
  integersAreCodes?: boolean;
}

const CODE_SHAPE = /^(\d{3}|\d{5}|\d{7})$/;
const SMALL_INT = /^\d{1,2}$/;

/** Reads codes, label text and values of one line's tokens. */
export function parseLine(line: NLine, toks: Tok[], opts: ParseOptions = {}): ParsedLine {
  // gathered in scratch arrays (parseLine does not nest) and copied out at their exact sizes
  let nCodes = 0; // = number of segs
  let nPre = 0;
  let nPost = 0;
  let nVals = 0;
  const addCode = (c: ParsedCode) => {
    S_CODES[nCodes] = c;
    S_SEGS[nCodes] = { code: c, name: [] };
    nCodes++;
  };
  let inValues = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (inValues) {
      if (t.kind !== 'text') S_VALS[nVals++] = withLine(t, line);
      continue;
    }
    if (t.kind === 'num' && CODE_SHAPE.test(t.text)) {
      const next = toks[i + 1];
      const named = next && next.kind === 'text' && !parseCodeToken(next.text);
      // a code is the first token, or a code-shaped number followed by its name
      if (i === 0 || named || (opts.integersAreCodes && toks.slice(0, i).every((p) => p.kind === 'text' || CODE_SHAPE.test(p.text)))) {
        // columns: 201 03 01
        const parts = [t.text];
        let j = i + 1;
        if (t.text.length === 3) {
          while (j < toks.length && parts.length < 3 && toks[j].kind === 'num' && SMALL_INT.test(toks[j].text)) parts.push(toks[j++].text);
        }
        const info = parts.length > 1 ? joinCodeParts(parts) : parseCodeToken(t.text);
        if (info) {
          addCode(info);
          i = j - 1;
          continue;
        }
      }
    }
    if (t.kind === 'text') {
      const pc = parseCodeToken(t.text);
      if (pc) {
        addCode(pc);
        continue;
      }
      if (nCodes) {
        S_POST[nPost++] = t.text.trim();
        S_SEGS[nCodes - 1].name.push(t.text.trim());
      } else S_PRE[nPre++] = t.text.trim();
      continue;
    }
    inValues = true;
    S_VALS[nVals++] = withLine(t, line);
  }
  return { line, codes: S_CODES.slice(0, nCodes), pre: S_PRE.slice(0, nPre), post: S_POST.slice(0, nPost), segs: S_SEGS.slice(0, nCodes), vals: S_VALS.slice(0, nVals) };
}

const S_CODES: ParsedCode[] = [];
const S_SEGS: { code: ParsedCode; name: string[] }[] = [];
const S_PRE: string[] = [];
const S_POST: string[] = [];
const S_VALS: LTok[] = [];

interface Draft {
  codes: ParsedCode[];
  pre: string[];
  /** Each code with its name pieces (continuation lines append to the last). */
  segs: { code: ParsedCode; name: string[] }[];
  vals: LTok[];
  lines: NLine[];
  nameOpen: boolean;
  /** The last name fragment, when it was added to a name already complete on the code line. */
  tail?: { line: NLine; seg: number };
}

const NUMBERING = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}\s*[、.．](?!\d)|[①-⑳])\s*/;

export function stripNumbering(s: string): string {
  return s.replace(NUMBERING, '').trim();
}

export const isNumbered = (s: string) => NUMBERING.test(s.trim());

export interface RowContext {
  doc: NDocument;
  unit: AmountUnit;
  columns: ColSpec[];
  layout: Layout;
  /** Most values on any row of the table (rows with fewer have cells missing at unknown places). */
  maxVals?: number;
  /**
   * Rows are items (projects, purchased services) named by a name column printed before their
   * classification, not by the classification: the name stays the item's.
   */
  itemRows?: boolean;
  /** Positions of the columns' figures found in the data (position layout). */
  anchors?: { x0: number; x1: number }[];
}

/** Builds rows from the parsed body lines of a one-sided table. */
export function buildRows(lines: ParsedLine[], ctx: RowContext): Row[] {
  const drafts: Draft[] = [];
  let cur: Draft | null = null;
  let pending: LTok[] = [];
  const newDraft = (p: ParsedLine): Draft => ({ codes: [...p.codes], pre: [...p.pre], segs: p.segs.map((x) => ({ code: x.code, name: [...x.name] })), vals: [...p.vals], lines: [p.line], nameOpen: false });
  const bare = (vals: LTok[]): Draft => ({ codes: [], pre: [], segs: [], vals, lines: [vals[0].line], nameOpen: false });
  const start = (d: Draft) => {
    if (pending.length) {
      if (!d.vals.length) d.vals = pending;
      else if (ctx.layout === 'position' && canMerge(d.vals, pending, ctx.columns)) d.vals = [...pending, ...d.vals].sort((a, b) => a.x0 - b.x0);
      else drafts.push(bare(pending));
      pending = [];
    }
    drafts.push(d);
    cur = d;
  };
  for (let li = 0; li < lines.length; li++) {
    const p = lines[li];
    const hasCode = p.codes.length > 0;
    const label = [...p.pre, ...p.post].join('');
    const hasVals = p.vals.length > 0;
    const c = cur as Draft | null;
    if (hasCode) {
      // a name wrapped around its code line (`机关事业单位基本养老保` / `30108` / `险缴费`): the
      // fragment printed just above a code line without a name is the head of that name
      if (c?.tail && c.tail.line.index === p.line.index - 1 && !p.pre.length && p.segs.length && !p.segs[0].name.length && !p.segs[0].code.name && !c.vals.length === !p.vals.length) {
        const head = c.segs[c.tail.seg]?.name.pop();
        c.lines = c.lines.filter((l) => l !== c.tail!.line);
        const d = newDraft(p);
        if (head) d.segs[0].name.push(head);
        d.lines.unshift(c.tail.line);
        c.tail = undefined;
        start(d);
        continue;
      }
      // a second code column wrapped onto its own line (301 … / 501 …) belongs to the same row
      if (c && !c.vals.length && c.codes.length && c.codes[0].system !== p.codes[0].system && !p.pre.length) {
        c.codes.push(...p.codes);
        c.segs.push(...p.segs.map((x) => ({ code: x.code, name: [...x.name] })));
        c.vals.push(...p.vals);
        c.lines.push(p.line);
        c.nameOpen = false;
        continue;
      }
      start(newDraft(p));
      continue;
    }
    if (label && (hasVals || ctx.layout === 'index' || isNumbered(label) || isTotalLabel(label) || /^其中/.test(label))) {
      start(newDraft(p));
      continue;
    }
    if (label && !hasVals) {
      const nameEmpty = c ? !c.pre.length && !c.segs.some((x) => x.name.length || x.code.name) : false;
      // in a table of coded rows, an uncoded line of text that is no total is the rest of a name
      const fragment = c ? c.codes.length > 0 && !isNumbered(label) && !/^其中/.test(label) : false;
      if (c && (!c.vals.length || c.nameOpen || nameEmpty || fragment)) {
        c.tail = undefined;
        if (c.segs.length) {
          const seg = c.segs[c.segs.length - 1];
          if (!c.nameOpen && (seg.name.length || seg.code.name)) c.tail = { line: p.line, seg: c.segs.length - 1 };
          seg.name.push(label);
        } else c.pre.push(label);
        c.lines.push(p.line);
        c.nameOpen = true;
        continue;
      }
      start(newDraft(p));
      continue;
    }
    if (hasVals) {
      if (c && !c.vals.length) {
        c.vals = p.vals;
        c.lines.push(p.line);
        c.nameOpen = false;
      } else {
        pending = [...pending, ...p.vals].sort((a, b) => a.x0 - b.x0);
        if (c) c.nameOpen = false;
      }
    }
  }
  if (pending.length) drafts.push(bare(pending));
  const maxVals = Math.max(0, ...drafts.map((d) => d.vals.length));
  const anchors = ctx.layout === 'position' ? dataAnchors(drafts, ctx.columns) : undefined;
  const rowCtx: RowContext = Object.assign({}, ctx, { maxVals, anchors }); // not `{ ...ctx, x }`: slow in V8
  return drafts.map((d, i) => toRow(d, rowCtx, i === 0 || i === drafts.length - 1));
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Where the figures of each column actually stand: headers are centred, figures right-aligned, so
 * the header's position is only a first guess. Rows printing every column give the positions; else
 * one pass of assignment by header position, then the median position of what each column received.
 */
function dataAnchors(drafts: Draft[], cols: ColSpec[]): { x0: number; x1: number }[] {
  const m = cols.length;
  const full = drafts.filter((d) => d.vals.length === m);
  const per: { x0: number; x1: number }[][] = cols.map(() => []);
  if (full.length >= 2) {
    for (const d of full) [...d.vals].sort((a, b) => a.x0 - b.x0).forEach((v, j) => per[j].push(v));
  } else {
    for (const d of drafts) {
      if (!d.vals.length || d.vals.length > m) continue;
      const vals = [...d.vals].sort((a, b) => a.x0 - b.x0);
      assignByPosition(vals, cols).forEach((j, i) => per[j]?.push(vals[i]));
    }
  }
  return cols.map((c, j) => (per[j].length >= 2 ? { x0: median(per[j].map((v) => v.x0)), x1: median(per[j].map((v) => v.x1)) } : { x0: c.x0, x1: c.x1 }));
}

function canMerge(own: LTok[], extra: LTok[], cols: ColSpec[]): boolean {
  if (own.length + extra.length > cols.length) return false;
  const a = new Set(assignByPosition(own, cols));
  return assignByPosition(extra, cols).every((j) => !a.has(j));
}

/** `类` `款` `项` printed on the total row's line (header cells sharing its line). */
const HEADER_REMNANT = /^(类|款|项|类\s*款\s*项?)$/;

const joinName = (parts: string[]) => parts.join('').replace(/(?<=[\p{Script=Han}（）()])\s+(?=[\p{Script=Han}（）()])/gu, '');

function rowName(d: Draft, itemRows = false): string {
  let name = '';
  if (d.segs.length && d.segs[0].name.length) name = (d.segs[0].code.name ?? '') + joinName(d.segs[0].name);
  // a code printed with its name (`2080501-行政单位离退休`) names the row, whatever stands before it
  // (a unit or project column: `202001-某单位（本级）`)
  else if (d.segs[0]?.code.name && !(itemRows && d.pre.length)) name = d.segs[0].code.name;
  else if (d.codes.length && d.pre.length) name = d.pre[d.pre.length - 1];
  else if (d.segs.length) name = d.segs[0].code.name ?? '';
  else name = joinName(d.pre.filter((x, i) => x !== d.pre[i - 1] && !HEADER_REMNANT.test(x)));
  return stripNumbering(name.replace(/^类\s*款\s*项?\s*(?=合\s*计|总\s*计)/, ''));
}

function codeName(seg: { code: ParsedCode; name: string[] }): string | undefined {
  const n = (seg.code.name ?? '') + joinName(seg.name);
  return n || undefined;
}

function toRow(d: Draft, ctx: RowContext, edge: boolean): Row {
  const first = d.lines[0];
  const source = lineSource(ctx.doc, first);
  const name = rowName(d, ctx.itemRows);
  const code = d.codes[0];
  const row: Row = { name, values: new Array(ctx.columns.length).fill(null), source };
  if (code) {
    row.code = code.code;
    row.codeSystem = code.system;
    row.codeLevel = code.level;
    if (d.segs.length > 1)
      row.codes = d.segs.map((x) => {
        const n = codeName(x);
        return { code: x.code.code, system: x.code.system, level: x.code.level, ...(n ? { name: n } : {}) };
      });
  }
  if (!code && (isTotalLabel(name) || (!name && edge && d.vals.length))) row.isTotal = true;
  placeValues(row, d.vals, ctx);
  return row;
}

/** Puts value tokens into the row's column slots. */
export function placeValues(row: Row, vals: LTok[], ctx: RowContext): void {
  if (!vals.length || !ctx.columns.length) return;
  let idx: number[];
  if (ctx.layout === 'index') idx = assignByIndex(vals, ctx.columns);
  else if (ctx.layout === 'position') idx = assignByPosition(vals, ctx.anchors ?? ctx.columns);
  else {
    const r = assignByOrder(
      vals.map((v) => v.text),
      ctx.columns,
      ctx.maxVals ?? vals.length,
    );
    idx = r.idx;
    if (r.inferred) row.inferred = true;
  }
  vals.forEach((v, i) => {
    const j = idx[i];
    if (j === undefined || j < 0 || j >= row.values.length) return;
    row.values[j] = amountOf(v, ctx);
  });
}

export function amountOf(v: LTok, ctx: { doc: NDocument; unit: AmountUnit }): Amount | null {
  if (v.kind !== 'num') return null;
  const src = lineSource(ctx.doc, v.line, v.col, v.endCol);
  // the figure's own cell box where the reader gives one (a click on a table cell shows that cell)
  const cellBox = v.line.cells[v.cell]?.box;
  if (cellBox) src.box = cellBox;
  // a token of kind `num` stands alone in its cell piece: misplaced separators are separators there
  return makeAmount(v.text, ctx.unit, src, { looseGrouping: true });
}
