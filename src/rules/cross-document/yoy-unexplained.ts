import { z } from 'zod';
import { Decimal } from '../../model/decimal.js';
import { functionColumn } from '../../corpus/figures.js';
import { REASON_WORDS } from '../../corpus/model.js';
import type { CorpusFindingDraft, CorpusRule } from '../types.js';
import { docFor, figEv, KIND_ZH, sentences, wan } from './util.js';

interface Options {
  threshold: number;
  fromZero: boolean;
}

const className = (label: string) => label.replace(/^\d+\s*/, '').replace(/\s+/g, '').replace(/[（(]类[）)]$/, '');

export const rule: CorpusRule<Options> = {
  meta: {
    id: 'yoy-unexplained',
    title: '功能分类（类）大幅增减在说明中有解释',
    severity: 'warning',
    category: 'cross-document',
    appliesTo: {},
    basis: '预决算公开应说明主要支出的增减变化原因',
    docs: '同一单位相邻两年同类文件（预算与预算、决算与决算）一并检查时，一般公共预算支出表中每个功能分类“类”级科目的变化幅度达到阈值（或由零增加）的，后一年说明中应有提及该类名称并给出原因的句子（含“原因”“由于”“主要是”等）；没有时报告。',
    options: {
      schema: z.object({
        threshold: z.number().min(0).describe('变化幅度阈值（百分比）'),
        fromZero: z.boolean().describe('上年为零、本年不为零时是否报告'),
      }),
      defaults: { threshold: 10, fromZero: true },
    },
  },
  checkCorpus(corpus, { options }) {
    const out: CorpusFindingDraft[] = [];
    for (const d of corpus.docs) {
      if (d.year === undefined || !d.kind) continue;
      const prev = docFor(corpus, d.body, d.year - 1, d.kind);
      if (!prev) continue;
      const cur = functionColumn(d.model, 'total');
      const old = functionColumn(prev.model, 'total');
      const said = sentences(d);
      for (const [code, f] of cur) {
        if (code.length !== 3) continue;
        const p = old.get(code);
        const pv = p?.value;
        let pct: string;
        if (!pv || pv.isZero()) {
          if (!options.fromZero || f.value.isZero()) continue;
          pct = '由零增加';
        } else {
          const change = f.value.sub(pv).abs();
          // |change| / prior ≥ threshold %, exactly: change × 100 ≥ prior × threshold
          if (change.mul(Decimal.of(100)).cmp(pv.abs().mul(Decimal.fromNumber(options.threshold))) < 0) continue;
          pct = `${f.value.cmp(pv) > 0 ? '增加' : '减少'}${change.mul(Decimal.of(100)).div(pv.abs(), 1).toFixed(1)}%`;
        }
        const name = className(f.label);
        if (name && said.some((s) => s.text.replace(/\s+/g, '').includes(name) && REASON_WORDS.test(s.text))) continue;
        out.push({
          file: d.model.file,
          message: `${name || code}（类）${d.year}年${KIND_ZH[d.kind]}${wan(f)}万元，${prev.year}年${p ? `${wan(p)}万元` : '无'}，${pct}，说明中未见对其增减原因的解释`,
          evidence: p ? [figEv(f), figEv(p)] : [figEv(f)],
        });
      }
    }
    return out;
  },
};
