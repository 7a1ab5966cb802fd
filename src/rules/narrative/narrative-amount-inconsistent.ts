/** 同一科目在同一段说明中前后金额不一致。 */
import { classificationPath } from '../../extract/claims/classes.js';
import { normSubject } from '../../extract/claims/scan.js';
import type { Mention } from '../../model/types.js';
import { ev, figU } from '../format.js';
import { sameAmount } from '../tolerance.js';
import type { FindingDraft, Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'narrative-amount-inconsistent',
    title: '同一科目前后所述金额不一致',
    severity: 'error',
    category: 'narrative',
    appliesTo: {},
    basis: '同一支出功能分类科目在同一条说明中只能有一个本年金额',
    docs: '逐项说明科目支出时（如“住房公积金（项）350.35 万元……2024年预算安排 352.67 万元”），同一科目、同一口径（本年数）在相邻几行内出现两个不同金额，其中必有一个错误；与报表核对可确定是哪一个（见 narrative-vs-table）。',
  },
  check(model) {
    const out: FindingDraft[] = [];
    const reported = new Set<Mention>();
    const ms = model.mentions.filter((m) => m.role === 'current' && classificationPath(m.subject));
    for (let i = 0; i < ms.length; i++) {
      const a = ms[i];
      if (reported.has(a)) continue;
      for (let j = i + 1; j < ms.length; j++) {
        const b = ms[j];
        if (b.source.line - a.source.line > 6 || b.source.file !== a.source.file) break;
        if (normSubject(a.subject) !== normSubject(b.subject)) continue;
        if (sameAmount(a.amount, b.amount)) continue;
        reported.add(b);
        out.push({
          message: `“${a.subject}”前后金额不一致：${figU(a.amount)} 与 ${figU(b.amount)}`,
          stated: `${b.amount.raw}`,
          expected: `${figU(a.amount)}（或核对报表）`,
          evidence: [ev(a.source, a.text), ev(b.source, b.text)],
        });
      }
    }
    return out;
  },
};
