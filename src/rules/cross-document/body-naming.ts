import { z } from 'zod';
import type { CorpusFindingDraft, CorpusRule } from '../types.js';
import { ev } from '../format.js';

const printed = (s: string) => s.replace(/\s+/g, '');

export const rule: CorpusRule<Record<string, never>> = {
  meta: {
    id: 'body-naming',
    title: '同一单位在各文件中名称一致',
    severity: 'warning',
    category: 'cross-document',
    appliesTo: {},
    basis: '同一主体的预决算公开应使用同一规范名称',
    docs: '一并检查的文件中，经链接判定为同一单位（去掉地区前缀、“（本级）”、“委员会/委”等差异后相同）的文件，其封面或标题中的单位名称应完全一致；名称不同的文件各报告一次，并给出另一写法的出处。',
    options: { schema: z.object({}), defaults: {} },
  },
  checkCorpus(corpus) {
    const out: CorpusFindingDraft[] = [];
    for (const body of corpus.bodies.values()) {
      const docs = corpus.docs.filter((d) => d.body === body.key && d.model.identity.org);
      const count = new Map<string, number>();
      for (const d of docs) count.set(printed(d.model.identity.org!), (count.get(printed(d.model.identity.org!)) ?? 0) + 1);
      if (count.size < 2) continue;
      const main = [...count].sort((a, b) => b[1] - a[1])[0][0];
      const ref = docs.find((d) => printed(d.model.identity.org!) === main)!;
      for (const d of docs) {
        const name = printed(d.model.identity.org!);
        if (name === main) continue;
        const src = d.model.identity.source ?? { file: d.model.file, line: 1 };
        const rsrc = ref.model.identity.source ?? { file: ref.model.file, line: 1 };
        out.push({
          file: d.model.file,
          message: `单位名称“${name}”与同一单位其他文件中的“${main}”（${ref.model.file}）不一致`,
          stated: name,
          expected: main,
          evidence: [ev(src, name), ev(rsrc, main)],
        });
      }
    }
    return out;
  },
};
