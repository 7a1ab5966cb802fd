/**
 * Detail tables whose layout is lost (部门预算明细表, 项目支出表 extracted from PDF as one cell per
 * line, names wrapped over several lines): the only thing that still delimits a row is its run of
 * figures, which always closes it. Rows are rebuilt only when that is unambiguous: every run holds
 * exactly one figure per amount column, and no whole number could be either an amount or a code.
 * Otherwise nothing is read (the table stays recognised, without rows) — never a guess.
 */
import type { NLine } from '../../readers/types.js';
import type { AmountUnit, Row } from '../../model/types.js';
import type { NDocument } from '../../readers/types.js';
import { lineSource } from '../../normalize/paragraphs.js';
import { codeInfo, parseCodeToken, type ParsedCode } from '../codes.js';
import { isTotalLabel } from './aliases.js';
import type { ColSpec } from './columns.js';
import { amountOf, stripNumbering, withLine, type LTok } from './rows.js';
import type { Tok } from './tokens.js';

interface Rec {
  /** Code and text tokens, in reading order. */
  items: LTok[];
  vals: LTok[];
}

const CODE_SHAPE = /^(\d{3}|\d{5}|\d{7})$/;
/** An amount as printed in these tables: with thousands separators or decimals. */
const CLEAR_AMOUNT = /[.,]/;

type Piece = { kind: 'code'; code: ParsedCode; tok: LTok } | { kind: 'text'; text: string; tok: LTok };

function pieceOf(t: LTok): Piece {
  if (t.kind === 'num') {
    const info = CODE_SHAPE.test(t.text) ? codeInfo(t.text) : null;
    if (info) return { kind: 'code', code: info, tok: t };
  }
  const pc = t.kind === 'text' ? parseCodeToken(t.text) : null;
  if (pc) return { kind: 'code', code: pc, tok: t };
  return { kind: 'text', text: t.text.trim(), tok: t };
}

const joinText = (parts: string[]) => parts.join('').replace(/(?<=[\p{Script=Han}（）()_])\s+(?=[\p{Script=Han}（）()_])/gu, '').trim();

/**
 * Rows of a flattened detail table, or null when they cannot be delimited with certainty.
 * `body` are the lines after the header with their tokens, in reading order.
 */
export function buildFlatDetail(body: { line: NLine; toks: Tok[] }[], cols: ColSpec[], ctx: { doc: NDocument; unit: AmountUnit }): Row[] | null {
  const k = cols.length;
  if (!k) return null;
  const recs: Rec[] = [];
  let cur: Rec = { items: [], vals: [] };
  for (const b of body) {
    for (const t of b.toks) {
      const lt: LTok = withLine(t, b.line);
      const value = t.kind === 'dash' || (t.kind === 'num' && CLEAR_AMOUNT.test(t.text));
      if (t.kind === 'num' && !value && !(CODE_SHAPE.test(t.text) && codeInfo(t.text))) return null; // an amount or a number in a name: cannot tell
      if (value) {
        cur.vals.push(lt);
        continue;
      }
      if (cur.vals.length) {
        recs.push(cur);
        cur = { items: [], vals: [] };
      }
      cur.items.push(lt);
    }
  }
  if (cur.vals.length) recs.push(cur);
  else if (cur.items.some((t) => pieceOf(t).kind === 'code')) return null; // a coded row without figures
  if (!recs.length || recs.some((r) => r.vals.length !== k || !r.items.length)) return null;

  const rows: Row[] = [];
  let coded = 0;
  for (const r of recs) {
    const pieces = r.items.map(pieceOf);
    const first = pieces.findIndex((p) => p.kind === 'code');
    let row: Row;
    if (first >= 0) {
      coded++;
      const codes: { code: ParsedCode; name: string[]; tok: LTok }[] = [];
      // text before the first code is the tail of the previous row's wrapped cells: not this row's
      for (const p of pieces.slice(first)) {
        if (p.kind === 'code') codes.push({ code: p.code, name: [], tok: p.tok });
        else codes[codes.length - 1].name.push(p.text);
      }
      const main = codes[0];
      // the classification name: printed with the code, or the text between it and the next code
      // (after the last code, names of the last code column and of the item run together)
      const nameOf = (c: (typeof codes)[number], i: number) => c.code.name ?? (i < codes.length - 1 ? joinText(c.name) : undefined);
      row = { code: main.code.code, codeSystem: main.code.system, codeLevel: main.code.level, name: nameOf(main, 0) ?? joinText(main.name), values: [], source: lineSource(ctx.doc, main.tok.line) };
      if (codes.length > 1)
        row.codes = codes.map((c, i) => {
          const n = nameOf(c, i);
          return { code: c.code.code, system: c.code.system, level: c.code.level, ...(n ? { name: n } : {}) };
        });
    } else {
      const name = stripNumbering(joinText(pieces.map((p) => (p.kind === 'text' ? p.text : ''))));
      row = { name, values: [], source: lineSource(ctx.doc, r.items[0].line) };
      if (isTotalLabel(name)) row.isTotal = true;
    }
    row.values = r.vals.map((v) => amountOf(v, ctx));
    rows.push(row);
  }
  return coded ? rows : null;
}
