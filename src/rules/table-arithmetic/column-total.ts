/** 合计行 = 各类（最上级科目）之和，逐列成立。 */
import type { Amount } from '../../model/types.js';
import { fig, rowEv, tname } from '../format.js';
import { allSides, arithmeticTables, DOUBT_NOTE, extractionDoubt, summableColumn } from '../tables.js';
import { sumAgrees } from '../tolerance.js';
import type { FindingDraft, Rule } from '../types.js';
import { sumText } from './sum-text.js';
import { explainedByOneMove, MISPLACED_NOTE } from './misplaced.js';
import { detailTotalsReadable, totalSpans } from './total-spans.js';

export { topRows } from './total-spans.js';

export const rule: Rule = {
  meta: {
    id: 'column-total',
    title: '合计行不等于各科目之和',
    severity: 'error',
    category: 'table-arithmetic',
    appliesTo: {},
    basis: '报表合计（总计）行 = 各类级科目之和（明细列表时为各行之和）；分段合计（人员经费合计 = 301 + 303，公用经费合计 = 302 + 310）= 本段各类之和；逐列成立',
    docs: '在分科目列示的报表（含左右两栏的基本支出表、列有功能分类编码和合计行的明细表）中，逐列核对合计（总计）行等于最上级科目各行之和（空白按 0 计；每个所印数字按其精度视为区间，n 个加数的舍入差不报告）。左右两栏各自核对。“人员经费合计”“公用经费合计”只与本段的类级科目比较，且本段须全为该部分的经济分类类级科目（人员经费 301、303，公用经费 302、310）；“本年支出合计”等其他带名称的合计行，只在它是该栏唯一的合计行、列在全部科目之前或之后时核对。段落结构不清（段内有带数字的无编码行、下级科目不属于段内的类）时不核对，以免误报。',
  },
  check(model) {
    const out: FindingDraft[] = [];
    for (const t of arithmeticTables(model)) {
      for (const { rows, cols } of allSides(t)) {
        if (t.key === 'other' && !detailTotalsReadable(t, rows, cols)) continue;
        for (const { total: tot, parts: tops } of totalSpans(t, rows)) {
          const bad: string[] = [];
          let stated = '';
          for (let i = 0; i < Math.max(tot.values.length, cols.length); i++) {
            if (!summableColumn(t, cols, i)) continue;
            const parts = tops.map((r) => r.values[i] ?? null);
            const total = tot.values[i] ?? null;
            if (!total && parts.every((p) => !p)) continue;
            if (!total) continue; // a blank total cell: nothing stated
            if (sumAgrees(total, parts)) continue;
            const s = sumText(parts);
            bad.push(`${cols[i]?.name ? `“${cols[i].name}”列 ` : ''}${fig(total)} ≠ ${s.formula} = ${s.sum}`);
            stated ||= fig(total);
          }
          if (!bad.length) continue;
          const n = Math.max(tot.values.length, cols.length);
          const holds = (vals: (Amount | null)[][]) => {
            for (let i = 0; i < n; i++) {
              if (!summableColumn(t, cols, i)) continue;
              const total = vals[0][i] ?? null;
              if (total && !sumAgrees(total, vals.slice(1).map((v) => v[i] ?? null))) return false;
            }
            return true;
          };
          const moved = explainedByOneMove([tot, ...tops], holds, (_k, j) => j < n);
          const doubt = extractionDoubt(t, [tot, ...tops]) || moved;
          out.push({
            ...(doubt ? { severity: 'warning' as const } : {}),
            message: `${tname(t)}“${tot.name.replace(/\s+/g, '') || '合计'}”行不等于各科目之和：${bad.join('；')}${moved ? MISPLACED_NOTE : doubt ? DOUBT_NOTE : ''}`,
            stated,
            evidence: [rowEv(t, tot), ...tops.slice(0, 6).map((r) => rowEv(t, r))],
          });
        }
      }
    }
    return out;
  },
};
