/** “增加/减少”与所引数字的实际方向相符，金额与百分比的方向一致。 */
import { ev, figU } from '../format.js';
import type { FindingDraft, Rule } from '../types.js';
import { claimsOf } from '../narrative/util.js';
import { provenDirection } from './reason-contradicts-direction.js';
import { DIR_TEXT } from './reason.js';

export const rule: Rule = {
  meta: {
    id: 'direction-vs-figures',
    title: '增减方向与数字不符',
    severity: 'error',
    category: 'statements',
    appliesTo: {},
    basis: '称“增加/增长”须本年数大于比较数，称“减少/下降”须本年数小于比较数；同一句中增减额与百分比的方向须一致',
    docs: '说明同时给出本年数与上年（或预算）数时，检查“增加/减少”“增长/下降”与两数的大小关系一致（按所印精度，只有方向确定时才判断）。同一句中增减额说“增加”而百分比说“下降”（或相反）也报告。',
  },
  check(model) {
    const out: FindingDraft[] = [];
    for (const c of claimsOf(model, 'change')) {
      const proven = provenDirection(c);
      const words = [c.direction, c.percentDirection].filter(Boolean);
      if (proven && words.some((w) => w !== proven)) {
        const wrong = words.find((w) => w !== proven)!;
        out.push({
          message: `称“${DIR_TEXT[wrong]}”，但本年 ${figU(c.current)} ${proven === 'increase' ? '大于' : '小于'}比较数 ${figU(c.prior)}，应为“${DIR_TEXT[proven]}”`,
          stated: DIR_TEXT[wrong],
          expected: DIR_TEXT[proven],
          evidence: [ev(c.source, c.text)],
        });
        continue;
      }
      if (c.direction && c.percentDirection && c.direction !== c.percentDirection && !(c.percent && c.percent.value.sign() < 0)) {
        out.push({
          message: `同一句中增减额称“${DIR_TEXT[c.direction]}”，百分比却称“${DIR_TEXT[c.percentDirection]}”`,
          stated: `${DIR_TEXT[c.direction]} / ${DIR_TEXT[c.percentDirection]}`,
          expected: '方向一致',
          evidence: [ev(c.source, c.text)],
        });
      }
    }
    return out;
  },
};
