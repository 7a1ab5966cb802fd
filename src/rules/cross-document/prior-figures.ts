/**
 * The 上年 figures a document quotes (比上年增加/减少 …, 上年预算/决算 X 万元), each matched by its
 * subject to a key figure of the previous year's document of the same kind.
 */
import { radiusWan, toWan } from '../../model/amount.js';
import type { Amount, FactKey } from '../../model/types.js';
import { agree, factFigure, figureOf, functionColumn, type Figure } from '../../corpus/figures.js';
import type { Corpus, CorpusDoc } from '../../corpus/types.js';
import type { CorpusFindingDraft } from '../types.js';
import { docFor, figEv, fixed, KIND_ZH, wan } from './util.js';

/** Which key figure a subject names (most specific first); undefined when none. */
export function subjectFact(subject: string): FactKey | undefined {
  const s = subject.replace(/\s+/g, '');
  if (/执行/.test(s)) return undefined;
  if (/三公/.test(s) && !/接待|用车|出国/.test(s)) return 'three_public_total';
  if (/公务接待/.test(s)) return 'three_public_reception';
  if (/公务用车购置及运行/.test(s)) return 'three_public_vehicle';
  if (/因公出国/.test(s)) return 'three_public_outbound';
  if (/机关运行经费/.test(s)) return 'operating_expenses';
  if (/^公用经费$/.test(s)) return 'public_expenses';
  if (/^人员经费$/.test(s)) return 'personnel_expenses';
  if (/^基本支出$/.test(s)) return 'basic_expenditure';
  if (/^项目支出$/.test(s)) return 'project_expenditure';
  if (/一般公共预算(?:财政)?拨款支出/.test(s)) return 'general_budget_appropriation';
  if (/^财政拨款(?:收、?支总计|收支总计|收入|支出)?(?:预算)?$/.test(s)) return 'fiscal_appropriation_revenue';
  if (/^(?:收、?支总计|收支总计|收入预算|支出预算|收入总计|支出总计|收支预算总计)$/.test(s)) return 'total_revenue';
  return undefined;
}

/** The prior-year figures a document states: mentions and change claims (prior = current ∓ change). */
export function statedPriors(d: CorpusDoc): { key: FactKey; fig: Figure }[] {
  const out: { key: FactKey; fig: Figure }[] = [];
  const push = (subject: string, value: Figure) => {
    const key = subjectFact(subject);
    if (key && !out.some((o) => o.key === key)) out.push({ key, fig: value });
  };
  const fig = (a: Amount, label: string, text: string): Figure => ({ value: toWan(a), radius: radiusWan(a), amount: a, label, source: a.source, text });
  for (const m of d.model.mentions) if (m.role === 'prior') push(m.subject, fig(m.amount, m.subject, m.text));
  for (const c of d.model.claims) {
    if (c.kind !== 'change') continue;
    if (c.prior) push(c.subject, fig(c.prior, c.subject, c.text));
    else if (c.current && c.delta && c.direction) {
      const sign = c.direction === 'increase' ? -1 : 1;
      const d0 = toWan(c.delta);
      const value = sign < 0 ? toWan(c.current).sub(d0) : toWan(c.current).add(d0);
      push(c.subject, { value, radius: radiusWan(c.current).add(radiusWan(c.delta)), label: c.subject, source: c.source, text: c.text });
    }
  }
  return out;
}

const LABEL: Partial<Record<FactKey, string>> = {
  three_public_total: '“三公”经费',
  three_public_reception: '公务接待费',
  three_public_vehicle: '公务用车购置及运行费',
  three_public_outbound: '因公出国（境）费',
  operating_expenses: '机关运行经费',
  public_expenses: '公用经费',
  personnel_expenses: '人员经费',
  basic_expenditure: '基本支出',
  project_expenditure: '项目支出',
  general_budget_appropriation: '一般公共预算财政拨款支出',
  fiscal_appropriation_revenue: '财政拨款收支',
  total_revenue: '收支总计',
};

/** Findings: the document's stated 上年 figures against the previous year's document of `kind`. */
export function checkPriors(corpus: Corpus, kind: 'budget' | 'final'): CorpusFindingDraft[] {
  const out: CorpusFindingDraft[] = [];
  for (const d of corpus.docs) {
    if (d.kind !== kind || d.year === undefined) continue;
    const prev = docFor(corpus, d.body, d.year - 1, kind);
    if (!prev) continue;
    // 上年 columns of coded tables against the previous document's figures of the same code
    const prevRows = functionColumn(prev.model, 'total');
    for (const t of d.model.tables) {
      const i = t.columns.findIndex((c) => c.role === 'prior');
      if (i < 0 || !['general_budget', 'expenditure'].includes(t.key)) continue;
      for (const r of t.rows) {
        const v = r.values[i];
        const code = r.code && (r.codeSystem ?? 'function') === 'function' ? r.code : r.isTotal ? 'total' : undefined;
        const ref = code && prevRows.get(code);
        if (!v || !ref) continue;
        const fig = figureOf(v, code === 'total' ? '合计' : `${code} ${r.name}`, `${t.title}：${r.code ?? ''} ${r.name} ${t.columns[i].name} ${v.raw}`);
        if (agree(fig, ref)) continue;
        out.push({
          file: d.model.file,
          message: `${d.year}年${KIND_ZH[kind]}表中上年数“${fig.label}”为${wan(fig)}万元，而${prev.year}年${KIND_ZH[kind]}（${prev.model.file}）为${wan(ref, fig)}万元，相差${fig.value.sub(ref.value).abs().toGrouped(2)}万元`,
          stated: fixed(fig),
          expected: fixed(ref, fig),
          evidence: [figEv(fig), figEv(ref)],
        });
      }
    }
    for (const { key, fig } of statedPriors(d)) {
      const ref = factFigure(prev.model, key);
      if (!ref || agree(fig, ref)) continue;
      out.push({
        file: d.model.file,
        message: `${d.year}年${KIND_ZH[kind]}所述上年${LABEL[key] ?? key}为${wan(fig)}万元，而${prev.year}年${KIND_ZH[kind]}（${prev.model.file}）为${wan(ref)}万元，相差${fig.value.sub(ref.value).abs().toGrouped(2)}万元`,
        stated: fixed(fig),
        expected: fixed(ref, fig),
        evidence: [figEv(fig), figEv(ref)],
      });
    }
  }
  return out;
}
