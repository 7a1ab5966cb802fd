/** 称“持平”，所述原因却是增加或减少。 */
import { ev } from '../format.js';
import type { FindingDraft, Rule } from '../types.js';
import { claimsOf } from '../narrative/util.js';
import { DIR_TEXT, reasonDirection } from './reason.js';

export const rule: Rule = {
  meta: {
    id: 'flat-vs-reason',
    title: '称“持平”但原因说明增减',
    severity: 'warning',
    category: 'statements',
    appliesTo: {},
    basis: '称与上年持平时，原因不应说明经费增加或减少',
    docs: '说明某项“持平”，紧随的“主要原因”却说经费、支出增加或减少（如“持平。主要原因：……减少支付”）时提示核对：持平的表述或其数字可能有误。',
  },
  check(model) {
    const out: FindingDraft[] = [];
    for (const c of claimsOf(model, 'flat')) {
      if (!c.reason) continue;
      const r = reasonDirection(c.reason, false);
      if (!r || /不变|持平|稳定/.test(c.reason)) continue;
      out.push({
        message: `${c.subject ? `“${c.subject}”` : ''}称持平，但所述原因为“${r.clause}”（${DIR_TEXT[r.dir]}）`,
        stated: '持平',
        expected: `核对是否${DIR_TEXT[r.dir]}`,
        evidence: [ev(c.source, `${c.text}${c.text.includes(c.reason) ? '' : ` 主要原因：${c.reason}`}`)],
      });
    }
    return out;
  },
};
