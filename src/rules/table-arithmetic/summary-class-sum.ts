/** 收支总表支出方：各功能分类（类）之和 = 本年支出合计。 */
import { functionClassCode } from '../../extract/claims/classes.js';
import type { Row } from '../../model/types.js';
import { fig, rowEv, tname } from '../format.js';
import { cutShort, DOUBT_NOTE, normName } from '../tables.js';
import { sumAgrees } from '../tolerance.js';
import type { FindingDraft, Rule } from '../types.js';
import { sumText } from './sum-text.js';
import { numberingLevel, sides } from './summary-rows.js';

const HEAD = /^(?:本年支出合计|本年支出|一般公共预算(?:财政拨款)?(?:本年)?支出|一般公共预算支出)$/;

export const rule: Rule = {
  meta: {
    id: 'summary-class-sum',
    title: '总表中各类支出之和不等于本年支出',
    severity: 'error',
    category: 'table-arithmetic',
    appliesTo: {},
    basis: '收支总表、财政拨款收支总表的支出方：各功能分类（类级）支出之和 = 本年支出合计（或一般公共预算财政拨款本年支出）',
    docs: '总表支出方按类列示功能分类时，逐列核对各类之和等于其上的“本年支出”行（或本年支出合计）。同一层级中出现不能识别为类级科目的行时不核对，以免漏算。',
  },
  check(model) {
    const out: FindingDraft[] = [];
    for (const t of model.tables.filter((x) => x.key === 'summary' || x.key === 'fiscal_summary')) {
      for (const s of sides(t)) {
        const classRows = s.rows.filter((r) => functionClassCode(normName(r.name)));
        if (classRows.length < 1) continue;
        const level = numberingLevel(classRows[0].name);
        const first = s.rows.indexOf(classRows[0]);
        // the run of sibling rows the classes belong to
        let end = first;
        while (end + 1 < s.rows.length && numberingLevel(s.rows[end + 1].name) >= level && !HEAD.test(normName(s.rows[end + 1].name)) && !/合计|总计|结转|结余/.test(s.rows[end + 1].name)) end++;
        const run = s.rows.slice(first, end + 1).filter((r) => numberingLevel(r.name) === level);
        if (run.some((r) => !functionClassCode(normName(r.name)) && r.values.some((v) => v && !v.value.isZero()))) continue;
        const heads = s.rows.filter((r) => HEAD.test(normName(r.name)));
        const head: Row | undefined = heads.find((r) => s.rows.indexOf(r) < first && /一般公共预算/.test(r.name)) ?? heads.find((r) => /本年支出合计/.test(normName(r.name))) ?? heads[0];
        if (!head) continue;
        const bad: string[] = [];
        let stated = '';
        for (let i = 0; i < s.cols.length; i++) {
          const parts = run.map((r) => r.values[i] ?? null);
          const total = head.values[i] ?? null;
          if (!total) continue;
          if (sumAgrees(total, parts)) continue;
          const st = sumText(parts);
          bad.push(`${s.cols[i]?.name ? `“${s.cols[i].name}”列 ` : ''}${fig(total)} ≠ ${st.formula} = ${st.sum}`);
          stated ||= fig(total);
        }
        if (!bad.length) continue;
        const doubt = cutShort(t, [head, ...run]);
        out.push({
          ...(doubt ? { severity: 'warning' as const } : {}),
          message: `${tname(t)}“${head.name.replace(/\s+/g, '')}”不等于各类支出之和：${bad.join('；')}${doubt ? DOUBT_NOTE : ''}`,
          stated,
          evidence: [rowEv(t, head), ...run.slice(0, 6).map((r) => rowEv(t, r))],
        });
      }
    }
    return out;
  },
};
