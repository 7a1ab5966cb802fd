/** 说明中的基本支出、人员经费、公用经费与基本支出表一致（同一口径）。 */
import { normSubject } from '../../extract/claims/scan.js';
import type { DisclosureModel, Mention } from '../../model/types.js';
import { cellText, ev, figU, rowEv, tname } from '../format.js';
import { basicScopesCoincide, basicTableCells, Period } from '../resolve.js';
import { amountI, sameAmount } from '../tolerance.js';
import { amountTruncates } from '../truncation.js';
import type { FindingDraft, Rule } from '../types.js';

/** Which 基本支出 item a narrative subject names. */
export function basicItem(subject: string): 'total' | 'personnel' | 'public' | undefined {
  const s = normSubject(subject).replace(/^\d{4}年度?/, '').replace(/^(?:本年度?|当年)/, '');
  if (/^(?:一般公共预算)?(?:财政拨款)?(?:基本支出)?(?:中的?)?人员经费(?:合计|支出)?$/.test(s)) return 'personnel';
  if (/^(?:一般公共预算)?(?:财政拨款)?(?:基本支出)?(?:中的?)?公用经费(?:合计|支出)?$/.test(s)) return 'public';
  if (/^(?:一般公共预算)?(?:财政拨款)?基本支出(?:预算|决算)?$/.test(s)) return 'total';
  return undefined;
}

/** True when the narrative figure is of the general budget's scope (the 基本支出 table's). */
export function ofBasicTableScope(m: DisclosureModel, men: Mention, period: Period): boolean {
  // a scope only inherited from a heading is no proof: treated as unstated
  const scope = men.scopeFromHeading ? undefined : men.scope;
  if (scope === 'general') return true;
  const otherFunds = m.tables.some((t) => (t.key === 'gov_fund' || t.key === 'state_capital') && t.rows.some((r) => r.code && r.values.some((v) => v && !v.value.isZero())));
  if (scope === 'fiscal') return !otherFunds;
  if (scope) return false;
  // no scope stated: only where the department's other funds do not change 基本支出
  return basicScopesCoincide(m, period);
}

export const rule: Rule = {
  meta: {
    id: 'narrative-basic-vs-table',
    title: '说明中的基本支出、人员经费、公用经费与基本支出表不符',
    severity: 'error',
    category: 'narrative-vs-table',
    appliesTo: {},
    basis: '说明中一般公共预算（财政拨款）基本支出及其人员经费、公用经费，须与一般公共预算基本支出表的合计、人员经费、公用经费一致',
    docs: '基本支出表只列一般公共预算财政拨款。说明中的基本支出、人员经费、公用经费，只有其口径为一般公共预算（由金额的名称、所属列举的总述或所在标题可知），或为财政拨款而部门没有政府性基金、国有资本经营预算拨款，或未写口径而部门全部资金的基本支出与一般公共预算基本支出相同时，才与该表比较；口径不同的（如全部资金的基本支出）不比较。与所有对应单元格都不符（按所印精度）才报告；空白单元格不作依据；截尾所得的由“数字截尾”规则提示。',
  },
  check(model) {
    const out: FindingDraft[] = [];
    const budgetDoc = model.identity.kind === 'budget';
    for (const men of model.mentions) {
      const item = basicItem(men.subject);
      if (!item) continue;
      if (men.role === 'prior' || men.role === 'delta' || (budgetDoc && men.role === 'final')) continue;
      const period: Period = men.role === 'budget' && !budgetDoc ? 'budget' : 'current';
      if (!ofBasicTableScope(model, men, period)) continue;
      const cells = basicTableCells(model, item, period).filter((c) => c.amount);
      if (!cells.length) continue;
      if (cells.some((c) => sameAmount(men.amount, c.amount))) continue;
      if (cells.some((c) => amountTruncates(men.amount, amountI(c.amount)))) continue; // truncated-figure
      const c = cells[0];
      out.push({
        message: `说明中“${men.subject}”${figU(men.amount)} 与基本支出表不符：${tname(c.table)}“${[c.row.code, c.row.name].filter(Boolean).join(' ')}”${c.colName ? `（${c.colName}）` : ''}为 ${cellText(c.amount, men.amount)}`,
        stated: `${men.amount.raw}${men.amount.unit}`,
        expected: figU(c.amount),
        evidence: [ev(men.source, men.text), rowEv(c.table, c.row)],
      });
    }
    return out;
  },
};
