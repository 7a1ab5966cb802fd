/** 报表不在本文件中（另附或未公开）。 */
import type { Rule } from '../types.js';
import { ev } from '../format.js';

export const rule: Rule = {
  meta: {
    id: 'tables-elsewhere',
    title: '报表未包含在文件中',
    severity: 'warning',
    category: 'completeness',
    appliesTo: {},
    basis: '公开文件应包含报表；报表另行公布时，说明与报表之间的核对无法进行',
    docs: '文件说明报表“详见附件”“见附表”，或文件中未找到任何报表时，给出一条警告（不逐表报告缺失）。此时只能检查说明文字自身的计算。',
  },
  check(model) {
    if (model.tablesElsewhere) {
      return [{ message: `报表不在本文件中（${model.tablesElsewhere.text}），说明与报表的核对无法进行`, stated: model.tablesElsewhere.text, evidence: [ev(model.tablesElsewhere.source, model.tablesElsewhere.text)] }];
    }
    if (!model.tables.length) return [{ message: '文件中未找到报表，说明与报表的核对无法进行', evidence: [] }];
    return [];
  },
};
