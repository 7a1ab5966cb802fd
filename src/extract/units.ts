/** Amount units: `单位：元`, `金额单位：万元`, `单位:万元`, `（万元）`. */
import type { AmountUnit } from '../model/types.js';

const UNIT_LINE = /(?:金额|计量)?单位\s*[:：]?\s*(万元|元)/;
const UNIT_PAREN = /[（(]\s*(万元|元)\s*[)）]/;

/** The unit a table states on a line (`单位：元`), or null. */
export function unitOfLine(text: string): AmountUnit | null {
  const m = UNIT_LINE.exec(text.replace(/\s+/g, ''));
  return m ? (m[1] as AmountUnit) : null;
}

/** A unit stated in parentheses in a title or header (`资金情况（万元）`). */
export function unitInParens(text: string): AmountUnit | null {
  const m = UNIT_PAREN.exec(text);
  return m ? (m[1] as AmountUnit) : null;
}

/** Normalises a printed unit word: `万` (as in `648.26 万`) counts as 万元. */
export function unitWord(w: string): AmountUnit | null {
  if (w === '万元' || w === '万') return '万元';
  if (w === '元') return '元';
  return null;
}
