/** 基数为 0 时的百分比、完成率无从计算。 */
import { ev, figU } from '../format.js';
import { amountI } from '../tolerance.js';
import type { FindingDraft, Rule } from '../types.js';
import { baseOf, claimsOf, isZeroI } from '../narrative/util.js';

export const rule: Rule = {
  meta: {
    id: 'zero-base',
    title: '以 0 为基数的百分比',
    severity: 'info',
    category: 'statements',
    appliesTo: {},
    basis: '上年数或预算数为 0 时，增长率、完成率无从计算（除以 0）',
    docs: '上年数（或由本年数与增减额推得的上年数）为 0 而说明仍给出增减百分比，或预算数为 0 而给出完成率时提示：该百分比不是计算结果（常见写法为 100%），应改为文字说明。增减百分比以 0 为基数的为提示（info）；“完成年初预算的 R%”而年初预算为 0 的，报告为错误。',
  },
  check(model) {
    const out: FindingDraft[] = [];
    for (const c of claimsOf(model, 'change')) {
      if (!c.percent) continue;
      const b = baseOf(c);
      if (!b || !isZeroI(b.base)) continue;
      if (c.current && c.current.value.isZero() && b.value.isZero()) continue; // 0 → 0, nothing said
      out.push({
        message: `比较基数为 0（${b.text.replace(/[()]/g, '')} = 0），增减百分比 ${c.percent.raw} 无从计算`,
        stated: c.percent.raw,
        expected: '基数为 0，不宜给出百分比',
        evidence: [ev(c.source, c.text)],
      });
    }
    for (const c of claimsOf(model, 'completion')) {
      if (!isZeroI(amountI(c.budget))) continue;
      if (c.actual.value.isZero() && c.percent.value.isZero()) continue; // nothing budgeted, nothing spent
      out.push({
        // a completion of a budget of 0 cannot be stated at all: an error, unlike a growth rate from 0
        severity: 'error',
        message: `预算数为 ${figU(c.budget)}，完成率 ${c.percent.raw} 无从计算`,
        stated: c.percent.raw,
        expected: '预算数为 0，不宜给出完成率',
        evidence: [ev(c.source, c.text)],
      });
    }
    return out;
  },
};
