/**
 * Subtotal rows printed without a code in detail listings (部门预算明细表: a 款 name with its
 * figure, then the 项 rows it adds up, each 项 code possibly repeated per economic class or item).
 *
 * Read only where the layout is regular, so that no row is taken for a subtotal it is not: every coded
 * row of the side follows such a row; the coded rows after each one are of one system and one level and
 * share one parent code; the run ends at the next uncoded row. Otherwise nothing is read.
 */
import type { Row } from '../../model/types.js';
import { normName } from '../tables.js';

export interface NamedSubtotal {
  parent: Row;
  kids: Row[];
  /** The parent code the kids share (the 款 of 项 rows, the 类 of 款 rows). */
  code: string;
}

const coded = (r: Row) => !!(r.code && r.codeLevel);
const PLAIN_TOTAL = /^(?:合计|总计|小计)$/;

export function namedSubtotals(rows: Row[]): NamedSubtotal[] {
  const out: NamedSubtotal[] = [];
  let covered = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (coded(r) || r.isTotal || PLAIN_TOTAL.test(normName(r.name)) || !r.values.some((v) => v)) continue;
    const kids: Row[] = [];
    for (let j = i + 1; j < rows.length && coded(rows[j]); j++) kids.push(rows[j]);
    if (!kids.length) continue;
    const level = kids[0].codeLevel!;
    if (level === 1) return [];
    const code = kids[0].code!.slice(0, level === 3 ? 5 : 3);
    const sys = kids[0].codeSystem ?? 'function';
    if (kids.some((k) => k.codeLevel !== level || !k.code!.startsWith(code) || (k.codeSystem ?? 'function') !== sys)) return [];
    // a row introduced as part of something (其中：…) is not the subtotal of what follows
    if (/^其中/.test(r.name.replace(/\s+/g, ''))) return [];
    out.push({ parent: r, kids, code });
    covered += kids.length;
    i += kids.length;
  }
  if (!out.length || covered !== rows.filter(coded).length) return [];
  return out;
}
