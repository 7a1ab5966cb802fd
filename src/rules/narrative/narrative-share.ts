/** 占比与所引数字相符：S = 部分 ÷ 整体。 */
import { toWan } from '../../model/amount.js';
import { ev, fig, suggest } from '../format.js';
import { Decimal } from '../../model/decimal.js';
import type { Amount, DisclosureModel, ShareClaim } from '../../model/types.js';
import { amountI, exact, percentI, intersects, ratioPctI, pct, sumI } from '../tolerance.js';
import type { FindingDraft, Rule } from '../types.js';
import { percentTruncates } from '../truncation.js';
import { claimsOf } from './util.js';

export const rule: Rule = {
  meta: {
    id: 'narrative-share',
    title: '占比与所引数字不符',
    severity: 'error',
    category: 'narrative',
    appliesTo: {},
    basis: '“X A 万元，占 W 的 S%”须满足 S = A ÷ W（按所印精度）',
    docs: '对说明中每一处“占……的 S%”，找到其整体数（同句给出的数、按名称回溯到的数，或列举开头的总数），重新计算占比。只有任何舍入组合都得不到所述占比时才报告错误。各项占比之和为 100% 而各项金额之和不等于所引整体时（整体另含结转结余等），以各项金额之和为整体。占比系截尾而得的，由“数字截尾”规则提示。整体数无法确定时不检查。',
  },
  check(model) {
    const out: FindingDraft[] = [];
    for (const c of claimsOf(model, 'share')) {
      if (!c.whole) continue;
      const range = ratioPctI(amountI(c.part), amountI(c.whole));
      if (!range || intersects(percentI(c.percent), range)) continue;
      if (sharesOfPartition(model, c)) continue;
      if (percentTruncates(c.percent, range)) continue; // a warning of truncated-figure
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

const sameFigure = (a: Amount, b: Amount) => a.source.file === b.source.file && a.source.line === b.source.line && a.source.col === b.source.col && a.value.eq(b.value);

/**
 * Shares that partition their parts: when the shares stated against one whole add to 100% but the
 * parts do not add to the quoted whole (a total that also holds carry-overs …), the writer divided by
 * the sum of the parts. A share that agrees with part ÷ Σ parts is then right.
 */
export function sharesOfPartition(model: DisclosureModel, c: ShareClaim): boolean {
  const members = claimsOf(model, 'share').filter((x) => x.whole && sameFigure(x.whole, c.whole!) && (x.wholeLabel ?? '') === (c.wholeLabel ?? ''));
  if (members.length < 2) return false;
  if (!intersects(sumI(members.map((x) => percentI(x.percent))), exact(Decimal.of(100)))) return false;
  const parts = sumI(members.map((x) => amountI(x.part)));
  const range = ratioPctI(amountI(c.part), parts);
  return !!range && intersects(percentI(c.percent), range);
}
