/** 说明中列举的构成项之和等于其总数（政府采购：货物 + 工程 + 服务；基本支出：人员经费 + 公用经费）。 */
import { normSubject } from '../../extract/claims/scan.js';
import type { DisclosureModel, Mention } from '../../model/types.js';
import { commonUnit, ev, fig, figU } from '../format.js';
import { sumAgrees } from '../tolerance.js';
import type { FindingDraft, Rule } from '../types.js';
import { Decimal } from '../../model/decimal.js';

/** A breakdown the regulations fix: a total and the parts that exhaust it. */
interface Breakdown {
  name: string;
  total: RegExp;
  notTotal?: RegExp;
  parts: RegExp[];
}

const BREAKDOWNS: Breakdown[] = [
  { name: '政府采购', total: /政府采购/, notTotal: /货物|工程|服务/, parts: [/货物/, /工程/, /服务/] },
  { name: '基本支出', total: /基本支出(?:预算|决算)?$/, parts: [/人员经费/, /公用经费/] },
];

const pos = (m: Mention) => [m.amount.source.page ?? 0, m.amount.source.line, m.amount.source.col ?? 0];
const before = (a: Mention, b: Mention) => {
  const [pa, la, ca] = pos(a);
  const [pb, lb, cb] = pos(b);
  return pa - pb || la - lb || ca - cb;
};

/** Current-year figures quoted in one sentence, in reading order. */
function sentences(model: DisclosureModel): Mention[][] {
  const by = new Map<string, Mention[]>();
  for (const m of model.mentions) {
    if (m.role !== 'current') continue;
    const k = `${m.source.file}\u0000${m.text}`;
    by.set(k, [...(by.get(k) ?? []), m]);
  }
  return [...by.values()].map((ms) => ms.sort(before));
}

export const rule: Rule = {
  meta: {
    id: 'narrative-breakdown-sum',
    title: '说明中各构成项之和与总数不符',
    severity: 'error',
    category: 'narrative',
    appliesTo: {},
    basis: '政府采购预算（支出）总额 = 货物 + 工程 + 服务；基本支出 = 人员经费 + 公用经费（同一句中所列，按所印精度）',
    docs: '说明在同一句中先给出总数、再逐项列出其全部构成项时（政府采购总额及其货物、工程、服务三项；基本支出及其人员经费、公用经费两项），各项之和须等于总数。只有构成项全部列出、且均为本年数时才检查；“三公”经费的各项见 three-public-narrative-total。',
  },
  check(model) {
    const out: FindingDraft[] = [];
    for (const ms of sentences(model)) {
      for (const b of BREAKDOWNS) {
        const subj = (m: Mention) => normSubject(m.subject);
        const ti = ms.findIndex((m) => b.total.test(subj(m)) && !(b.notTotal && b.notTotal.test(subj(m))));
        if (ti < 0) continue;
        const total = ms[ti];
        const after = ms.slice(ti + 1);
        const parts = b.parts.map((re) => after.filter((m) => re.test(subj(m))));
        if (parts.some((p) => p.length !== 1)) continue;
        const ps = parts.map((p) => p[0]);
        if (ps.some((p) => p.scope !== total.scope && p.scope && total.scope)) continue;
        if (sumAgrees(total.amount, ps.map((p) => p.amount))) continue;
        const cu = commonUnit([total.amount, ...ps.map((p) => p.amount)]);
        const sum = Decimal.sum(ps.map((p) => cu.value(p.amount))).toGrouped(cu.scale);
        out.push({
          message: `说明中${b.name}各项之和与总数不符：${ps.map((p) => `${p.subject} ${fig(p.amount)}`).join(' + ')} = ${sum}${cu.unit}，而${total.subject}为 ${figU(total.amount)}`,
          stated: `${total.subject} ${fig(total.amount)} ${total.amount.unit}`,
          expected: `${sum}${cu.unit}`,
          evidence: [ev(total.source, total.text)],
        });
      }
    }
    return out;
  },
};
