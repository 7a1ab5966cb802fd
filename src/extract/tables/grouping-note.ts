/**
 * A reading note for table figures printed with misplaced thousands separators (`128138,600` for
 * 128,138,600). The figure is unambiguous and read as one number (model/amount.ts MISGROUPED_RE), so
 * this is not a finding of the checker: the disclosure is consistent, only its print is irregular.
 * The note tells the reader how such figures were read, once per document, so a user who compares
 * with the original knows the commas were dropped rather than obeyed.
 */
import { isMisgrouped } from '../../model/amount.js';
import type { Amount, Table } from '../../model/types.js';
import type { ReaderWarning } from '../../readers/types.js';

export const MISGROUPED_WARNING = 'misgrouped-figures';

/** The note for the tables' misgrouped figures, or null when every figure is grouped regularly. */
export function misgroupedNote(tables: Table[]): ReaderWarning | null {
  let count = 0;
  let first: Amount | null = null;
  for (const t of tables) {
    for (const row of [...t.rows, ...(t.rightRows ?? [])]) {
      for (const a of row.values) {
        if (!a || !isMisgrouped(a.raw)) continue;
        count++;
        if (!first) first = a;
      }
    }
  }
  if (!first) return null;
  const page = first.source.page;
  const where = page !== undefined ? `第${page}页起的报表` : '报表';
  const regular = first.value.toGrouped(first.precision);
  return {
    code: MISGROUPED_WARNING,
    message: `${where}中有 ${count} 个数字的千分位分隔符位置不规范（如“${first.raw}”），已去掉逗号读作一个数（${regular}），请核对原表`,
    ...(page !== undefined ? { page } : {}),
  };
}
