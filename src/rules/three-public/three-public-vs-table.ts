/** 说明中的“三公”经费数字与“三公”经费表一致。 */
import { normSubject } from '../../extract/claims/scan.js';
import { cellText, ev, figU, rowEv, tname } from '../format.js';
import { resolveMention, threePublicKey } from '../resolve.js';
import { sameAmount } from '../tolerance.js';
import type { FindingDraft, Rule } from '../types.js';
import { threePublicInconsistent } from './layout.js';

export const rule: Rule = {
  meta: {
    id: 'three-public-vs-table',
    title: '说明中的“三公”经费与“三公”经费表不符',
    severity: 'error',
    category: 'three-public',
    appliesTo: {},
    basis: '说明中的“三公”经费合计及各项（因公出国（境）费、公务用车购置及运行维护费、公务接待费）须与“三公”经费表一致',
    docs: '把说明中“三公”经费合计和各项金额对应到“三公”经费表（按行或按列排列均可），只比较同一口径（预算数或决算数）。',
  },
  check(model) {
    const out: FindingDraft[] = [];
    for (const men of model.mentions) {
      if (!threePublicKey(normSubject(men.subject))) continue;
      const cells = resolveMention(model, men);
      if (!cells.length || cells.some((c) => sameAmount(men.amount, c.amount))) continue;
      const c = cells[0];
      const doubtful = threePublicInconsistent(c.table);
      out.push({
        ...(doubtful ? { severity: 'warning' as const } : {}),
        message: `说明中“${men.subject}”${figU(men.amount)} 与${tname(c.table)}不符：表中${c.colName ? `“${c.colName}”` : ''}为 ${cellText(c.amount, men.amount)}${doubtful ? '（该表本身合计与分项不符，请先核对该表）' : ''}`,
        stated: `${men.amount.raw}${men.amount.unit}`,
        expected: c.amount ? figU(c.amount) : '0',
        evidence: [ev(men.source, men.text), rowEv(c.table, c.row)],
      });
    }
    return out;
  },
};
