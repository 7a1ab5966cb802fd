/** 类 = Σ款，款 = Σ项（每一列），功能分类与经济分类均适用。 */
import { fig, rowEv, tname } from '../format.js';
import { ARITH_KEYS, childrenOf, codeCounts, DOUBT_NOTE, extractionDoubt } from '../tables.js';
import { sumAgrees } from '../tolerance.js';
import type { FindingDraft, Rule } from '../types.js';
import { sumText } from './sum-text.js';
import { SUSPECT_NOTE, tableSuspect } from './suspect.js';
import { explainedByOneMove, MISPLACED_NOTE } from './misplaced.js';
import { hierarchyHolds } from './relations.js';

const LEVEL = ['', '类', '款', '项'];

export const rule: Rule = {
  meta: {
    id: 'hierarchy-sum',
    title: '上级科目不等于下级科目之和',
    severity: 'error',
    category: 'table-arithmetic',
    appliesTo: {},
    basis: '每个类级科目 = 其下各款之和，每个款级科目 = 其下各项之和，逐列成立（功能分类、经济分类）',
    docs: '在收入表、支出表、一般公共预算支出表、基本支出表、政府性基金表等分层列示科目的报表中，逐列核对上级科目金额等于其下级科目之和（空白按 0 计）。同一编码在表中出现多次（明细列表）时不作为上级核对。每个金额按所印精度视为区间，合计的舍入差不报告。',
  },
  check(model) {
    const out: FindingDraft[] = [];
    for (const t of model.tables.filter((x) => ARITH_KEYS.includes(x.key))) {
      for (const { rows, cols } of [{ rows: t.rows, cols: t.columns }, { rows: t.rightRows ?? [], cols: t.rightColumns ?? t.columns }]) {
        const coded = rows.filter((r) => r.code && r.codeLevel);
        const counts = codeCounts(coded);
        for (const parent of coded) {
          if (counts.get(parent.code!)! > 1) continue;
          const kids = childrenOf(parent, coded);
          if (!kids.length) continue;
          const bad: string[] = [];
          let stated = '';
          for (let i = 0; i < Math.max(parent.values.length, cols.length); i++) {
            const parts = kids.map((k) => k.values[i] ?? null);
            const total = parent.values[i] ?? null;
            if (!total && parts.every((p) => !p)) continue;
            if (sumAgrees(total, parts)) continue;
            const s = sumText(parts);
            bad.push(`${cols[i]?.name ? `“${cols[i].name}”列 ` : ''}${fig(total)} ≠ ${s.formula} = ${s.sum}`);
            stated ||= fig(total);
          }
          if (!bad.length) continue;
          const lvl = LEVEL[parent.codeLevel! + 1] ?? '下级';
          const n = Math.max(parent.values.length, cols.length);
          const moved = explainedByOneMove([parent, ...kids], ([pv, ...kv]) => hierarchyHolds({ ...parent, values: pv }, kids.map((k, i) => ({ ...k, values: kv[i] })), n), (_k, j) => j < n);
          const doubt = extractionDoubt(t, [parent, ...kids]) || moved;
          const suspect = tableSuspect(t);
          out.push({
            ...(doubt || suspect ? { severity: 'warning' as const } : {}),
            message: `${tname(t)}中 ${parent.code} ${parent.name.replace(/\s+/g, '')} 不等于其下各${lvl}之和：${bad.join('；')}${suspect ? SUSPECT_NOTE : moved ? MISPLACED_NOTE : doubt ? DOUBT_NOTE : ''}`,
            stated,
            evidence: [rowEv(t, parent), ...kids.slice(0, 6).map((k) => rowEv(t, k))],
          });
        }
      }
    }
    return out;
  },
};
