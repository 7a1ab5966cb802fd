/** 行内：合计 = 基本支出 + 项目支出（+ 上缴上级等）；基本支出 = 人员经费 + 公用经费；收入合计 = 各来源之和。 */
import { fig, rowEv, tname } from '../format.js';
import { allSides, ARITH_KEYS, DOUBT_NOTE, extractionDoubt } from '../tables.js';
import { checkRow, relations } from './relations.js';
import { explainedByOneMove, MISPLACED_NOTE } from './misplaced.js';
import type { FindingDraft, Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'row-total',
    title: '行内合计不等于各栏之和',
    severity: 'error',
    category: 'table-arithmetic',
    appliesTo: {},
    basis: '支出表：合计 = 基本支出 + 项目支出（+ 上缴上级支出、经营支出、对附属单位补助支出）；基本支出 = 人员经费 + 公用经费；收入表：合计 = 各项收入之和',
    docs: '逐行核对各栏关系（空白按 0 计，按所印精度考虑舍入；左右两栏分列的表各按本栏的列核对）。收入表中“财政拨款”与其下“一般公共预算、政府性基金”并列时，按两种口径之一相符即可。各组成栏全为空白的行不检查。',
  },
  check(model) {
    const out: FindingDraft[] = [];
    for (const t of model.tables.filter((x) => ARITH_KEYS.includes(x.key))) {
      for (const { rows, cols } of allSides(t)) {
        const rels = relations(t, cols);
        for (const r of rows) {
          for (const rel of rels) {
            const bad = checkRow(t, r, rel);
            if (!bad) continue;
            const used = new Set([rel.total, ...rel.parts.flat()]);
            const moved = explainedByOneMove([r], ([v]) => !checkRow(t, { ...r, values: v }, rel), (_k, j) => used.has(j));
            const doubt = extractionDoubt(t, [r], false) || moved;
            out.push({
              ...(doubt ? { severity: 'warning' as const } : {}),
              message: `${tname(t)}中 ${[r.code, r.name.replace(/\s+/g, '')].filter(Boolean).join(' ') || '合计'} 行内不符（${rel.what}）：${bad}${moved ? MISPLACED_NOTE : doubt ? DOUBT_NOTE : ''}`,
              stated: fig(r.values[rel.total] ?? null),
              evidence: [rowEv(t, r)],
            });
          }
        }
      }
    }
    return out;
  },
};
