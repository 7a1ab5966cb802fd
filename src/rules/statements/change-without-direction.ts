/** 增减表述缺少方向词（“比上年1.43万元”）。 */
import { ev, fig } from '../format.js';
import type { FindingDraft, Rule } from '../types.js';
import { claimsOf } from '../narrative/util.js';

export const rule: Rule = {
  meta: {
    id: 'change-without-direction',
    title: '增减表述缺少方向词',
    severity: 'error',
    category: 'statements',
    appliesTo: {},
    basis: '与上年（或某年）比较的增减额、增减率须写明方向（增加/减少、增长/下降），否则读者无法知道变动方向',
    docs: '说明中“比上年 D 万元”“较2025年 P%”之类表述，比较对象之后直接跟一个金额或百分比，前后都没有增加、减少、增长、下降、持平等方向词时报告。金额之后紧接方向词的（“比上年 654.39 万元减少 6.13 万元”）是上年数，不报告。',
  },
  check(model) {
    const out: FindingDraft[] = [];
    for (const c of claimsOf(model, 'undirected')) {
      const stated = c.amount ? `${fig(c.amount)}${c.amount.unit}` : `${c.percent!.value.toFixed(c.percent!.precision)}%`;
      out.push({
        message: `${c.subject ? `“${c.subject}”` : ''}与上年比较的变动 ${stated} 未写明增减方向（增加或减少）`,
        stated: c.amount ? c.amount.raw : c.percent!.raw,
        expected: '写明“增加”或“减少”',
        evidence: [ev(c.source, c.text)],
      });
    }
    return out;
  },
};
