/** 文件是未填写的模板：说明只做结构检查，不做数字核对。 */
import { ev } from '../format.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'template-document',
    title: '文件为空白模板',
    severity: 'info',
    category: 'identity',
    appliesTo: {},
    basis: '模板（格式样张）的单位名称和数字是占位符，不是公开数据',
    docs: '单位名称或数字以 XX、××、某某 等占位符代替的文件被识别为空白模板（如财政部门下发的公开格式样张）。此时只报告这一提示：占位符不作为错误，数字核对和必备事项检查不进行。若这是一份应当公开的正式文件，说明填写未完成。',
  },
  check(model) {
    if (!model.identity.isTemplate) return [];
    const where = model.identity.source ?? model.tables[0]?.source;
    const quote = model.identity.org ?? model.tables[0]?.title ?? '';
    return [
      {
        message: `本文件是空白模板（单位名称“${quote}”等为占位符），未做数字核对`,
        stated: quote,
        evidence: where ? [ev(where, quote)] : [],
      },
    ];
  },
};
