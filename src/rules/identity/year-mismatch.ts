/** 报表或章节标题的年度与文件年度不一致。 */
import type { Section } from '../../model/types.js';
import { ev } from '../format.js';
import type { FindingDraft, Rule } from '../types.js';
import { establishedYear } from './document-year.js';

const TITLE_YEAR = /(20\d{2})\s*年(?:度)?(?=[^，。]*?(?:预算|决算|表|说明))/;

function* walk(ss: Section[]): Generator<Section> {
  for (const s of ss) {
    yield s;
    yield* walk(s.children);
  }
}

export const rule: Rule = {
  meta: {
    id: 'year-mismatch',
    title: '标题年度与文件年度不一致',
    severity: 'warning',
    category: 'identity',
    appliesTo: {},
    basis: '同一份预算（决算）公开文件的报表和章节标题应使用同一年度',
    docs: '文件年度已识别时，检查各报表标题和第一、二级章节标题中的年度（如“2023年部门收支总表”出现在 2024 年文件中），常见于沿用上年文件未改年度。说明正文中与上年比较的年份不检查。文件年度明确时，这些不一致改由 year-consistency 作为错误报告，本规则不再重复。',
  },
  check(model) {
    const y = model.identity.year;
    if (!y || establishedYear(model)) return [];
    const out: FindingDraft[] = [];
    for (const t of model.tables) {
      const m = TITLE_YEAR.exec(t.title);
      if (m && Number(m[1]) !== y) out.push({ message: `报表标题年度 ${m[1]} 与文件年度 ${y} 不一致：${t.title}`, stated: `${m[1]}年`, expected: `${y}年`, evidence: [ev(t.source, t.title)] });
    }
    for (const s of walk(model.sections)) {
      if (s.level > 2) continue;
      const m = TITLE_YEAR.exec(s.title);
      if (m && Number(m[1]) !== y && !/上年|比较|对比/.test(s.title)) out.push({ message: `章节标题年度 ${m[1]} 与文件年度 ${y} 不一致：${s.title}`, stated: `${m[1]}年`, expected: `${y}年`, evidence: [ev(s.source, s.title)] });
    }
    return out;
  },
};
