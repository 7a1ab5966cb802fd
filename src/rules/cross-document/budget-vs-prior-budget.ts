import { z } from 'zod';
import type { CorpusRule } from '../types.js';
import { checkPriors } from './prior-figures.js';

export const rule: CorpusRule<Record<string, never>> = {
  meta: {
    id: 'budget-vs-prior-budget',
    title: '预算所述上年数与上年预算公开数一致',
    severity: 'error',
    category: 'cross-document',
    appliesTo: { kinds: ['budget'] },
    basis: '预算说明中的上年预算数应与上年公开的预算一致',
    docs: '同时检查同一单位相邻两年的预算时，将后一年表格中的上年数列（按科目编码）以及说明中“比上年增加/减少”所隐含或直接引用的上年数（收支总计、财政拨款、一般公共预算财政拨款支出、基本支出、人员经费、公用经费、“三公”经费及其各项、机关运行经费）与前一年文件中的对应数字比较（按印刷精度容差）。两处均给出证据。',
    options: { schema: z.object({}), defaults: {} },
  },
  checkCorpus(corpus) {
    return checkPriors(corpus, 'budget');
  },
};
