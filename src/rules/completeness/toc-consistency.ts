/** 目录与正文一致：目录列出的报表在文件中应当存在。 */
import type { DisclosureModel, TableKey } from '../../model/types.js';
import { ev } from '../format.js';
import type { FindingDraft, Rule } from '../types.js';
import { STANDARD } from './standard-tables.js';

/** Section entries of the contents whose title is printed nowhere after the contents. */
function missingSections(model: DisclosureModel): FindingDraft[] {
  const toc = (model.toc ?? []).filter((e) => !e.isTable && e.numbering && e.title.replace(/\s+/g, '').length >= 4);
  const seen = new Set<string>();
  return toc
    .filter((e) => e.inBody === false && !seen.has(e.title) && seen.add(e.title))
    .map((e) => ({ message: `目录中的“${e.numbering}${e.title}”在正文中未找到`, stated: `${e.numbering}${e.title}`, evidence: [ev(e.source, `${e.numbering}${e.title}`)] }));
}

export const rule: Rule = {
  meta: {
    id: 'toc-consistency',
    title: '目录与正文不一致',
    severity: 'warning',
    category: 'completeness',
    appliesTo: {},
    basis: '公开文件的目录应与正文实际包含的报表、章节一致',
    docs: '目录列出的章节（第X部分、一、（一）等）在正文中找不到（标题文字在正文任何位置都没有出现）时提示。文件印有报表正文时，目录（或“附表”清单）列出的报表在正文中找不到的也提示，如目录列出项目支出表、政府采购表、绩效目标表而正文未印；9 张标准报表缺失由 standard-tables 报告，此处不重复；报表另行公开（见 tables-elsewhere）或文件只有说明时不检查报表。',
  },
  check(model) {
    if (model.identity.isTemplate) return [];
    const sections = missingSections(model);
    if (model.tablesElsewhere || model.tables.length < 3) return sections;
    const standard = new Set<TableKey>(STANDARD[model.identity.kind ?? 'budget'].map(([k]) => k));
    const have = new Set(model.tables.map((t) => t.key));
    const out: FindingDraft[] = [];
    const seen = new Set<TableKey>();
    for (const r of model.tableReferences) {
      if (r.key === 'other' || standard.has(r.key) || have.has(r.key) || seen.has(r.key)) continue;
      seen.add(r.key);
      out.push({ message: `目录列出的“${r.title}”在正文中未找到`, stated: r.title, evidence: [ev(r.source, r.title)] });
    }
    return [...sections, ...out];
  },
};
