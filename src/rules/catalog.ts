/** The rule catalog, generated from rule metadata (never written twice). */
import type { Rule } from './types.js';

const SEV = { error: '错误', warning: '警告', info: '提示' } as const;
const KIND = { budget: '预算', final: '决算' } as const;
const CATEGORY: Record<string, string> = {
  completeness: '完整性',
  'table-arithmetic': '表内勾稽',
  'cross-table': '表间勾稽',
  narrative: '说明文字计算',
  'narrative-vs-table': '说明与报表一致',
  'three-public': '“三公”经费',
  codes: '科目编码',
  statements: '表述与数字',
  identity: '身份与占位符',
};
const cat = (r: Rule) => `${CATEGORY[r.meta.category] ?? r.meta.category}（${r.meta.category}）`;

const applies = (r: Rule) => (r.meta.appliesTo.kinds ?? ['budget', 'final']).map((k) => KIND[k]).join('、');

export function rulesText(rules: Rule[]): string {
  return rules.map((r) => `${r.meta.id.padEnd(34)} ${SEV[r.meta.severity]}  ${r.meta.title}（${applies(r)}）`).join('\n');
}

export function rulesMarkdown(rules: Rule[]): string {
  const out = [
    '# Rule catalog',
    '',
    'Generated from rule metadata by `npm run docs:rules` (`budgetlens rules --markdown`); do not edit by hand.',
    '',
    '| id | 标题 | 严重程度 | 类别 | 适用 |',
    '| --- | --- | --- | --- | --- |',
    ...rules.map((r) => `| \`${r.meta.id}\` | ${r.meta.title} | ${SEV[r.meta.severity]} | ${cat(r)} | ${applies(r)} |`),
    '',
  ];
  for (const r of rules) {
    out.push(`## \`${r.meta.id}\` — ${r.meta.title}`, '', `- 严重程度：${SEV[r.meta.severity]}`, `- 类别：${cat(r)}`, `- 适用：${applies(r)}`, `- 依据：${r.meta.basis}`, '', r.meta.docs, '');
  }
  return out.join('\n');
}
