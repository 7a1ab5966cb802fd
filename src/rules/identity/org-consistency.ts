/** 单位名称前后一致：标题、报表名称中不得有占位符或其他单位的名称。 */
import { sourceAt } from '../../normalize/paragraphs.js';
import type { DisclosureModel, Section } from '../../model/types.js';
import type { SourceRef } from '../../model/source.js';
import { ev } from '../format.js';
import type { FindingDraft, Rule } from '../types.js';
import { normOrg, orgInTitle, PLACEHOLDER_ORG, sameOrg } from './org-names.js';

/** Another body's name is explained when the document relates the two (`主管部门`, `所属单位` …). */
const RELATION = /主管|所属|下属|隶属|归口|代管|委托|转移支付|补助/;

function titles(model: DisclosureModel): { text: string; source: SourceRef }[] {
  const out: { text: string; source: SourceRef }[] = [];
  const walk = (ss: Section[]) => {
    for (const s of ss) {
      if (s.level <= 2) out.push({ text: s.title, source: s.source });
      walk(s.children);
    }
  };
  walk(model.sections);
  for (const y of model.yearMentions ?? []) if (y.kind === 'table-title') out.push({ text: y.text, source: y.source });
  for (const t of model.tables) out.push({ text: t.title, source: t.source });
  return out;
}

export const rule: Rule = {
  meta: {
    id: 'org-consistency',
    title: '单位名称前后不一致或为占位符',
    severity: 'error',
    category: 'identity',
    appliesTo: {},
    basis: '同一份公开文件的封面、标题和报表名称应为同一单位，且不得保留模板占位符',
    docs: '检查单位名称：（1）标题、报表名称和说明文字中以占位符代替的单位名称（如“XX局”“××区财政局”“某某单位”），文件本身是空白模板时不报告；（2）封面单位名称已识别并在文件中多次出现时，章节标题或报表名称中写作“某单位 2026 年部门预算”的单位名称与之不同（去掉省市区前缀后互不包含），常见于套用其他单位的文件。文件说明了两单位的关系（主管部门、所属单位等）时不报告。报表“编制部门”栏所署名称见 org-mismatch。',
  },
  check(model) {
    if (model.identity.isTemplate) return [];
    const out: FindingDraft[] = [];
    const seen = new Set<string>();
    // 1. placeholder body names, anywhere
    for (const p of model.paragraphs) {
      const m = PLACEHOLDER_ORG.exec(p.text);
      if (!m || seen.has(m[0])) continue;
      seen.add(m[0]);
      out.push({ message: `单位名称为占位符“${m[0]}”，未填写实际单位`, stated: m[0], evidence: [ev(sourceAt(p, m.index), p.text.slice(Math.max(0, m.index - 10), m.index + m[0].length + 10))] });
    }
    const all = titles(model);
    for (const t of all) {
      const m = PLACEHOLDER_ORG.exec(t.text);
      if (!m || seen.has(m[0])) continue;
      seen.add(m[0]);
      out.push({ message: `标题中的单位名称为占位符“${m[0]}”：${t.text}`, stated: m[0], evidence: [ev(t.source, t.text)] });
    }
    // 2. another body's name in a cover-style title
    const org = model.identity.org;
    if (!org || normOrg(org).length < 3 || PLACEHOLDER_ORG.test(org)) return out;
    const text = model.paragraphs.map((p) => p.text).join('\n');
    const want = normOrg(org);
    const confirmed = text.split(want).length - 1 + all.filter((t) => t.text.replace(/\s+/g, '').includes(want)).length >= 2;
    if (!confirmed) return out;
    for (const t of all) {
      const name = orgInTitle(t.text);
      if (!name || normOrg(name).length < 3 || sameOrg(name, org) || seen.has(name)) continue;
      // the document relates the two bodies (a unit of a department, a transfer to another body)
      const related = model.paragraphs.some((p) => p.text.includes(normOrg(name)) && RELATION.test(p.text));
      if (related) continue;
      seen.add(name);
      out.push({ message: `标题中的单位“${name}”与文件单位“${org}”不一致：${t.text}`, stated: name, expected: org, evidence: [ev(t.source, t.text)] });
    }
    return out;
  },
};
