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

/**
 * Breakdowns laid out as an outline over several paragraphs (`收入预算 T 万元` / `（一）本年财政拨款收入 A`
 * / `1.一般公共预算拨款收入 a1` … / `（二）本年其他资金收入 B` / `（三）上年结转结余 C`): the total is
 * followed, within a few lines, by every one of its parts.
 */
const OUTLINES: Breakdown[] = [
  { name: '收入预算', total: /^(?:\d{4}年度?)?(?:本年度?)?收入预算$/, parts: [/^(?:本年)?财政拨款收入$/, /^(?:本年)?其他资金收入$/, /^上年结转(?:结余)?$/] },
  { name: '本年财政拨款收入', total: /^(?:本年)?财政拨款收入$/, parts: [/^一般公共预算(?:财政)?拨款收入$/, /^政府性基金预算(?:财政)?拨款收入$/, /^国有资本经营预算(?:财政)?拨款收入$/] },
];

/** Lines an outline may span after its total. */
const OUTLINE_SPAN = 40;

function outlineFindings(model: DisclosureModel): FindingDraft[] {
  const out: FindingDraft[] = [];
  // the carry-over from last year is labelled 上年 but belongs to this year's revenue
  const ms = model.mentions.filter((m) => m.role === 'current' || (m.role === 'prior' && /^上年结转/.test(normSubject(m.subject)))).sort(before);
  const subj = (m: Mention) => normSubject(m.subject).replace(/^[（(][一二三四五六七八九十]+[）)]|^\d+[.、．]/, '');
  for (const b of OUTLINES) {
    ms.forEach((total, i) => {
      if (!b.total.test(subj(total))) return;
      const after: Mention[] = [];
      for (const m of ms.slice(i + 1)) {
        if (m.source.file !== total.source.file || (m.source.page ?? 0) - (total.source.page ?? 0) > 1 || m.source.line - total.source.line > OUTLINE_SPAN) break;
        if (b.total.test(subj(m))) break; // the next outline of the same kind
        after.push(m);
      }
      // each part: its first statement (a repeated sub-item restates it)
      const parts = b.parts.map((re) => after.filter((m) => re.test(subj(m))));
      if (parts.some((p) => !p.length || p.some((x) => !x.amount.value.eq(p[0].amount.value)))) return;
      const ps = parts.map((p) => p[0]);
      if (sumAgrees(total.amount, ps.map((p) => p.amount))) return;
      out.push(breakdownFinding(b.name, total, ps, [ev(total.source, total.text), ...ps.map((p) => ev(p.source, p.text))]));
    });
  }
  return out;
}

/** The finding for a total whose printed parts do not add up to it (the sum in the parts' common unit). */
function breakdownFinding(name: string, total: Mention, ps: Mention[], evidence: FindingDraft['evidence']): FindingDraft {
  const cu = commonUnit([total.amount, ...ps.map((p) => p.amount)]);
  const sum = Decimal.sum(ps.map((p) => cu.value(p.amount))).toGrouped(cu.scale);
  return {
    message: `说明中${name}各项之和与总数不符：${ps.map((p) => `${p.subject} ${fig(p.amount)}`).join(' + ')} = ${sum}${cu.unit}，而${total.subject}为 ${figU(total.amount)}`,
    stated: `${total.subject} ${fig(total.amount)} ${total.amount.unit}`,
    expected: `${sum}${cu.unit}`,
    evidence,
  };
}

export const rule: Rule = {
  meta: {
    id: 'narrative-breakdown-sum',
    title: '说明中各构成项之和与总数不符',
    severity: 'error',
    category: 'narrative',
    appliesTo: {},
    basis: '政府采购预算（支出）总额 = 货物 + 工程 + 服务；基本支出 = 人员经费 + 公用经费；收入预算 = 本年财政拨款收入 + 本年其他资金收入 + 上年结转结余（按所印精度）',
    docs: '说明在同一句中先给出总数、再逐项列出其全部构成项时（政府采购总额及其货物、工程、服务三项；基本支出及其人员经费、公用经费两项），各项之和须等于总数。以提纲形式分段列出的（“收入预算 T 万元”之后依次为“（一）本年财政拨款收入”“（二）本年其他资金收入”“（三）上年结转结余”，或本年财政拨款收入之下的一般公共预算、政府性基金、国有资本经营预算拨款收入），同样检查。只有构成项全部列出、且均为本年数时才检查；“三公”经费的各项见 three-public-narrative-total。',
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
        out.push(breakdownFinding(b.name, total, ps, [ev(total.source, total.text)]));
      }
    }
    out.push(...outlineFindings(model));
    return out;
  },
};
