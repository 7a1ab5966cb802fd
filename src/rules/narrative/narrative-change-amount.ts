/** 增减额与本年数、上年数相符：D = |本年数 − 上年数|。 */
import { toWan, toYuan } from '../../model/amount.js';
import { ev, fig, suggest } from '../format.js';
import { absI, amountI, intersects, subI } from '../tolerance.js';
import type { FindingDraft, Rule } from '../types.js';
import { claimsOf, dirWord, printedWord, sentenceAlternatives } from './util.js';

export const rule: Rule = {
  meta: {
    id: 'narrative-change-amount',
    title: '增减额与所引数字不符',
    severity: 'error',
    category: 'narrative',
    appliesTo: {},
    basis: '“本年 A，比上年 B 增加/减少 D”须满足 D = |A − B|（按所印精度）',
    docs: '说明同时给出本年数、上年数和增减额时，检查增减额等于两者之差。每个数字按其印出的小数位视为 ±0.5 个末位单位的区间，区间无交集才报告错误。',
  },
  check(model) {
    const out: FindingDraft[] = [];
    for (const c of claimsOf(model, 'change')) {
      if (!c.current || !c.prior || !c.delta) continue;
      const diff = absI(subI(amountI(c.current), amountI(c.prior)));
      if (intersects(diff, amountI(c.delta))) continue;
      // the difference may be about another figure of the sentence
      if (sentenceAlternatives(model, c).some((m) => intersects(absI(subI(amountI(m.amount), amountI(c.prior))), amountI(c.delta)))) continue;
      const inUnit = c.delta.unit === '万元' ? toWan : toYuan;
      const a = inUnit(c.current);
      const b = inUnit(c.prior);
      const point = a.sub(b).abs();
      const expected = point.round(c.delta.precision).toGrouped(c.delta.precision);
      const formula = a.gte(b) ? `${fig(c.current)} − ${fig(c.prior)}` : `${fig(c.prior)} − ${fig(c.current)}`;
      const word = printedWord(c.text, c.delta.raw) ?? dirWord(c.direction);
      const f: FindingDraft = {
        message: `${word} ${fig(c.delta)}${c.delta.unit} 与所引数字不符：${formula} = ${expected}`,
        stated: `${c.delta.raw}${c.delta.unit}`,
        expected: `${expected}${c.delta.unit}`,
        evidence: [ev(c.source, c.text)],
      };
      const s = suggest(c.text, c.delta.raw, expected);
      if (s) f.suggestion = s;
      out.push(f);
    }
    return out;
  },
};
