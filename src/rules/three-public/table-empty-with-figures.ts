/** 表注称“本表为空表/无数据”，表中却列有非零数字。 */
import { ev, fig, tname } from '../format.js';
import { nonZero } from '../tables.js';
import type { FindingDraft, Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'table-empty-with-figures',
    title: '注明空表的报表列有数字',
    severity: 'error',
    category: 'three-public',
    appliesTo: {},
    basis: '注明“本表为空表”“故本表无数据”的报表不得列有非零数字（常见于“三公”经费表、政府性基金表）',
    docs: '报表附注声明该表为空表（本部门无……，故本表为空表/无数据），而表中同时印有非零数字时，声明与数字必有一个错误。',
  },
  check(model) {
    const out: FindingDraft[] = [];
    for (const t of model.tables) {
      if (!t.emptyStatement) continue;
      const rows = [...t.rows, ...(t.rightRows ?? [])].filter(nonZero);
      if (!rows.length) continue;
      const figs = rows.flatMap((r) => r.values.filter((v) => v && !v.value.isZero()).map((v) => fig(v)));
      out.push({
        message: `${tname(t)}注明“${t.emptyStatement.text}”，但表中列有数字：${figs.slice(0, 8).join('、')}${figs.length > 8 ? ' 等' : ''}`,
        stated: t.emptyStatement.text,
        expected: '删除空表声明，或核对表中数字',
        evidence: [ev(t.emptyStatement.source, t.emptyStatement.text), ...rows.slice(0, 3).map((r) => ev(r.source, `${r.name} ${r.values.map((v) => (v ? fig(v) : '')).join(' ')}`))],
      });
    }
    return out;
  },
};
