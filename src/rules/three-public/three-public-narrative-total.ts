/** 说明中的“三公”经费合计等于所述各项之和。 */
import { normSubject } from '../../extract/claims/scan.js';
import type { DisclosureModel, Mention } from '../../model/types.js';
import { ev, fig, figU, plus } from '../format.js';
import { threePublicKey } from '../resolve.js';
import { addI, amountI, Interval, intersects, subI, sumAgrees, sumI } from '../tolerance.js';
import type { FindingDraft, Rule } from '../types.js';

const period = (m: Mention, budgetDoc: boolean) => (m.role === 'budget' ? (budgetDoc ? 'current' : 'budget') : m.role === 'final' ? 'current' : m.role);

/** The prior-year figure a mention's change statement gives or implies (current ∓ difference; 持平: the same). */
function priorOf(model: DisclosureModel, m: Mention): { range: Interval; text: string; stated: string } | undefined {
  const same = (a: { source: { line: number; col?: number } } | undefined) => !!a && a.source.line === m.amount.source.line && a.source.col === m.amount.source.col;
  for (const c of model.claims) {
    if (c.kind === 'change' && same(c.current)) {
      if (c.prior) return { range: amountI(c.prior), text: fig(c.prior), stated: `${c.prior.raw}${c.prior.unit}` };
      if (c.delta && c.direction) {
        const range = c.direction === 'decrease' ? addI(amountI(c.current), amountI(c.delta)) : subI(amountI(c.current), amountI(c.delta));
        return { range, text: `${fig(c.current)} ${c.direction === 'decrease' ? '+' : '−'} ${fig(c.delta)}`, stated: `${c.delta.raw}${c.delta.unit}` };
      }
      return undefined;
    }
    if (c.kind === 'flat' && same(c.current)) {
      if (c.prior) return { range: amountI(c.prior), text: fig(c.prior), stated: `${c.prior.raw}${c.prior.unit}` };
      return { range: amountI(c.current), text: `${fig(c.current)}（持平）`, stated: '持平' };
    }
  }
  return undefined;
}

export const rule: Rule = {
  meta: {
    id: 'three-public-narrative-total',
    title: '说明中的“三公”经费合计与各项之和不符',
    severity: 'error',
    category: 'three-public',
    appliesTo: {},
    basis: '“三公”经费 = 因公出国（境）费 + 公务用车购置及运行（维护）费 + 公务接待费；公务用车购置及运行费 = 购置费 + 运行维护费',
    docs: '在说明的“三公”经费部分，取合计金额之后依次出现的三项金额（同一口径），检查合计等于三项之和；各项都说明了与上年的增减（或持平）时，由本年数与增减额推得的上年数也须满足合计等于三项之和；给出公务用车购置费和运行维护费时，检查两者之和等于公务用车购置及运行费。没有报表时，这是“三公”经费唯一的内部核对。',
  },
  check(model) {
    const out: FindingDraft[] = [];
    const budgetDoc = model.identity.kind === 'budget';
    const ms = model.mentions.filter((m) => m.role !== 'delta' && m.role !== 'prior');
    const done = new Set<Mention>();
    for (let i = 0; i < ms.length; i++) {
      const tot = ms[i];
      if (done.has(tot) || threePublicKey(normSubject(tot.subject)) !== 'total') continue;
      const items: Record<string, Mention> = {};
      for (let j = i + 1; j < ms.length; j++) {
        const m = ms[j];
        if (m.source.line - tot.source.line > 40 || m.source.file !== tot.source.file) break;
        if (period(m, budgetDoc) !== period(tot, budgetDoc)) continue;
        const k = threePublicKey(normSubject(m.subject));
        if (k === 'total') break;
        if (k && !items[k]) items[k] = m;
      }
      done.add(tot);
      const { outbound, vehicle, reception, purchase, operation } = items;
      if (outbound && vehicle && reception && !sumAgrees(tot.amount, [outbound.amount, vehicle.amount, reception.amount])) {
        out.push({
          message: `“三公”经费合计 ${figU(tot.amount)} 与各项之和不符：${plus([outbound.amount, vehicle.amount, reception.amount])} ≠ ${figU(tot.amount)}`,
          stated: `${tot.amount.raw}${tot.amount.unit}`,
          expected: plus([outbound.amount, vehicle.amount, reception.amount]),
          evidence: [tot, outbound, vehicle, reception].map((m) => ev(m.source, m.text)).filter((e, k, a) => a.findIndex((x) => x.line === e.line) === k),
        });
      }
      // the prior-year figures the changes imply must add up the same way
      const pt = priorOf(model, tot);
      const pi = [outbound, vehicle, reception].map((m) => (m ? priorOf(model, m) : undefined));
      if (pt && pi.every(Boolean) && !intersects(pt.range, sumI(pi.map((x) => x!.range)))) {
        const items = pi.map((x) => (/[+−]/.test(x!.text) ? `(${x!.text})` : x!.text)).join(' + ');
        out.push({
          message: `“三公”经费上年数与各项上年数之和不符：合计 ${/[+−]/.test(pt.text) ? `(${pt.text})` : pt.text} ≠ ${items}（上年数由所述本年数与增减额推得）`,
          stated: pt.stated,
          expected: items,
          evidence: [tot, outbound!, vehicle!, reception!].map((m) => ev(m.source, m.text)).filter((e, k, a) => a.findIndex((x) => x.line === e.line) === k),
        });
      }
      if (vehicle && purchase && operation && !sumAgrees(vehicle.amount, [purchase.amount, operation.amount])) {
        out.push({
          message: `公务用车购置及运行费 ${figU(vehicle.amount)} 与购置费、运行费之和不符：${plus([purchase.amount, operation.amount])} ≠ ${figU(vehicle.amount)}`,
          stated: `${vehicle.amount.raw}${vehicle.amount.unit}`,
          expected: plus([purchase.amount, operation.amount]),
          evidence: [vehicle, purchase, operation].map((m) => ev(m.source, m.text)).filter((e, k, a) => a.findIndex((x) => x.line === e.line) === k),
        });
      }
    }
    return out;
  },
};
