/** 说明中所述金额与报表数字一致。 */
import { normSubject } from '../../extract/claims/scan.js';
import { cellText, ev, figU, rowEv, tname } from '../format.js';
import { resolveMention, threePublicKey } from '../resolve.js';
import { amountI, sameAmount } from '../tolerance.js';
import { amountTruncates } from '../truncation.js';
import type { FindingDraft, Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'narrative-vs-table',
    title: '说明所述金额与报表不符',
    severity: 'error',
    category: 'narrative-vs-table',
    appliesTo: {},
    basis: '说明中的每个金额须与报表中同一科目、同一口径的数字一致',
    docs: '把说明中提到的每个“科目 + 金额”对应到报表：按功能分类科目（编码或类/款/项名称）对应到一般公共预算支出表、支出表、收入表的同一行，按名称对应到收支总表的收入总计、本年收入合计、基本支出、项目支出、人员经费、公用经费等。只比较同一口径（本年数与本年数、年初预算与预算数），不比较上年数。说明的金额与所有对应单元格都不相符（考虑所印精度）才报告错误。说明的金额有其口径（全部资金、财政拨款、一般公共预算、政府性基金……，取自金额本身的名称、所属列举的总述或所在标题），只与同口径的报表比较；报表单元格为空白时不作判断；说明金额系由报表数截尾而得的，由“数字截尾”规则提示。',
  },
  check(model) {
    const out: FindingDraft[] = [];
    for (const men of model.mentions) {
      if (threePublicKey(normSubject(men.subject))) continue; // reported by three-public-vs-table
      // a blank cell is no evidence: the table may have lost its figures (glued or shifted cells)
      const cells = resolveMention(model, men).filter((c) => c.amount);
      if (!cells.length) continue;
      if (cells.some((c) => sameAmount(men.amount, c.amount))) continue;
      // a narrative figure truncated from the table's is reported by truncated-figure (a warning)
      if (cells.some((c) => amountTruncates(men.amount, amountI(c.amount)))) continue;
      const c = cells[0];
      out.push({
        message: `说明中“${men.subject}”${figU(men.amount)} 与报表不符：${tname(c.table)}“${[c.row.code, c.row.name].filter(Boolean).join(' ')}”${c.colName ? `（${c.colName}）` : ''}为 ${cellText(c.amount, men.amount)}`,
        stated: `${men.amount.raw}${men.amount.unit}`,
        expected: c.amount ? figU(c.amount) : '0',
        evidence: [ev(men.source, men.text), rowEv(c.table, c.row)],
      });
    }
    return out;
  },
};
