/** 增减百分比与所引数字相符：P = D ÷ B（B 为上年数，或由本年数与增减额推得）。 */
import type { ChangeClaim } from '../../model/types.js';
import { ev, suggest } from '../format.js';
import { percentI, intersects } from '../tolerance.js';
import type { FindingDraft, Rule } from '../types.js';
import { percentTruncates } from '../truncation.js';
import { changePercentRange, claimsOf, dirWord, printedWord, sameItemAlternatives, sentenceAlternatives } from './util.js';

/** True when the stated percentage is the computed one truncated instead of rounded (see truncated-figure). */
export function changePercentTruncated(c: ChangeClaim): boolean {
  const r = changePercentRange(c);
  return !!r && !!c.percent && percentTruncates({ value: c.percent.value.abs(), precision: c.percent.precision }, r.range);
}

export function agrees(c: ChangeClaim): boolean | null {
  const r = changePercentRange(c);
  if (!r) return null;
  const stated = percentI({ ...c.percent!, value: c.percent!.value.abs() });
  if (intersects(stated, r.range)) return true;
  // with an explicit prior and difference, either reading may be the intended one
  if (c.delta && c.current && c.prior) {
    const alt = changePercentRange({ ...c, delta: undefined });
    if (alt && intersects(stated, alt.range)) return true;
  }
  return false;
}

export const rule: Rule = {
  meta: {
    id: 'narrative-change-percent',
    title: '增减百分比与所引数字不符',
    severity: 'error',
    category: 'narrative',
    appliesTo: {},
    basis: '说明中“比上年增加/减少 D，增长/下降 P%”须满足 P = D ÷ 上年数（上年数 = 本年数 ∓ D），按所印精度四舍五入后相符',
    docs: '对说明中每一处增减变动表述，用其所引的本年数、上年数和增减额重新计算增减百分比。上年数未直接给出时，由本年数与增减额推得（减少时为本年数 + 增减额）。每个印出的数字视为其末位 ±0.5 的区间，只有在任何舍入组合都得不到所述百分比时才报告错误；所述百分比系截尾而得的（如 15.57% 印作 15.5%），由“数字截尾”规则提示。上年数为 0 时不计算（见 zero-base）。',
  },
  check(model) {
    const out: FindingDraft[] = [];
    for (const c of claimsOf(model, 'change')) {
      if (!c.percent) continue;
      const ok = agrees(c);
      if (ok !== false) continue;
      if (changePercentTruncated(c)) continue; // a warning of truncated-figure
      // the percentage may fit another figure stated for the same item (then that figure is the error)
      const alts = [...sameItemAlternatives(model, c.current), ...sentenceAlternatives(model, c)];
      if (alts.some((m) => agrees({ ...c, current: m.amount }) === true)) continue;
      const r = changePercentRange(c)!;
      const p = c.percent;
      const expected = `${r.point.round(p.precision).toFixed(p.precision)}%`;
      const word = printedWord(c.text, p.raw) ?? dirWord(c.percentDirection ?? c.direction, true);
      const stated = `${p.value.abs().toFixed(p.precision)}%`;
      const f: FindingDraft = {
        message: `${word} ${stated} 与所引数字不符：${r.formula} = ${expected}`,
        stated: p.raw,
        expected: `${word}${expected}`,
        evidence: [ev(c.source, c.text)],
      };
      const s = suggest(c.text, p.raw, expected.replace(/^-/, ''));
      if (s) f.suggestion = s;
      out.push(f);
    }
    return out;
  },
};
