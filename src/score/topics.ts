/** The narrative topics of the rubric and where a document states them. */
import type { DisclosureModel } from '../model/types.js';
import type { SourceRef } from '../model/source.js';

export interface Topic {
  id: string;
  name: string;
  /** Every pattern must match (one paragraph, with the heading right above it). */
  all: RegExp[];
  /** The topic must be stated with figures. */
  figures?: boolean;
}

export const TOPICS: Topic[] = [
  { id: 'totals', name: '收支总体情况', all: [/收.{0,2}支总计|收支总预算|收支预算总|收入总计|收入预算总|收支总体|(?:收入|支出)预算(?:总额|总计|为)?[\d,.]+/], figures: true },
  { id: 'revenue', name: '收入情况', all: [/本年收入|收入预算|收入决算|收入合计/], figures: true },
  { id: 'expenditure', name: '支出情况', all: [/本年支出|支出预算|支出决算|支出合计/], figures: true },
  { id: 'fiscal', name: '财政拨款收支情况', all: [/财政拨款(?:收入|收支|收、支|支出)/], figures: true },
  { id: 'general', name: '一般公共预算财政拨款支出情况', all: [/一般公共预算[^。]{0,12}支出/], figures: true },
  { id: 'basic', name: '基本支出（人员经费、公用经费）', all: [/基本支出/, /人员经费|公用经费/], figures: true },
  { id: 'three', name: '“三公”经费', all: [/三公/, /因公出国|出国（境）/, /公务用车/, /公务接待/], figures: true },
  { id: 'operating', name: '机关运行经费', all: [/机关运行经费|行政运行经费|机构运行经费/], figures: true },
  { id: 'procurement', name: '政府采购', all: [/政府采购(?:预算|支出|金额|总额|项目|合同|货物|工程|服务|情况|资金)/], figures: true },
  { id: 'assets', name: '国有资产占用', all: [/国有资产|资产占用|资产占有|固定资产|车辆\s*\d+\s*[辆台]|\d+\s*台[（(]套[）)]/], figures: true },
  { id: 'performance', name: '绩效', all: [/绩效(?!工资)/] },
  { id: 'glossary', name: '名词解释', all: [/名词解释|名称解释|专业名词|术语解释|名词说明/] },
];

const YEAR_OR_NUMBERING = /20\d{2}\s*年(?:度)?|^\s*[（(]?[一二三四五六七八九十\d]+[）)、.．]/g;
/** Table titles and contents entries name topics without stating them. */
const TITLE_OR_TOC = /^\s*(?:附表|表|公开)\s*[\d一二三四五六七八九十]+|表\s*\d*\s*$|[.…·]{3,}\s*\d*\s*$/;
const hasFigure = (p: string) => /\d/.test(p.replace(YEAR_OR_NUMBERING, ''));

/** The first paragraph (with the short heading above it) that states the topic, quoted with its source. */
export function findTopic(m: DisclosureModel, t: Topic): { text: string; source?: SourceRef } | undefined {
  const ps = m.paragraphs;
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i].text;
    if (TITLE_OR_TOC.test(p) || (t.figures && !hasFigure(p))) continue;
    const prev = i > 0 && ps[i - 1].text.length <= 40 ? ps[i - 1].text : '';
    const text = `${prev} ${p} ${ps[i].section ?? ''}`;
    if (t.all.every((re) => re.test(text))) return { text: p.slice(0, 80), source: ps[i].spans[0]?.source };
  }
  if (!t.figures) {
    const s = findSection(m.sections, t);
    if (s) return s;
  }
  return undefined;
}

function findSection(sections: DisclosureModel['sections'], t: Topic): { text: string; source?: SourceRef } | undefined {
  for (const s of sections) {
    if (t.all.every((re) => re.test(s.title))) return { text: s.title, source: s.source };
    const c = findSection(s.children, t);
    if (c) return c;
  }
  return undefined;
}
