/**
 * Transparency score: a rubric of the kind inspectors use (docs/transparency-score.md), each point
 * with its evidence or the reason it was lost. Pure function of the model and the checker's findings;
 * weights from src/score/weights.json or a user's file (`--weights`), merged over the defaults.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { DisclosureModel, TableKey } from '../model/types.js';
import type { SourceRef } from '../model/source.js';
import type { Finding } from '../rules/types.js';
import { rules } from '../rules/engine.js';
import { TOPICS, findTopic } from './topics.js';

const num = z.number().min(0);
const WEIGHTS = z
  .object({
    tables: z.record(z.string(), num),
    topics: z.record(z.string(), num),
    detail: z.object({ function: num, econ: num }).strict(),
    three: z.record(z.string(), num),
    explanations: z.object({ weight: num, threshold: num }).strict(),
    consistency: z.object({ weight: num, error: num, warning: num }).strict(),
    readability: z.object({ textLayer: num, tables: num }).strict(),
  })
  .strict();
export type Weights = z.infer<typeof WEIGHTS>;

export class WeightsError extends Error {}

const DEFAULT_FILE = fileURLToPath(new URL('../../src/score/weights.json', import.meta.url));

/** The default weights, with a user's file (any subset of groups and items) merged over them. */
export function loadWeights(file?: string): Weights {
  const base = JSON.parse(readFileSync(DEFAULT_FILE, 'utf8')) as Weights;
  if (!file) return base;
  let user: Record<string, Record<string, number>>;
  try {
    user = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new WeightsError(`${file}: 无法读取评分权重文件（${(e as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : e instanceof SyntaxError ? '不是有效的 JSON' : '无法打开'}）`);
  }
  const merged: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(user ?? {})) merged[k] = typeof v === 'object' && v ? { ...(base as Record<string, object>)[k], ...v } : v;
  const r = WEIGHTS.safeParse(merged);
  if (!r.success) throw new WeightsError(`${file}: 评分权重文件格式错误：${r.error.issues[0].path.join('.')} ${r.error.issues[0].message}`);
  return r.data;
}

export type ScoreGroup = 'tables' | 'topics' | 'detail' | 'three' | 'explanations' | 'consistency' | 'readability';

export interface ScoreItem {
  id: string;
  group: ScoreGroup;
  title: string;
  weight: number;
  points: number;
  /** What earned the points (quote and where). */
  evidence?: { text: string; source?: SourceRef }[];
  /** Why points were lost. */
  lost?: string;
}

export interface Score {
  total: number;
  max: number;
  items: ScoreItem[];
}

const TABLE_TITLES: Record<string, string> = {
  summary: '收支总表', revenue: '收入表', expenditure: '支出表', fiscal_summary: '财政拨款收支总表', general_budget: '一般公共预算财政拨款支出表',
  basic: '一般公共预算财政拨款基本支出表', gov_fund: '政府性基金预算财政拨款支出表', state_capital: '国有资本经营预算财政拨款支出表', three_public: '“三公”经费支出表',
};
const THREE_TITLES: Record<string, string> = {
  three_public_outbound: '因公出国（境）费', three_public_vehicle_purchase: '公务用车购置费', three_public_vehicle_operation: '公务用车运行维护费', three_public_reception: '公务接待费',
};

const round2 = (x: number) => Math.round(x * 100) / 100;

function tableItems(m: DisclosureModel, w: Weights): ScoreItem[] {
  return Object.entries(w.tables).map(([key, weight]) => {
    const t = m.tables.find((x) => x.key === (key as TableKey));
    const title = `报表：${TABLE_TITLES[key] ?? key}`;
    return t
      ? { id: `table:${key}`, group: 'tables' as const, title, weight, points: weight, evidence: [{ text: t.title, source: t.source }] }
      : { id: `table:${key}`, group: 'tables' as const, title, weight, points: 0, lost: m.tablesElsewhere ? '本文件未含此表（说明称报表另行公开）' : '未找到此表' };
  });
}

function topicItems(m: DisclosureModel, w: Weights): ScoreItem[] {
  return Object.entries(w.topics).map(([id, weight]) => {
    const topic = TOPICS.find((t) => t.id === id);
    const title = `说明事项：${topic?.name ?? id}`;
    const hit = topic ? findTopic(m, topic) : undefined;
    return hit
      ? { id: `topic:${id}`, group: 'topics' as const, title, weight, points: weight, evidence: [hit] }
      : { id: `topic:${id}`, group: 'topics' as const, title, weight, points: 0, lost: topic?.figures ? '说明中未找到带数字的相应说明' : '说明中未找到相应内容' };
  });
}

function detailItems(m: DisclosureModel, w: Weights): ScoreItem[] {
  const gb = m.tables.filter((t) => t.key === 'general_budget' || t.key === 'expenditure');
  const xiang = gb.flatMap((t) => t.rows).find((r) => r.codeLevel === 3 && r.codeSystem === 'function');
  const basic = m.tables.filter((t) => t.key === 'basic');
  const kuan = basic.flatMap((t) => t.rows).find((r) => r.codeLevel === 2 && (r.codeSystem === 'econ_dept' || r.codeSystem === 'econ_gov'));
  return [
    xiang
      ? { id: 'detail:function', group: 'detail', title: '支出功能分类细化到项', weight: w.detail.function, points: w.detail.function, evidence: [{ text: `${xiang.code} ${xiang.name}`, source: xiang.source }] }
      : { id: 'detail:function', group: 'detail', title: '支出功能分类细化到项', weight: w.detail.function, points: 0, lost: gb.length ? '支出表中未见项级科目（7位编码）' : '无一般公共预算支出表' },
    kuan
      ? { id: 'detail:econ', group: 'detail', title: '基本支出经济分类细化到款', weight: w.detail.econ, points: w.detail.econ, evidence: [{ text: `${kuan.code} ${kuan.name}`, source: kuan.source }] }
      : { id: 'detail:econ', group: 'detail', title: '基本支出经济分类细化到款', weight: w.detail.econ, points: 0, lost: basic.length ? '基本支出表中未见款级经济分类科目（5位编码）' : '无基本支出表' },
  ];
}

function threeItems(m: DisclosureModel, w: Weights): ScoreItem[] {
  return Object.entries(w.three).map(([key, weight]) => {
    const f = m.facts[key as keyof typeof m.facts];
    const title = `“三公”经费细目：${THREE_TITLES[key] ?? key}`;
    return f
      ? { id: `three:${key}`, group: 'three' as const, title, weight, points: weight, evidence: [{ text: f.text, source: f.source }] }
      : { id: `three:${key}`, group: 'three' as const, title, weight, points: 0, lost: '报表和说明中均未单列此项' };
  });
}

/** Changes of at least `threshold` percent: each should give its reason. */
function explanationItem(m: DisclosureModel, w: Weights): ScoreItem {
  const weight = w.explanations.weight;
  const big = m.claims.filter((c) => c.kind === 'change' && c.percent && c.percent.value.abs().toNumber() >= w.explanations.threshold);
  const base = { id: 'explanations', group: 'explanations' as const, title: `较大变化（${w.explanations.threshold}%及以上）说明原因`, weight };
  if (!big.length) return { ...base, points: weight, evidence: [{ text: '说明中未见需解释的较大增减变化' }] };
  // the reason may follow in the same paragraph or the next one
  const around = (text: string) => {
    const i = m.paragraphs.findIndex((p) => p.text.includes(text.slice(0, 30)));
    return i < 0 ? text : `${m.paragraphs[i].text}${m.paragraphs[i + 1]?.text ?? ''}`;
  };
  const explained = big.filter((c) => c.kind === 'change' && (c.reason || /原因|主要是|主要用于|由于/.test(around(c.text))));
  const points = round2((weight * explained.length) / big.length);
  const missing = big.filter((c) => !explained.includes(c));
  return {
    ...base,
    points,
    evidence: explained.slice(0, 5).map((c) => ({ text: c.text, source: c.source })),
    lost: missing.length ? `${missing.length}处较大变化未说明原因，如：${missing[0].text.slice(0, 60)}` : undefined,
  };
}

function consistencyItem(findings: Finding[], w: Weights): ScoreItem {
  const category = new Map(rules.map((r) => [r.meta.id, r.meta.category]));
  // completeness is scored by the table and topic items; here only arithmetic and consistency
  const counted = findings.filter((f) => category.get(f.rule) !== 'completeness' && f.severity !== 'info');
  const errors = counted.filter((f) => f.severity === 'error').length;
  const warnings = counted.length - errors;
  const c = w.consistency;
  const points = Math.max(0, c.weight - errors * c.error - warnings * c.warning);
  return {
    id: 'consistency',
    group: 'consistency',
    title: '数字一致、勾稽关系正确',
    weight: c.weight,
    points,
    evidence: points > 0 ? [{ text: counted.length ? `检查发现的问题按每处扣分后余${points}分` : '检查未发现计算或勾稽错误' }] : undefined,
    lost: counted.length ? `检查发现错误${errors}处、警告${warnings}处，如：[${counted[0].rule}] ${counted[0].message}` : undefined,
  };
}

function readabilityItems(m: DisclosureModel, w: Weights): ScoreItem[] {
  const r = w.readability;
  const scanned = m.warnings.find((x) => /scan|ocr|image|no-text|扫描|图片/i.test(`${x.code} ${x.message}`));
  const hasText = m.paragraphs.length > 0 || m.tables.length > 0;
  const withValues = m.tables.filter((t) => [...t.rows, ...(t.rightRows ?? [])].some((row) => row.values.some(Boolean)) || t.emptyStatement);
  const share = m.tables.length ? withValues.length / m.tables.length : 0;
  return [
    hasText && !scanned
      ? { id: 'readability:text', group: 'readability', title: '可复制的文字层', weight: r.textLayer, points: r.textLayer, evidence: [{ text: `${m.format === 'pdf' ? 'PDF 文字层' : '文本'}：读出段落${m.paragraphs.length}个` }] }
      : { id: 'readability:text', group: 'readability', title: '可复制的文字层', weight: r.textLayer, points: 0, lost: scanned ? `部分页面无文字层：${scanned.message}` : '未读出文字' },
    {
      id: 'readability:tables',
      group: 'readability',
      title: '报表可被机器读取',
      weight: r.tables,
      points: round2(r.tables * share),
      evidence: withValues.length ? [{ text: `读出报表${withValues.length}张（共识别${m.tables.length}张）` }] : undefined,
      lost: share < 1 ? (m.tables.length ? `${m.tables.length - withValues.length}张报表未读出数字` : '未读出任何报表') : undefined,
    },
  ];
}

export function scoreModel(model: DisclosureModel, findings: Finding[], weights: Weights = loadWeights()): Score {
  const items = [
    ...tableItems(model, weights),
    ...topicItems(model, weights),
    ...detailItems(model, weights),
    ...threeItems(model, weights),
    explanationItem(model, weights),
    consistencyItem(findings, weights),
    ...readabilityItems(model, weights),
  ];
  return { total: round2(items.reduce((a, i) => a + i.points, 0)), max: round2(items.reduce((a, i) => a + i.weight, 0)), items };
}
