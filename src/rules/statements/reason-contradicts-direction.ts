/** 增减原因的表述与增减方向相反（如“减少2.98%。主要原因是：……经费增加”）。 */
import type { ChangeClaim } from '../../model/types.js';
import { ev } from '../format.js';
import { amountI, subI } from '../tolerance.js';
import type { FindingDraft, Rule } from '../types.js';
import { claimsOf } from '../narrative/util.js';
import { DIR_TEXT, Dir, reasonDirection } from './reason.js';

/** The direction the figures prove (current vs prior), if they do. */
export function provenDirection(c: ChangeClaim): Dir | undefined {
  if (!c.current || !c.prior) return undefined;
  const d = subI(amountI(c.current), amountI(c.prior));
  if (d.lo.sign() > 0) return 'increase';
  if (d.hi.sign() < 0) return 'decrease';
  return undefined;
}

export const rule: Rule = {
  meta: {
    id: 'reason-contradicts-direction',
    title: '增减原因与增减方向相反',
    severity: 'error',
    category: 'statements',
    appliesTo: {},
    basis: '说明增减变动原因时，原因所述的经费变动方向须与增减方向一致',
    docs: '对每一处增减变动及其“主要原因”，取原因中最后一个表示增减的词（增加、减少、调增、压缩……，排除“未增加”等否定），它所述的经费、支出方向与变动方向相反时报告。所引数字证明了变动方向（本年数与上年数都已给出）时为错误，否则为警告。',
  },
  check(model) {
    const out: FindingDraft[] = [];
    for (const c of claimsOf(model, 'change')) {
      if (!c.reason) continue;
      const stated = c.percentDirection ?? c.direction;
      const proven = provenDirection(c);
      const dir = proven ?? stated;
      if (!dir) continue;
      const r = reasonDirection(c.reason);
      if (!r || r.dir === dir) continue;
      const word = c.percent ? `${DIR_TEXT[dir]}${c.percent.raw.replace(/^-/, '')}` : c.delta ? `${DIR_TEXT[dir]}${c.delta.raw}${c.delta.unit}` : DIR_TEXT[dir];
      out.push({
        severity: proven ? 'error' : 'warning',
        message: `${c.subject ? `“${c.subject}”` : ''}${word}，但所述原因为“${r.clause}”（${DIR_TEXT[r.dir]}），方向相反`,
        stated: c.percent?.raw ?? (c.delta ? `${c.delta.raw}${c.delta.unit}` : DIR_TEXT[dir]),
        expected: `原因应说明${DIR_TEXT[dir]}`,
        evidence: [ev(c.source, `${c.text}${c.text.includes(c.reason) ? '' : ` 主要原因：${c.reason}`}`)],
      });
    }
    return out;
  },
};
