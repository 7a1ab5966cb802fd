/** 无数据的报表未注明为空表。 */
import { ev, tname } from '../format.js';
import { nonZero } from '../tables.js';
import type { FindingDraft, Rule } from '../types.js';
import { declaredEmpty } from './declared-empty.js';

export const rule: Rule = {
  meta: {
    id: 'empty-table-undeclared',
    title: '空表未作说明',
    severity: 'info',
    category: 'completeness',
    appliesTo: {},
    basis: '没有数据的报表须公开空表并说明原因（如“本部门无政府性基金预算财政拨款收支，故本表为空表”）',
    docs: '报表中没有任何非零数字，而表注和说明中都没有“为空表/无数据”或“本部门无……”的声明时提示。',
  },
  check(model) {
    const out: FindingDraft[] = [];
    for (const t of model.tables) {
      if (t.emptyStatement || declaredEmpty(model, t.key)) continue;
      if (!['gov_fund', 'state_capital', 'three_public'].includes(t.key)) continue;
      if ([...t.rows, ...(t.rightRows ?? [])].some(nonZero)) continue;
      out.push({ message: `${tname(t)}没有数据，但未注明为空表`, stated: t.title, evidence: [ev(t.source, t.title)] });
    }
    return out;
  },
};
