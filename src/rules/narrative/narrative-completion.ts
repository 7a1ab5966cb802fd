/** 完成预算百分比与所引数字相符：R = 决算 ÷ 年初预算。 */
import { toWan } from '../../model/amount.js';
import { cellText, ev, fig, rowEv, suggest, tname } from '../format.js';
import { resolveMention } from '../resolve.js';
import { amountI, intersects, pct, percentI, ratioPctI, sameAmount } from '../tolerance.js';
import type { FindingDraft, Rule } from '../types.js';
import { percentTruncates } from '../truncation.js';
import { claimsOf } from './util.js';

export const rule: Rule = {
  meta: {
    id: 'narrative-completion',
    title: '预算完成率与所引数字不符',
    severity: 'error',
    category: 'narrative',
    appliesTo: {},
    basis: '“年初预算 B，决算 A，完成年初预算的 R%”须满足 R = A ÷ B（按所印精度）',
    docs: '对说明中每一处完成率（完成年初预算的 R%、预算完成率、执行率），用同一句中的预算数和决算数重新计算；句中只给出决算数时，用报表中同一项目的年初预算数（如“三公”经费表的预算数）计算。预算数为 0 时无法计算（见 zero-base）。',
  },
  check(model) {
    const out: FindingDraft[] = [];
    for (const c of claimsOf(model, 'completion')) {
      const range = ratioPctI(amountI(c.actual), amountI(c.budget));
      if (!range || intersects(percentI(c.percent), range)) continue;
      if (percentTruncates(c.percent, range)) continue; // a warning of truncated-figure
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
    // a final figure stated with its completion rate, the budget being the table's
    for (const men of model.mentions) {
      const p = men.completion;
      if (!p) continue;
      const cells = resolveMention(model, { ...men, role: 'budget' }).filter((c) => c.amount);
      const budgets = cells.filter((c, i) => cells.findIndex((d) => sameAmount(d.amount, c.amount)) === i);
      if (budgets.length !== 1) continue;
      const b = budgets[0];
      const range = ratioPctI(amountI(men.amount), amountI(b.amount));
      if (!range || intersects(percentI(p), range)) continue;
      const point = pct(toWan(men.amount), toWan(b.amount!))!;
      const expected = `${point.round(p.precision).toFixed(p.precision)}%`;
      out.push({
        message: `完成率 ${p.value.toFixed(p.precision)}% 与所引数字不符：${fig(men.amount)} ÷ ${cellText(b.amount, men.amount).replace(/（.*）$/, '')}（${tname(b.table)}${b.colName ? `“${b.colName}”` : ''}） = ${expected}`,
        stated: p.raw,
        expected,
        evidence: [ev(men.source, men.text), rowEv(b.table, b.row)],
        suggestion: suggest(men.text, p.raw, expected),
      });
    }
    return out;
  },
};
