import { z } from 'zod';
import { Decimal } from '../../model/decimal.js';
import type { FactKey } from '../../model/types.js';
import { factFigure, functionColumn, type Figure } from '../../corpus/figures.js';
import { unitList } from '../../corpus/link.js';
import type { CorpusDoc } from '../../corpus/types.js';
import type { CorpusFindingDraft, CorpusRule } from '../types.js';
import { ev } from '../format.js';
import { docFor, figEv, fixed, KIND_ZH, places, wan } from './util.js';

const FACTS: [FactKey, string][] = [
  ['current_expenditure', '本年支出合计'],
  ['fiscal_appropriation_revenue', '财政拨款'],
  ['basic_expenditure', '基本支出'],
  ['project_expenditure', '项目支出'],
  ['three_public_total', '“三公”经费'],
];

/** The department's figure against the sum of its units' (each may lack it: counted 0 when the table row is absent). */
function compare(dept: CorpusDoc, units: CorpusDoc[], label: string, d: Figure, parts: (Figure | undefined)[]): CorpusFindingDraft | undefined {
  const present = parts.filter((p): p is Figure => !!p);
  if (!present.length) return undefined;
  const total = present.reduce((t, p) => t.add(p.value), Decimal.ZERO);
  const radius = present.reduce((t, p) => t.add(p.radius), d.radius);
  if (d.value.sub(total).abs().cmp(radius) <= 0) return undefined;
  return {
    file: dept.model.file,
    message: `${dept.year}年部门${KIND_ZH[dept.kind!]}“${label}”为${wan(d)}万元，所属单位合计为${present.map((p) => wan(p)).join('+')}=${total.toGrouped(2)}万元，相差${d.value.sub(total).abs().toGrouped(2)}万元（单位：${units.map((u) => u.model.identity.org ?? u.model.file).join('、')}）`,
    stated: fixed(d),
    expected: total.toFixed(places(d)),
    evidence: [figEv(d), ...present.map(figEv)],
  };
}

export const rule: CorpusRule<Record<string, never>> = {
  meta: {
    id: 'department-vs-units',
    title: '部门数等于所属单位之和',
    severity: 'error',
    category: 'cross-document',
    appliesTo: { scopes: ['department'] },
    basis: '部门预决算为本级及所属单位的汇总',
    docs: '部门文件列明纳入编制范围的单位（“…单位包括：A、B”）且这些单位同一年度同一类型的文件一并检查时，部门的支出合计、财政拨款、基本支出、项目支出、“三公”经费及一般公共预算支出表各功能分类科目应等于各单位之和（按印刷精度容差）；所列单位只有部分在本次检查中时，给出警告并列出缺少的单位。',
    options: { schema: z.object({}), defaults: {} },
  },
  checkCorpus(corpus) {
    const out: CorpusFindingDraft[] = [];
    for (const d of corpus.docs) {
      const body = corpus.bodies.get(d.body);
      if (d.scope !== 'department' || !body?.units?.length) continue;
      const found = body.units.map((u) => ({ u, doc: u.body ? docFor(corpus, u.body, d.year, d.kind) : undefined }));
      const present = found.filter((x) => x.doc).map((x) => x.doc!);
      if (!present.length) continue;
      const missing = found.filter((x) => !x.doc).map((x) => x.u.name);
      if (missing.length) {
        const para = d.model.paragraphs.find((p) => unitList({ ...d.model, paragraphs: [p] }).length);
        const src = para?.spans[0]?.source;
        out.push({
          file: d.model.file,
          severity: 'warning',
          message: `${d.year}年部门${KIND_ZH[d.kind!]}列明的${found.length}家单位中，${missing.length > 5 ? `${missing.slice(0, 5).join('、')}等${missing.length}家` : missing.join('、')}的同年${KIND_ZH[d.kind!]}未在本次检查的文件中，未核对部门数与单位之和`,
          evidence: src ? [ev(src, para!.text)] : [],
        });
        continue;
      }
      for (const [k, label] of FACTS) {
        const fd = factFigure(d.model, k);
        if (!fd) continue;
        const f = compare(d, present, label, fd, present.map((u) => factFigure(u.model, k)));
        if (f) out.push(f);
      }
      const dc = functionColumn(d.model, 'total');
      const uc = present.map((u) => functionColumn(u.model, 'total'));
      for (const [code, fd] of dc) {
        const f = compare(d, present, fd.label, fd, uc.map((m) => m.get(code)));
        if (f) out.push(f);
      }
    }
    return out;
  },
};
