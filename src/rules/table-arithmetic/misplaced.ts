/**
 * A failed relation that moving ONE printed figure of a row into a blank cell of the same row would
 * repair is more likely a figure read into the wrong column (or printed in the wrong column) than a
 * wrong figure: such failures are reported as warnings.
 */
import type { Amount, Row } from '../../model/types.js';

const blank = (v: Amount | null | undefined) => !v || v.value.isZero();

/**
 * Is there a row among `rows` and a move of one of its figures to an empty cell of the same row after
 * which `holds` is true? The figure must land in a cell the relation reads (`target`), so that a
 * figure is never simply set aside. `holds` receives the candidate values for every row.
 */
export function explainedByOneMove(
  rows: Row[],
  holds: (values: (Amount | null)[][]) => boolean,
  target: (row: number, col: number) => boolean = () => true,
  limit = 400,
): boolean {
  const base = rows.map((r) => r.values.slice());
  let tries = 0;
  for (let k = 0; k < rows.length; k++) {
    const vals = base[k];
    for (let i = 0; i < vals.length; i++) {
      if (blank(vals[i])) continue;
      for (let j = 0; j < vals.length; j++) {
        if (j === i || vals[j] || !target(k, j)) continue;
        if (++tries > limit) return false;
        const moved = vals.slice();
        moved[j] = vals[i];
        moved[i] = null;
        const cand = base.slice();
        cand[k] = moved;
        if (holds(cand)) return true;
      }
    }
  }
  return false;
}

export const MISPLACED_NOTE = '（移动一个数字到同行空栏即可相符，可能是数字错列或提取时列未对齐，请核对原表）';
