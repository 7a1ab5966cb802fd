/** 类 = Σ款，款 = Σ项（每一列），功能分类与经济分类均适用；明细表中无编码的款级小计 = 其下各项之和。 */
import type { Column, Row, Table } from '../../model/types.js';
import { fig, rowEv, tname } from '../format.js';
import { allSides, arithmeticTables, DOUBT_NOTE, extractionDoubt, summableColumn } from '../tables.js';
import { sumAgrees } from '../tolerance.js';
import type { FindingDraft, Rule } from '../types.js';
import { sumText } from './sum-text.js';
import { explainedByOneMove, MISPLACED_NOTE } from './misplaced.js';
import { hierarchyGroups } from './relations.js';
import { namedSubtotals } from './named-subtotals.js';
import { detailTotalsReadable } from './total-spans.js';

const LEVEL = ['', '类', '款', '项'];

/** The finding for a parent row that is not the sum of its children, if it is not. */
function checkGroup(t: Table, cols: Column[], parent: Row, kids: Row[], label: string): FindingDraft | undefined {
  const n = Math.max(parent.values.length, cols.length);
  const bad: string[] = [];
  let stated = '';
  for (let i = 0; i < n; i++) {
    if (!summableColumn(t, cols, i)) continue;
    const parts = kids.map((k) => k.values[i] ?? null);
    const total = parent.values[i] ?? null;
    if (!total && parts.every((p) => !p)) continue;
    if (sumAgrees(total, parts)) continue;
    const s = sumText(parts);
    bad.push(`${cols[i]?.name ? `“${cols[i].name}”列 ` : ''}${fig(total)} ≠ ${s.formula} = ${s.sum}`);
    stated ||= fig(total);
  }
  if (!bad.length) return undefined;
  const holds = ([pv, ...kv]: (Row['values'][number])[][]) => {
    for (let i = 0; i < n; i++) {
      if (!summableColumn(t, cols, i)) continue;
      const parts = kv.map((v) => v[i] ?? null);
      const total = pv[i] ?? null;
      if (!total && parts.every((p) => !p)) continue;
      if (!sumAgrees(total, parts)) return false;
    }
    return true;
  };
  const moved = explainedByOneMove([parent, ...kids], holds, (_k, j) => j < n);
  const doubt = extractionDoubt(t, [parent, ...kids]) || moved;
  return {
    ...(doubt ? { severity: 'warning' as const } : {}),
    message: `${tname(t)}中 ${label}：${bad.join('；')}${moved ? MISPLACED_NOTE : doubt ? DOUBT_NOTE : ''}`,
    stated,
    evidence: [rowEv(t, parent), ...kids.slice(0, 6).map((k) => rowEv(t, k))],
  };
}

export const rule: Rule = {
  meta: {
    id: 'hierarchy-sum',
    title: '上级科目不等于下级科目之和',
    severity: 'error',
    category: 'table-arithmetic',
    appliesTo: {},
    basis: '每个类级科目 = 其下各款之和，每个款级科目 = 其下各项之和，逐列成立（功能分类、经济分类）',
    docs: '在收入表、支出表、一般公共预算支出表、基本支出表（左右两栏各自核对）、政府性基金表以及列有功能分类编码和合计行的明细表等分层列示科目的报表中，逐列核对上级科目金额等于其下级科目之和（空白按 0 计）。同一编码在表中出现多次（明细列表）时不作为上级核对；明细表中不列编码的款级小计行（其后紧接同一款的各项，且全表均按此排列）核对其等于其后各项之和。每个金额按所印精度视为区间，n 个加数的舍入差不报告。',
  },
  check(model) {
    const out: FindingDraft[] = [];
    for (const t of arithmeticTables(model)) {
      for (const { rows, cols } of allSides(t)) {
        // a detail table of another key: only where no uncoded row with figures could be a missing child
        if (t.key === 'other' && !detailTotalsReadable(t, rows, cols)) continue;
        for (const { parent, kids } of hierarchyGroups(rows)) {
          const f = checkGroup(t, cols, parent, kids, `${parent.code} ${parent.name.replace(/\s+/g, '')} 不等于其下各${LEVEL[parent.codeLevel! + 1] ?? '下级'}之和`);
          if (f) out.push(f);
        }
        for (const { parent, kids, code } of namedSubtotals(rows)) {
          const f = checkGroup(t, cols, parent, kids, `“${parent.name.replace(/\s+/g, '')}”（${code} 小计）不等于其后各${LEVEL[kids[0].codeLevel!] ?? '下级'}之和`);
          if (f) out.push(f);
        }
      }
    }
    return out;
  },
};
