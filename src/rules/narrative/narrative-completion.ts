/** 完成预算百分比与所引数字相符：R = 决算 ÷ 年初预算。 */
import { toWan } from '../../model/amount.js';
import { ev, fig, suggest } from '../format.js';
import { amountI, intersects, pct, percentI, ratioPctI } from '../tolerance.js';
import type { FindingDraft, Rule } from '../types.js';
import { claimsOf } from './util.js';

export const rule: Rule = {
  meta: {
    id: 'narrative-completion',
    title: '预算完成率与所引数字不符',
    severity: 'error',
    category: 'narrative',
    appliesTo: {},
    basis: '“年初预算 B，决算 A，完成年初预算的 R%”须满足 R = A ÷ B（按所印精度）',
    docs: '对说明中每一处完成率（完成年初预算的 R%、预算完成率、执行率），用同一句中的预算数和决算数重新计算。预算数为 0 时无法计算（见 zero-base）。',
  },
  check(model) {
    const out: FindingDraft[] = [];
    for (const c of claimsOf(model, 'completion')) {
      const range = ratioPctI(amountI(c.actual), amountI(c.budget));
      if (!range || intersects(percentI(c.percent), range)) continue;
      const p = c.percent;
      const point = pct(toWan(c.actual), toWan(c.budget))!;
      const expected = `${point.round(p.precision).toFixed(p.precision)}%`;
      const f: FindingDraft = {
        message: `完成率 ${p.value.toFixed(p.precision)}% 与所引数字不符：${fig(c.actual)} ÷ ${fig(c.budget)} = ${expected}`,
        stated: p.raw,
        expected,
        evidence: [ev(c.source, c.text)],
      };
      const s = suggest(c.text, p.raw, expected);
      if (s) f.suggestion = s;
      out.push(f);
    }
    return out;
  },
};
