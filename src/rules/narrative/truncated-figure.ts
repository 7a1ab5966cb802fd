/** 数字截尾而非四舍五入（提示，不作为错误）。 */
import { toWan } from '../../model/amount.js';
import { normSubject } from '../../extract/claims/scan.js';
import { cellText, ev, fig, figU, rowEv, tname } from '../format.js';
import { resolveMention, threePublicKey } from '../resolve.js';
import { amountI, intersects, pct, percentI, ratioPctI, sameAmount } from '../tolerance.js';
import { amountTruncates, percentTruncates } from '../truncation.js';
import type { FindingDraft, Rule } from '../types.js';
import { agrees, changePercentTruncated } from './narrative-change-percent.js';
import { sharesOfPartition } from './narrative-share.js';
import { changePercentRange, claimsOf, printedWord, dirWord, sameItemAlternatives, sentenceAlternatives } from './util.js';

export const rule: Rule = {
  meta: {
    id: 'truncated-figure',
    title: '数字截尾而非四舍五入',
    severity: 'warning',
    category: 'narrative',
    appliesTo: {},
    basis: '印出的数字应按四舍五入取到所印位数；截去尾数（10.158% 印作 10.15%）虽非计算错误，但与规范不符',
    docs: '说明中的增减百分比、占比、完成率，以及与报表对应的金额，若与重新计算（或报表）所得的精确值按四舍五入不符、但恰为其截去尾数所得（如 10.158% 印作 10.15%，575,900 元印作 57 万元），报告为提示（warning），不作为错误。',
  },
  check(model) {
    const out: FindingDraft[] = [];
    const warn = (what: string, stated: string, exactText: string, rounded: string, evidence: FindingDraft['evidence']) =>
      out.push({ message: `${what} ${stated} 系截尾所得：${exactText}，四舍五入应为 ${rounded}`, stated, expected: rounded, evidence });
    for (const c of claimsOf(model, 'change')) {
      if (!c.percent || agrees(c) !== false || !changePercentTruncated(c)) continue;
      const alts = [...sameItemAlternatives(model, c.current), ...sentenceAlternatives(model, c)];
      if (alts.some((m) => agrees({ ...c, current: m.amount }) === true)) continue;
      const r = changePercentRange(c)!;
      const p = c.percent;
      const word = printedWord(c.text, p.raw) ?? dirWord(c.percentDirection ?? c.direction, true);
      warn(word, `${p.value.abs().toFixed(p.precision)}%`, `${r.formula} = ${r.point.round(p.precision + 2).toFixed(p.precision + 2)}%`, `${r.point.round(p.precision).toFixed(p.precision)}%`, [ev(c.source, c.text)]);
    }
    for (const c of claimsOf(model, 'share')) {
      if (!c.whole) continue;
      const range = ratioPctI(amountI(c.part), amountI(c.whole));
      if (!range || intersects(percentI(c.percent), range) || sharesOfPartition(model, c) || !percentTruncates(c.percent, range)) continue;
      const point = pct(toWan(c.part), toWan(c.whole))!;
      const p = c.percent;
      warn('占比', `${p.value.toFixed(p.precision)}%`, `${fig(c.part)} ÷ ${fig(c.whole)} = ${point.round(p.precision + 2).toFixed(p.precision + 2)}%`, `${point.round(p.precision).toFixed(p.precision)}%`, [ev(c.source, c.text)]);
    }
    for (const c of claimsOf(model, 'completion')) {
      const range = ratioPctI(amountI(c.actual), amountI(c.budget));
      if (!range || intersects(percentI(c.percent), range) || !percentTruncates(c.percent, range)) continue;
      const point = pct(toWan(c.actual), toWan(c.budget))!;
      const p = c.percent;
      warn('完成率', `${p.value.toFixed(p.precision)}%`, `${fig(c.actual)} ÷ ${fig(c.budget)} = ${point.round(p.precision + 2).toFixed(p.precision + 2)}%`, `${point.round(p.precision).toFixed(p.precision)}%`, [ev(c.source, c.text)]);
    }
    for (const men of model.mentions) {
      if (threePublicKey(normSubject(men.subject))) continue;
      const cells = resolveMention(model, men).filter((c) => c.amount);
      if (!cells.length || cells.some((c) => sameAmount(men.amount, c.amount))) continue;
      const hit = cells.find((c) => amountTruncates(men.amount, amountI(c.amount)));
      if (!hit) continue;
      const a = men.amount;
      const exactWan = toWan(hit.amount!);
      const rounded = exactWan.shift(a.unit === '元' ? 4 : 0).round(a.precision).toGrouped(a.precision) + a.unit;
      out.push({
        message: `说明中“${men.subject}”${figU(a)} 系截尾所得：${tname(hit.table)}为 ${cellText(hit.amount, a)}，四舍五入应为 ${rounded}`,
        stated: `${a.raw}${a.unit}`,
        expected: rounded,
        evidence: [ev(men.source, men.text), rowEv(hit.table, hit.row)],
      });
    }
    return out;
  },
};
