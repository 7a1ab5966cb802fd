/** 说明须涵盖的事项：“三公”经费（三项）、机关运行经费、政府采购、国有资产占用、绩效、名词解释。 */
import { z } from 'zod';
import type { FindingDraft, Rule } from '../types.js';

/** `figures`: the topic must be stated with figures (a definition in the glossary does not count). */
const TOPICS: { id: TopicId; name: string; all: RegExp[]; figures?: boolean }[] = [
  { id: 'three-public', name: '“三公”经费（因公出国（境）费、公务用车购置及运行费、公务接待费）', all: [/三公/, /因公出国|出国（境）/, /公务用车/, /公务接待/], figures: true },
  { id: 'operating-expenses', name: '机关运行经费', all: [/机关运行经费|行政运行经费|机构运行经费/], figures: true },
  { id: 'procurement', name: '政府采购', all: [/政府采购(?:预算|支出|金额|总额|项目|合同|货物|工程|服务|情况|资金)/], figures: true },
  { id: 'assets', name: '国有资产占用情况', all: [/国有资产|资产占用|资产占有|固定资产|车辆\s*\d+\s*[辆台]|\d+\s*台[（(]套[）)]/], figures: true },
  { id: 'performance', name: '绩效（绩效目标或绩效评价）', all: [/绩效(?!工资)[^。]*(?:\d|详见|见附|附件|附表|目标表|自评表)|(?:\d|详见|见附|附件|附表)[^。]*绩效(?!工资)/] },
  { id: 'glossary', name: '名词解释', all: [/名词解释|名称解释|专业名词|术语解释|名词说明/] },
];

const TOPIC_IDS = ['three-public', 'operating-expenses', 'procurement', 'assets', 'performance', 'glossary'] as const;
type TopicId = (typeof TOPIC_IDS)[number];

const OPTIONS = z
  .object({
    topics: z.array(z.enum(TOPIC_IDS)).describe('须说明的事项：three-public “三公”经费、operating-expenses 机关运行经费、procurement 政府采购、assets 国有资产占用、performance 绩效、glossary 名词解释'),
  })
  .strict();
export type RequiredTopicsOptions = z.infer<typeof OPTIONS>;

/** A tables-only attachment (the narrative published as a separate file) has no topics to look for. */
const NARRATIVE = /\d\s*(?:万元|元)[^。]{0,40}(?:比|较|增加|减少|增长|下降|持平|占)|(?:比|较)[^。]{0,30}(?:增加|减少|增长|下降|持平)/;
const hasNarrative = (texts: string[]) => texts.filter((t) => NARRATIVE.test(t)).length >= 2;

const DEFINITION = /^[^，。]{0,20}[：:]\s*(?:指|是指|反映)|^[^，。]{0,30}(?:是指|指的是)/;
const FIGURE = /\d/;

export const rule: Rule<RequiredTopicsOptions> = {
  meta: {
    id: 'required-topics',
    title: '说明缺少必备事项',
    severity: 'warning',
    category: 'completeness',
    appliesTo: {},
    basis: '部门预算、决算公开说明须包括“三公”经费、机关运行经费、政府采购、国有资产占用、绩效、名词解释等事项',
    docs: '在说明文字中查找各必备事项：“三公”经费（须提到全部三项）、机关运行经费、政府采购、国有资产占用须有带数字的说明（名词解释中的定义不算），绩效、名词解释须有相应段落或标题。未找到时提示（部分地区要求不同，故为警告）。只有报表、没有说明文字的文件（说明另行公开）不检查。',
    options: { schema: OPTIONS, defaults: { topics: [...TOPIC_IDS] } },
  },
  check(model, { options }) {
    if (model.identity.isTemplate) return [];
    const all = model.paragraphs.map((p) => p.text);
    if (model.tables.length && !hasNarrative(all)) return [];
    const bare = (p: string) => p.replace(/20\d{2}\s*年(?:度)?|^\s*[（(]?[一二三四五六七八九十\d]+[）)、.．]/g, '');
    const hasFigure = (p: string) => FIGURE.test(bare(p)) && !DEFINITION.test(p.replace(/^\s*(?:[（(]?[一二三四五六七八九十\d]+[）)、.．])\s*/, ''));
    // a paragraph with figures counts with the heading right above it (`二、机关运行经费支出情况` + `合计 18.01 万元`)
    const stated = all.flatMap((p, i) => (hasFigure(p) ? [i > 0 && all[i - 1].length <= 40 && !hasFigure(all[i - 1]) ? `${all[i - 1]} ${p}` : p] : []));
    const out: FindingDraft[] = [];
    for (const t of TOPICS.filter((x) => options.topics.includes(x.id))) {
      const text = (t.figures ? stated : all.map(bare)).join('\n');
      const missing = t.all.filter((re) => !re.test(text));
      if (missing.length) out.push({ message: `说明中未找到必备事项：${t.name}`, stated: t.name, evidence: [] });
    }
    return out;
  },
};
