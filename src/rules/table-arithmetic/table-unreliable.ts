/** 提取不可靠的表：一条说明，代替该表上许多可能不实的勾稽问题。 */
import { tname } from '../format.js';
import type { FindingDraft, Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'table-unreliable',
    title: '报表未能可靠提取，未核对其勾稽关系',
    severity: 'warning',
    category: 'table-arithmetic',
    appliesTo: {},
    allTables: true,
    basis: '只对能可靠读出各栏的报表核对勾稽关系',
    docs:
      '提取时发现某张表不能可靠读出（例如表头文字被读成了数据行——跨页拆开的宽表；或多行数字印在项目名称的单元格里、无法分栏），则不对该表做表内、表间和说明与报表的核对，只报告这一条，请人工核对原表。判断只依据提取本身的迹象，从不依据该表的数字是否平衡：一张确实有很多错误的表照样逐条报告为错误。',
  },
  check(model) {
    const out: FindingDraft[] = [];
    for (const t of model.tables) {
      if (!t.unreliable) continue;
      out.push({
        message: `${tname(t)}未能可靠提取（${t.unreliable}），未核对该表的勾稽关系，请核对原表`,
        evidence: [{ page: t.source.page, line: t.source.line, box: t.source.box, text: t.title }],
      });
    }
    return out;
  },
};
