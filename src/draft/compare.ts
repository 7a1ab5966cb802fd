/**
 * The published narrative beside the draft: each published sentence with figures (the model's
 * mentions) next to the drafted sentences on the same figures, the figures that differ, and whether
 * the difference is an error (a finding of the checker quotes the sentence) or wording only.
 */
import type { Finding } from '../rules/types.js';
import type { DisclosureModel, Mention } from '../model/types.js';
import type { SourceRef } from '../model/source.js';
import { toWan, radiusWan } from '../model/amount.js';
import type { Decimal } from '../model/decimal.js';
import type { Draft } from './draft.js';
import type { DraftSentence } from './compose.js';

export interface PublishedFigure {
  raw: string;
  subject: string;
  /** Figure key of the draft it corresponds to, when the subject names one. */
  key?: string;
  /** A drafted figure equal to it within its printed precision. */
  reproduced: boolean;
  /** The drafted figure of the same key, when there is one and it differs. */
  drafted?: string;
}

export interface ComparedSentence {
  text: string;
  source: SourceRef;
  figures: PublishedFigure[];
  drafted: DraftSentence[];
  /**
   * `error`: a finding of the checker quotes it; `figures`: a figure differs from the draft's but the
   * checker finds no error (another scope or basis, e.g. all funds vs 一般公共预算); `wording`: the
   * figures agree, the words differ; `same`: identical.
   */
  status: 'error' | 'figures' | 'wording' | 'same';
  findings: Finding[];
}

export interface Comparison {
  sentences: ComparedSentence[];
  /** Published figures with a drafted counterpart / of those reproduced, not counting sentences marked as errors. */
  figures: { comparable: number; reproduced: number; inErrors: number };
  /** Errors and warnings of the checker outside the compared sentences (tables, other text). */
  otherFindings: Finding[];
}

const KEYS: [RegExp, string][] = [
  // parts the draft does not state (left blank for the author)
  [/政府采购(?:货物|工程|服务)|中小企业|小型和微型|小微企业|年初|上年|结转|结余|绩效|委托|涉及|增加|减少|增长|下降/, ''],
  // fixed assets bought (拟购置固定资产) are no 公务用车购置; the other funds' figures are not drafted
  [/固定资产|政府性基金|国有资本经营/, ''],
  [/财政拨款[^，。]*(?:收支|收、支|收入支出)(?:总预算|总计)/, 'fiscal_total'],
  [/运行经费/, 'operating_expenses'],
  [/购置及运行/, 'three_public_vehicle'],
  [/购置/, 'three_public_vehicle_purchase'],
  [/(?:财政拨款|一般公共预算)[^，。]*基本支出/, 'basic_gb'],
  [/一般公共预算(?:拨款)?收入|一般公共预算拨款(?!支出)/, 'general_budget_appropriation'],
  [/“?三公”?经费/, 'three_public_total'],
  [/因公出国/, 'three_public_outbound'],
  [/公务用车购置及运行/, 'three_public_vehicle'],
  [/购置费/, 'three_public_vehicle_purchase'],
  [/运行(?:维护)?费/, 'three_public_vehicle_operation'],
  [/公务用车/, 'three_public_vehicle'],
  [/公务接待/, 'three_public_reception'],
  [/机关运行经费|行政运行经费/, 'operating_expenses'],
  [/政府采购/, 'procurement_total'],
  [/人员经费/, 'personnel_expenses'],
  [/公用经费/, 'public_expenses'],
  [/基本支出/, 'basic_expenditure'],
  [/项目支出/, 'project_expenditure'],
  [/一般公共预算/, 'gb_total'],
  [/财政拨款/, 'fiscal_appropriation_revenue'],
  [/本年收入合计/, 'current_revenue'],
  [/本年支出合计/, 'current_expenditure'],
  [/总计|收.{0,2}支总预算/, 'total_revenue'],
];

/** A class or 项 name without the level marks and separators: `一般公共服务支出-…-行政运行` = `…（类）…（项）`. */
const bareName = (s: string) => s.replace(/[（(][类款项][)）]|[-—–“”"\s]|科目$/g, '');

export function keyOf(m: Pick<Mention, 'subject' | 'code'>, names?: Map<string, string>): string | undefined {
  if (m.code && /^\d{3}$/.test(m.code)) return `class:${m.code}`;
  if (m.code && /^\d{7}$/.test(m.code)) return `item:${m.code}`;
  const byName = names?.get(bareName(m.subject));
  if (byName) return byName;
  return KEYS.find(([re]) => re.test(m.subject))?.[1] || undefined;
}

const compact = (s: string) => s.replace(/[\s，。；：、,.;:]/g, '');

/**
 * The drafted figures a published one is compared with: those of its subject and fund scope. A function
 * class stated for the 一般公共预算 / 财政拨款 is the 一般公共预算 table's; one stated for all funds is the
 * 支出表's (`class:205:all`, drafted when other funds change the classes); a class without a stated
 * scope may be either (as for the checker).
 */
function scopedKeys(key: string, m: Mention, drafted: DraftSentence[]): string[] {
  if (!/^class:\d+$/.test(key)) return [key];
  const all = `${key}:all`;
  const hasAll = drafted.some((p) => p.figures.some((f) => f.key === all));
  if (m.scope === 'all') return hasAll ? [all] : [key];
  if (m.scope === 'general' || m.scope === 'fiscal') return [key];
  if (m.scope) return []; // 政府性基金 / 国有资本经营: not drafted by class
  return hasAll ? [key, all] : [key];
}

/** The evidence quotes the sentence (or the sentence quotes the evidence). */
function quotes(f: Finding, text: string): boolean {
  const c = compact(text);
  return f.evidence.some((e) => {
    const q = compact(e.text ?? '');
    return q.length >= 8 && (c.includes(q.slice(0, 24)) || q.includes(c.slice(0, 24)));
  });
}

/** The evidence sits on the sentence's line and starts with words of it (a quote cut differently). */
function onLine(f: Finding, text: string, source: SourceRef): boolean {
  const c = compact(text);
  return f.evidence.some((e) => {
    const q = compact(e.text ?? '');
    return e.line === source.line && (e.page ?? 0) === (source.page ?? 0) && q.length > 0 && c.includes(q.slice(0, 8));
  });
}

/** Findings of each sentence: those quoting it, else (for findings quoting no sentence) those on its line. */
function findingsBySentence(sentences: { text: string; source: SourceRef }[], findings: Finding[]): Finding[][] {
  const strong = sentences.map((s) => findings.filter((f) => quotes(f, s.text)));
  const placed = new Set(strong.flat());
  return sentences.map((s, i) => [...strong[i], ...findings.filter((f) => !placed.has(f) && onLine(f, s.text, s.source))]);
}

export function compareWithPublished(model: DisclosureModel, draft: Draft, findings: Finding[]): Comparison {
  const bySentence = new Map<string, Mention[]>();
  for (const m of model.mentions) {
    const list = bySentence.get(m.text) ?? [];
    list.push(m);
    bySentence.set(m.text, list);
  }
  const drafted = draft.sections.flatMap((s) => s.paragraphs);
  const names = new Map([...draft.figures.values()].filter((f) => f.name && /^(?:class|item):\d+$/.test(f.key)).map((f) => [bareName(f.name!), f.key] as const));
  const allDrafted = drafted.flatMap((p) => p.figures.filter((f) => f.kind === 'amount'));
  const sentences: ComparedSentence[] = [];
  const totals = { comparable: 0, reproduced: 0, inErrors: 0 };
  const entries = [...bySentence];
  const found = findingsBySentence(entries.map(([text, ms]) => ({ text, source: ms[0].source })), findings);
  for (const [i, [text, ms]] of entries.entries()) {
    const figures: PublishedFigure[] = [];
    const keys = new Set<string>();
    for (const m of ms) {
      const key = m.role === 'current' ? keyOf(m, names) : undefined;
      const v = toWan(m.amount);
      const r = radiusWan(m.amount);
      const near = (exact: Decimal) => exact.sub(v).abs().lte(r);
      const cands = key ? scopedKeys(key, m, drafted) : [];
      const same = allDrafted.filter((f) => cands.includes(f.key));
      // only figures the draft states (the same key) can be reproduced: others come from no table
      if (!same.length) continue;
      const reproduced = same.some((f) => near(f.exact));
      for (const k of cands) keys.add(k);
      const pf: PublishedFigure = { raw: m.amount.raw, subject: m.subject, key, reproduced };
      if (!reproduced && same.length) pf.drafted = same[0].printed;
      figures.push(pf);
    }
    const hits = found[i];
    if (!figures.length && !hits.length) continue;
    const mine = drafted.filter((p) => p.figures.some((f) => keys.has(f.key)));
    const status: ComparedSentence['status'] = hits.some((f) => f.severity !== 'info')
      ? 'error'
      : figures.some((f) => !f.reproduced)
        ? 'figures'
        : mine.some((p) => compact(p.text) === compact(text))
          ? 'same'
          : 'wording';
    for (const f of figures) {
      if (status === 'error') totals.inErrors++;
      else {
        totals.comparable++;
        if (f.reproduced) totals.reproduced++;
      }
    }
    sentences.push({ text, source: ms[0].source, figures, drafted: mine.slice(0, 3), status, findings: hits });
  }
  const attached = new Set(sentences.flatMap((s) => s.findings));
  return { sentences, figures: totals, otherFindings: findings.filter((f) => !attached.has(f) && f.severity !== 'info') };
}

/** The comparison as Markdown: published sentence, drafted sentences, differing figures, verdict. */
export function comparisonMarkdown(c: Comparison): string {
  const out = ['## 与已公开说明的对照', '', `公开说明中可对照的数字 ${c.figures.comparable} 个，起草稿重现 ${c.figures.reproduced} 个；另有 ${c.figures.inErrors} 个数字所在语句被检查发现错误。`, ''];
  for (const s of c.sentences) {
    const verdict = { error: '**错误**', figures: '数字不同（检查未发现错误，可能口径不同）', wording: '措辞不同', same: '一致' }[s.status];
    out.push(`- 公开（${s.source.page ? `第${s.source.page}页` : ''}第${s.source.line}行，${verdict}）：${s.text}`);
    for (const d of s.drafted) out.push(`  - 起草：${d.text}`);
    for (const f of s.figures.filter((x) => !x.reproduced)) out.push(`  - 差异：${f.subject} 公开 ${f.raw}${f.drafted ? `，起草 ${f.drafted}` : '，起草稿无对应数字'}`);
    for (const f of s.findings) out.push(`  - 检查结果：[${f.rule}] ${f.message}`);
  }
  if (c.otherFindings.length) {
    out.push('', '### 报表及其他部分的错误', '');
    for (const f of c.otherFindings) out.push(`- [${f.rule}] ${f.message}${f.evidence[0] ? `：${f.evidence[0].text}` : ''}`);
  }
  return out.join('\n') + '\n';
}
