import { z } from 'zod';
import { agree, figureOf, functionColumn, factFigure, generalSplit, type Figure } from '../../corpus/figures.js';
import { codeNames } from '../../corpus/figures.js';
import type { CorpusFindingDraft, CorpusRule } from '../types.js';
import { docFor, figEv, fixed, wan } from './util.js';
import type { CorpusDoc } from '../../corpus/types.js';
import type { FactKey } from '../../model/types.js';
import { subjectFact } from './prior-figures.js';

const plain = (s: string) => s.replace(/\s+/g, '').replace(/[（(](类|款|项)[）)]/g, '').replace(/[“”"]/g, '');

/** Name paths (类名+款名+项名) of the budget's function codes, for narrative subjects without a code. */
function namePaths(d: CorpusDoc): Map<string, string> {
  const names = codeNames(d.model);
  const out = new Map<string, string>();
  for (const code of names.keys()) {
    const parts = [code.slice(0, 3), code.slice(0, 5), code].filter((c, i, a) => c.length <= code.length && a.indexOf(c) === i);
    if (parts.every((c) => names.has(c))) out.set(parts.map((c) => plain(names.get(c)!.name)).join(''), code);
  }
  return out;
}

/** A "三公" column or row name → its fact (`合计/预算数`, `公务用车购置费`, `接待费` …). */
function threeKey(name: string): FactKey | undefined {
  const parts = name.replace(/\s+/g, '').split('/').filter((p) => !/^(预算数?|年初预算)$/.test(p));
  const n = parts[parts.length - 1] ?? '';
  if (/合计|总计/.test(n)) return 'three_public_total';
  if (/出国/.test(n)) return 'three_public_outbound';
  if (/接待/.test(n)) return 'three_public_reception';
  if (/购置及运行|小计/.test(n)) return 'three_public_vehicle';
  if (/购置/.test(n)) return 'three_public_vehicle_purchase';
  if (/运行/.test(n)) return 'three_public_vehicle_operation';
  return undefined;
}

/** 年初预算 of the "三公" items in the final's "三公" table (budget columns, or rows with one budget column). */
function threeTable(f: CorpusDoc): [string, Figure][] {
  const t = f.model.tables.find((x) => x.key === 'three_public' && x.rows.length);
  if (!t) return [];
  const cols = t.columns.map((c, i) => ({ c, i })).filter((x) => x.c.role === 'budget');
  const out: [string, Figure][] = [];
  if (cols.length > 1) {
    const r = t.rows.find((x) => x.values.some(Boolean));
    for (const { c, i } of cols) {
      const k = threeKey(c.name);
      const v = r?.values[i];
      if (k && v) out.push([k, figureOf(v, `${c.name}`, `${t.title}：${c.name} ${v.raw}`)]);
    }
  } else if (cols.length === 1) {
    for (const r of t.rows) {
      const k = threeKey(r.name);
      const v = r.values[cols[0].i];
      if (k && v) out.push([k, figureOf(v, r.name, `${t.title}：${r.name} ${v.raw}`)]);
    }
  }
  return out;
}

/** A narrative subject naming the general budget's 基本支出 / 项目支出 (the scope must be stated). */
const GENERAL_SPLIT = /^(?:\d{4}年度?)?一般公共预算(?:财政)?拨款(基本|项目)支出(?:年初预算|预算)?$/;

/** The final's 年初预算 figures: tables and narrative, keyed by code, `total` or a fact key. */
function budgetFigures(f: CorpusDoc, paths: Map<string, string>): [string, Figure][] {
  const out: [string, Figure][] = [...functionColumn(f.model, 'budget'), ...threeTable(f)];
  for (const part of ['basic', 'project'] as const) {
    const fig = generalSplit(f.model, part, 'budget');
    if (fig) out.push([part, fig]);
  }
  for (const m of f.model.mentions) {
    if (m.role !== 'budget') continue;
    const s = plain(m.subject);
    const fact = subjectFact(s.replace(/^(?:\d{4}年度?)/, '').replace(/(财政拨款)?(支出)?(决算)?$/, ''));
    const split = GENERAL_SPLIT.exec(s);
    if (split) {
      out.push([split[1] === '基本' ? 'basic' : 'project', figureOf(m.amount, m.subject, m.text)]);
      continue;
    }
    const key = paths.get(s) ?? (/^(?:\d{4}年度?)?一般公共预算财政拨款支出$/.test(s) ? 'total' : /三公|接待|公务用车|出国|机关运行/.test(s) ? fact : undefined);
    if (key) out.push([key, figureOf(m.amount, m.subject, m.text)]);
  }
  return out;
}

export const rule: CorpusRule<Record<string, never>> = {
  meta: {
    id: 'final-vs-budget',
    title: '决算所列年初预算与当年预算公开数一致',
    severity: 'error',
    category: 'cross-document',
    appliesTo: { kinds: ['final'] },
    basis: '决算中的“年初预算”应为同一单位当年公开的预算数',
    docs: '同时检查同一单位同一年度的预算和决算时，将决算表格和说明中的年初预算数（一般公共预算财政拨款支出合计、各功能分类科目、一般公共预算财政拨款基本支出和项目支出、“三公”经费及其各项、机关运行经费）与当年预算公开的对应数字比较（按印刷精度容差）。两处均给出证据。',
    options: { schema: z.object({}), defaults: {} },
  },
  checkCorpus(corpus) {
    const out: CorpusFindingDraft[] = [];
    for (const f of corpus.docs) {
      if (f.kind !== 'final') continue;
      const b = docFor(corpus, f.body, f.year, 'budget');
      if (!b) continue;
      const budget = functionColumn(b.model, 'total');
      const seen = new Set<string>();
      for (const [key, fig] of budgetFigures(f, namePaths(b))) {
        const ref = key === 'basic' || key === 'project' ? generalSplit(b.model, key, 'current') : budget.get(key) ?? (/^[a-z_]+$/.test(key) && key !== 'total' ? factFigure(b.model, key as FactKey) : undefined);
        if (!ref || agree(fig, ref)) continue;
        const k = `${key}:${fig.value}`;
        if (seen.has(k)) continue;
        seen.add(k);
        out.push({
          file: f.model.file,
          message: `${f.year}年决算所列年初预算“${fig.label}”为${wan(fig)}万元，而${b.year}年预算公开（${b.model.file}）为${wan(ref)}万元，相差${fig.value.sub(ref.value).abs().toGrouped(2)}万元`,
          stated: fixed(fig),
          expected: fixed(ref, fig),
          evidence: [figEv(fig), figEv(ref)],
        });
      }
    }
    return out;
  },
};
