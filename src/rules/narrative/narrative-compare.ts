/** “决算数小于/大于/等于预算数”须与所引数字相符。 */
import { amountI, intersects } from '../tolerance.js';
import { ev, figU } from '../format.js';
import type { FindingDraft, Rule } from '../types.js';
import { claimsOf } from './util.js';

const REL = { lt: '小于', gt: '大于', eq: '等于' } as const;

export const rule: Rule = {
  meta: {
    id: 'narrative-compare',
    title: '“大于/小于/等于预算数”与所引数字不符',
    severity: 'error',
    category: 'narrative',
    appliesTo: {},
    basis: '“决算数小于预算数”等比较须与所引的决算数、预算数一致',
    docs: '说明写明决算数大于、小于或等于预算数，并在同一段给出两数时，检查比较关系成立（按所印精度：只有任何舍入都不能使关系成立时才报告）。',
  },
  check(model) {
    const out: FindingDraft[] = [];
    for (const c of claimsOf(model, 'compare')) {
      const l = amountI(c.left);
      const r = amountI(c.right);
      const holds = c.relation === 'eq' ? intersects(l, r) : c.relation === 'lt' ? l.lo.lt(r.hi) : l.hi.gt(r.lo);
      if (holds) continue;
      const actual = l.hi.lt(r.lo) ? '小于' : l.lo.gt(r.hi) ? '大于' : '等于';
      out.push({
        message: `称决算数${REL[c.relation]}预算数，但决算 ${figU(c.left)} ${actual}预算 ${figU(c.right)}`,
        stated: REL[c.relation],
        expected: actual,
        evidence: [ev(c.source, c.text)],
      });
    }
    return out;
  },
};
