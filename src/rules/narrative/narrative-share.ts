/** 占比与所引数字相符：S = 部分 ÷ 整体。 */
import { toWan } from '../../model/amount.js';
import { ev, fig, suggest } from '../format.js';
import { amountI, percentI, intersects, ratioPctI, pct } from '../tolerance.js';
import type { FindingDraft, Rule } from '../types.js';
import { claimsOf } from './util.js';

export const rule: Rule = {
  meta: {
    id: 'narrative-share',
    title: '占比与所引数字不符',
    severity: 'error',
    category: 'narrative',
    appliesTo: {},
    basis: '“X A 万元，占 W 的 S%”须满足 S = A ÷ W（按所印精度）',
    docs: '对说明中每一处“占……的 S%”，找到其整体数（同句给出的数、按名称回溯到的数，或列举开头的总数），重新计算占比。只有任何舍入组合都得不到所述占比时才报告错误。整体数无法确定时不检查。',
  },
  check(model) {
    const out: FindingDraft[] = [];
    for (const c of claimsOf(model, 'share')) {
      if (!c.whole) continue;
      const range = ratioPctI(amountI(c.part), amountI(c.whole));
      if (!range || intersects(percentI(c.percent), range)) continue;
      const p = c.percent;
      const point = pct(toWan(c.part), toWan(c.whole))!;
      const expected = `${point.round(p.precision).toFixed(p.precision)}%`;
      const f: FindingDraft = {
        message: `占比 ${p.value.toFixed(p.precision)}% 与所引数字不符：${fig(c.part)} ÷ ${fig(c.whole)} = ${expected}`,
        stated: p.raw,
        expected,
        evidence: [ev(c.source, c.text)],
      };
      if (c.whole.source.line !== c.source.line) f.evidence.push(ev(c.whole.source, `${c.wholeLabel ?? '整体'} ${fig(c.whole)}${c.whole.unit}`));
      const s = suggest(c.text, p.raw, expected);
      if (s) f.suggestion = s;
      out.push(f);
    }
    return out;
  },
};
