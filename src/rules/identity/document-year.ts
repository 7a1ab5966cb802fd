/**
 * Is the document year unambiguous? The identity's year must be printed in at least two titles or
 * headings and outnumber the other years printed there at least two to one. Only then can a year
 * that differs be called wrong (year-consistency); otherwise year-mismatch only warns.
 */
import type { DisclosureModel, YearMention } from '../../model/types.js';

/** Titles and headings that legitimately name another year (a comparison, last year's execution). */
export const OTHER_YEAR_CONTEXT = /上年|上一年|以前年度|比较|对比|执行|同期|历年|往年/;

const titled = (y: YearMention) => y.kind === 'table-title' || y.kind === 'heading';

export function establishedYear(model: DisclosureModel): number | undefined {
  const y = model.identity.year;
  if (!y || model.identity.isTemplate) return undefined;
  const ys = (model.yearMentions ?? []).filter((m) => titled(m) && !OTHER_YEAR_CONTEXT.test(m.text));
  const same = ys.filter((m) => m.year === y).length;
  const other = ys.length - same;
  return same >= 2 && same >= 2 * other ? y : undefined;
}
