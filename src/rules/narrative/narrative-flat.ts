/** “持平/一致”须两数相等。 */
import { ev, figU } from '../format.js';
import { sameAmount } from '../tolerance.js';
import type { FindingDraft, Rule } from '../types.js';
import { claimsOf } from './util.js';

export const rule: Rule = {
  meta: {
    id: 'narrative-flat',
    title: '称“持平”但两数不等',
    severity: 'error',
    category: 'narrative',
    appliesTo: {},
    basis: '“与上年持平/一致”须本年数等于所比较的数（按所印精度）',
    docs: '说明称某项与上年（或预算）持平、一致，且同时给出了两个数时，检查两数在所印精度内相等。“基本持平”不检查。',
  },
  check(model) {
    const out: FindingDraft[] = [];
    for (const c of claimsOf(model, 'flat')) {
      if (!c.current || !c.prior || sameAmount(c.current, c.prior)) continue;
      out.push({
        message: `称“持平”但两数不等：${figU(c.current)} ≠ ${figU(c.prior)}`,
        stated: '持平',
        expected: `${figU(c.current)} 与 ${figU(c.prior)} 不等，应写明增减`,
        evidence: [ev(c.source, c.text)],
      });
    }
    return out;
  },
};
