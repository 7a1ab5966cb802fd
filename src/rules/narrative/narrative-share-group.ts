/** 同一整体的各项占比合计为 100%，各项金额合计等于整体。 */
import { Decimal } from '../../model/decimal.js';
import { toWan } from '../../model/amount.js';
import type { ShareClaim } from '../../model/types.js';
import { commonUnit, ev, fig } from '../format.js';
import { amountI, exact, intersects, percentI, sumI } from '../tolerance.js';
import type { FindingDraft, Rule } from '../types.js';
import { claimsOf } from './util.js';

export const rule: Rule = {
  meta: {
    id: 'narrative-share-group',
    title: '各项占比合计不为 100% 或各项金额合计不等于总数',
    severity: 'error',
    category: 'narrative',
    appliesTo: {},
    basis: '构成同一整体的各项：占比之和 = 100%，金额之和 = 整体数（均按所印精度）',
    docs: '说明中对同一整体逐项列出金额和占比时（如基本支出与项目支出，或一般公共预算财政拨款支出的各类），若各项金额之和与整体相符，则占比之和必须为 100%；若占比之和为 100%，则金额之和必须等于整体。两者都不相符时，视为未列全，不作判断。',
  },
  check(model) {
    const out: FindingDraft[] = [];
    const groups = new Map<string, ShareClaim[]>();
    for (const c of claimsOf(model, 'share')) if (c.group) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
    for (const members of groups.values()) {
      const whole = members.find((c) => c.whole)?.whole;
      if (!whole || members.length < 2) continue;
      const pctSum = sumI(members.map((c) => percentI(c.percent)));
      const amtSum = sumI(members.map((c) => amountI(c.part)));
      const pctOk = intersects(pctSum, exact(Decimal.of(100)));
      const amtOk = intersects(amtSum, amountI(whole));
      const evidence = members.map((c) => ev(c.source, c.text)).filter((e, i, a) => a.findIndex((x) => x.line === e.line && x.text === e.text) === i);
      const pScale = Math.max(...members.map((c) => c.percent.precision));
      const pSumPoint = Decimal.sum(members.map((c) => c.percent.value));
      const pcts = members.map((c) => `${c.percent.value.toFixed(c.percent.precision)}%`).join(' + ');
      if (amtOk && !pctOk) {
        out.push({
          message: `各项占比之和 ${pcts} = ${pSumPoint.toFixed(pScale)}%，应为 100%（各项金额之和与 ${fig(whole)}${whole.unit} 相符）`,
          stated: `${pSumPoint.toFixed(pScale)}%`,
          expected: '100%',
          evidence,
        });
      } else if (pctOk && !amtOk) {
        const cu = commonUnit([whole, ...members.map((c) => c.part)]);
        const sum = Decimal.sum(members.map((c) => cu.value(c.part)));
        const sumText = sum.toGrouped(cu.scale);
        out.push({
          message: `各项金额之和与整体不符：${members.map((c) => fig(c.part)).join(' + ')} = ${sumText}，而整体为 ${fig(whole)}${whole.unit}（各项占比之和为 100%）`,
          stated: `${sumText}${cu.unit}`,
          expected: `${fig(whole)}${whole.unit}`,
          evidence,
        });
      }
      void toWan;
    }
    return out;
  },
};
