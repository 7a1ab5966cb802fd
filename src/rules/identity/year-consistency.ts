/** 年度前后一致：标题、报表名称、截至日期、实施周期、与某年比较的年份。 */
import type { DisclosureModel, YearMention } from '../../model/types.js';
import { ev } from '../format.js';
import type { FindingDraft, Rule } from '../types.js';
import { establishedYear, OTHER_YEAR_CONTEXT } from './document-year.js';

/** The years a comparison may name: a budget compares with last year; a final also with its own year's budget. */
function comparisonYears(model: DisclosureModel, y: number, basis: string): number[] {
  if (model.identity.kind === 'final') return [y, y - 1];
  // a budget may quote the latest final account (two years back)
  return /决算/.test(basis) ? [y - 1, y - 2] : [y - 1];
}

function issue(model: DisclosureModel, y: number, m: YearMention): FindingDraft | null {
  const kind = model.identity.kind;
  const at = [ev(m.source, m.text)];
  switch (m.kind) {
    case 'table-title':
      if (m.year === y || OTHER_YEAR_CONTEXT.test(m.text)) return null;
      return { message: `报表标题的年度 ${m.year} 年与文件年度 ${y} 年不一致：${m.text}`, stated: `${m.year}年`, expected: `${y}年`, evidence: at };
    case 'heading':
      if (m.year === y || OTHER_YEAR_CONTEXT.test(m.text) || !/预算|决算/.test(m.text)) return null;
      return { message: `标题的年度 ${m.year} 年与文件年度 ${y} 年不一致：${m.text}`, stated: `${m.year}年`, expected: `${y}年`, evidence: at };
    case 'as-of': {
      if (!m.yearEnd || !m.holdings || !kind) return null;
      const want = kind === 'final' ? y : y - 1;
      if (m.year === want) return null;
      const why = kind === 'final' ? `${y} 年度决算的数据截至 ${y} 年年末` : `${y} 年预算编制时的数据截至 ${y - 1} 年年末`;
      return { message: `截至日期的年度 ${m.year} 年有误（${why}）`, stated: `${m.year}年`, expected: `${want}年`, evidence: at };
    }
    case 'period': {
      const end = m.endYear ?? m.year;
      if (m.year <= y && end >= y) return null;
      return { message: `实施周期 ${m.year}${m.endYear ? `–${m.endYear}` : ''} 年不包含文件年度 ${y} 年`, stated: m.text, expected: `包含${y}年`, evidence: at };
    }
    case 'comparison': {
      const ok = comparisonYears(model, y, m.basis ?? '');
      // only comparisons of the budget's own figures (not a city's growth since some base year)
      if (!kind || ok.includes(m.year) || !/预算|决算|收入|支出|经费|拨款/.test(m.text)) return null;
      return { message: `与 ${m.year} 年比较的年份有误：${y} 年${kind === 'final' ? '决算' : '预算'}应与 ${ok.join(' 或 ')} 年比较`, stated: `${m.year}年`, expected: `${ok[0]}年`, evidence: at };
    }
  }
}

export const rule: Rule = {
  meta: {
    id: 'year-consistency',
    title: '文件各处年度不一致',
    severity: 'error',
    category: 'identity',
    appliesTo: {},
    basis: '同一份预算（决算）公开文件的标题、报表名称、截至日期、实施周期、比较年份须与文件年度一致',
    docs: '文件年度明确时（至少两个标题或报表名称印有该年度，且多于其他年度两倍以上），检查：报表标题（包括以年度开头的标题）和章节标题的年度；资产、车辆等数据的截至日期（Y 年决算截至 Y 年 12 月 31 日，Y 年预算截至 Y−1 年年末）；项目实施周期须包含文件年度；“比 YYYY 年”的比较年份（预算与上年比较，决算与上年或本年年初预算比较，预算也可与 Y−2 年决算比较）。年度不明确时不报告（标题年度不一致由 year-mismatch 提示）。绩效目标中的完成期限等不是截至日期，不检查。',
  },
  check(model) {
    const y = establishedYear(model);
    if (!y) return [];
    const out: FindingDraft[] = [];
    for (const m of model.yearMentions ?? []) {
      const f = issue(model, y, m);
      if (f) out.push(f);
    }
    return out;
  },
};
