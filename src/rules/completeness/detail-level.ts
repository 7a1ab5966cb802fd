/** 功能分类细化到项，基本支出经济分类细化到款。 */
import { rowEv, tname } from '../format.js';
import type { FindingDraft, Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'detail-level',
    title: '科目未细化到规定级次',
    severity: 'warning',
    category: 'completeness',
    appliesTo: {},
    basis: '支出功能分类须细化到项级科目，基本支出经济分类须细化到款级科目',
    docs: '一般公共预算支出表（及支出表）的功能分类科目只列到类或款、基本支出表的经济分类只列到类时提示。',
  },
  check(model) {
    const out: FindingDraft[] = [];
    for (const t of model.tables) {
      if (t.key === 'general_budget' || t.key === 'expenditure') {
        const rows = t.rows.filter((r) => r.code && (r.codeSystem ?? 'function') === 'function');
        if (rows.length && !rows.some((r) => r.codeLevel === 3)) out.push({ message: `${tname(t)}的功能分类科目未细化到项级`, stated: `最细为${rows.some((r) => r.codeLevel === 2) ? '款' : '类'}级`, expected: '项级', evidence: [rowEv(t, rows[rows.length - 1])] });
      }
      if (t.key === 'basic') {
        const rows = [...t.rows, ...(t.rightRows ?? [])].filter((r) => r.code && r.codeSystem !== 'function');
        if (rows.length && !rows.some((r) => (r.codeLevel ?? 1) >= 2)) out.push({ message: `${tname(t)}的经济分类科目未细化到款级`, stated: '最细为类级', expected: '款级', evidence: [rowEv(t, rows[rows.length - 1])] });
      }
    }
    return out;
  },
};
