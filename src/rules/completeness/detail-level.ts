/** 功能分类细化到项，基本支出经济分类细化到款。 */
import { z } from 'zod';
import { rowEv, tname } from '../format.js';
import type { FindingDraft, Rule } from '../types.js';

const LEVEL_NAME = ['', '类', '款', '项'] as const;

const OPTIONS = z
  .object({
    functionLevel: z.number().int().min(1).max(3).describe('功能分类科目须细化到的级次：1 类、2 款、3 项'),
    economicLevel: z.number().int().min(1).max(3).describe('基本支出经济分类科目须细化到的级次：1 类、2 款'),
  })
  .strict();
export type DetailLevelOptions = z.infer<typeof OPTIONS>;

export const rule: Rule<DetailLevelOptions> = {
  meta: {
    id: 'detail-level',
    title: '科目未细化到规定级次',
    severity: 'warning',
    category: 'completeness',
    appliesTo: {},
    basis: '支出功能分类须细化到项级科目，基本支出经济分类须细化到款级科目',
    docs: '一般公共预算支出表（及支出表）的功能分类科目只列到类或款、基本支出表的经济分类只列到类时提示。只检查标题写明“基本支出”的经济分类表（按经济分类列示全部支出的表可以只列到类）。',
    options: { schema: OPTIONS, defaults: { functionLevel: 3, economicLevel: 2 } },
  },
  check(model, { options }) {
    const out: FindingDraft[] = [];
    const fl = options.functionLevel;
    const el = options.economicLevel;
    for (const t of model.tables) {
      if (t.key === 'general_budget' || t.key === 'expenditure') {
        const rows = t.rows.filter((r) => r.code && (r.codeSystem ?? 'function') === 'function');
        const finest = Math.max(0, ...rows.map((r) => r.codeLevel ?? 0));
        if (rows.length && finest < fl) out.push({ message: `${tname(t)}的功能分类科目未细化到${LEVEL_NAME[fl]}级`, stated: `最细为${LEVEL_NAME[finest] || '类'}级`, expected: `${LEVEL_NAME[fl]}级`, evidence: [rowEv(t, rows[rows.length - 1])] });
      }
      if (t.key === 'basic' && /基本支出/.test(t.title)) {
        const rows = [...t.rows, ...(t.rightRows ?? [])].filter((r) => r.code && r.codeSystem !== 'function');
        const finest = Math.max(0, ...rows.map((r) => r.codeLevel ?? 1));
        if (rows.length && finest < el) out.push({ message: `${tname(t)}的经济分类科目未细化到${LEVEL_NAME[el]}级`, stated: `最细为${LEVEL_NAME[finest] || '类'}级`, expected: `${LEVEL_NAME[el]}级`, evidence: [rowEv(t, rows[rows.length - 1])] });
      }
    }
    return out;
  },
};
