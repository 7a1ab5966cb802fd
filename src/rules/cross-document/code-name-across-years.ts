import { z } from 'zod';
import { codeNames } from '../../corpus/figures.js';
import type { CorpusFindingDraft, CorpusRule } from '../types.js';
import { ev } from '../format.js';

/** A row name compared across documents: no white space, level marks, numbering or quotes. */
const norm = (s: string) => s.replace(/\s+/g, '').replace(/[（(](类|款|项)[）)]/g, '').replace(/^(其中[:：]|[一二三四五六七八九十]+、|\d+[.、])/, '').replace(/[“”"]/g, '');

export const rule: CorpusRule<Record<string, never>> = {
  meta: {
    id: 'code-name-across-years',
    title: '同一科目编码在各年文件中名称一致',
    severity: 'warning',
    category: 'cross-document',
    appliesTo: {},
    basis: '政府收支分类科目的编码与名称一一对应',
    docs: '同一单位一并检查的各文件中，同一功能分类科目编码所列名称应相同（忽略空白、“（类）（款）（项）”和编号）；名称不同时，在较后的文件上报告，并给出两处出处。科目当年调整的，可关闭本规则。',
    options: { schema: z.object({}), defaults: {} },
  },
  checkCorpus(corpus) {
    const out: CorpusFindingDraft[] = [];
    for (const body of corpus.bodies.values()) {
      const docs = corpus.docs.filter((d) => d.body === body.key).sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
      const first = new Map<string, { name: string; file: string; ev: ReturnType<typeof ev> }>();
      for (const d of docs) {
        for (const [code, n] of codeNames(d.model)) {
          const seen = first.get(code);
          if (!seen) {
            first.set(code, { name: norm(n.name), file: d.model.file, ev: ev(n.source, n.text) });
            continue;
          }
          if (seen.name === norm(n.name) || !norm(n.name) || !seen.name) continue;
          out.push({
            file: d.model.file,
            message: `科目${code}在本文件中名称为“${norm(n.name)}”，在${seen.file}中为“${seen.name}”`,
            stated: norm(n.name),
            expected: seen.name,
            evidence: [ev(n.source, n.text), seen.ev],
          });
        }
      }
    }
    return out;
  },
};
