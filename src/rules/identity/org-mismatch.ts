/** 报表“编制部门/单位名称”与封面单位名称不一致。 */
import { sourceAt } from '../../normalize/paragraphs.js';
import { ev } from '../format.js';
import type { FindingDraft, Rule } from '../types.js';

const ORG_LABEL = /(?:编制(?:部门|单位)|部门（单位）名称|部门名称|单位名称)[：:\s]\s*([\p{Script=Han}（）()A-Za-z]{4,40})/gu;
const norm = (s: string) =>
  s
    .replace(/\s+/g, '')
    .replace(/[()]/g, (c) => (c === '(' ? '（' : '）'))
    .replace(/（(?:本级|本部|部门|单位)）$/, '')
    .replace(/^(?:[\p{Script=Han}]{2,3}(?:省|市|自治区))?(?:[\p{Script=Han}]{2,3}(?:市|区|县))?/u, '');

export const rule: Rule = {
  meta: {
    id: 'org-mismatch',
    title: '报表所署单位与封面单位不一致',
    severity: 'warning',
    category: 'identity',
    appliesTo: {},
    basis: '同一份公开文件各报表的编制部门（单位名称）应与封面一致',
    docs: '封面（或标题）单位名称已识别时，检查“编制部门：”“部门（单位）名称”等处所署名称；去掉省市区前缀后互不包含时提示，常见于套用其他单位文件。',
  },
  check(model) {
    const org = model.identity.org;
    if (!org || model.identity.isTemplate) return [];
    const want = norm(org);
    if (want.length < 3) return [];
    const out: FindingDraft[] = [];
    const seen = new Set<string>();
    for (const p of model.paragraphs) {
      for (const m of p.text.matchAll(ORG_LABEL)) {
        const name = m[1].replace(/单位$/, '');
        const got = norm(name);
        if (got.length < 3 || got.includes(want) || want.includes(got) || seen.has(got)) continue;
        if (/^(?:预算|决算|项目|金额)/.test(got)) continue;
        seen.add(got);
        out.push({ message: `所署单位“${name}”与文件单位“${org}”不一致`, stated: name, expected: org, evidence: [ev(sourceAt(p, m.index!), m[0])] });
      }
    }
    return out;
  },
};
