/**
 * Key facts (FACT_KEYS), in 万元 exactly, each with its source and quote. Table figures come
 * first (table precision, e.g. 795.555934 from a 元 table); the narrative fills what the tables do
 * not give. A blank template gives no facts at all.
 */
import type { NDocument } from '../readers/types.js';
import type { DisclosureModel, Fact, FactKey, Paragraph } from '../model/types.js';
import { toWan } from '../model/amount.js';
import { Decimal } from '../model/decimal.js';
import { factsFromTables, procurementFromTables } from './facts/tables.js';
import { findAfter, findStaff, hitAt, preferFor, sentenceAt, type FindOptions, type NarrHit } from './facts/narrative.js';
import { sourceAt } from '../normalize/paragraphs.js';

type Facts = Partial<Record<FactKey, Fact>>;

function narrative(key: FactKey, h: NarrHit): Fact {
  return { key, value: toWan(h.amount), amount: h.amount, text: h.text, source: h.source, from: 'narrative' };
}

/** Narrative subjects per fact (tried in order). */
const NOT_FISCAL = '(?<!财政拨款)';
/**
 * A subject named in an enumeration (`因公出国（境）费、公务用车购置费、…`) has no figure of its own;
 * one that follows a figure (`购置费 5 万元、运行维护费 4 万元`) has.
 */
const LISTED = /(?:^|[^元])、[^、]*$/;
const IN_A_LIST = new RegExp(`${LISTED.source}|包括`);
const SUBJECTS: { key: FactKey; re: RegExp; opts?: FindOptions; kindPrefer?: boolean }[] = [
  { key: 'total_revenue', re: new RegExp(`${NOT_FISCAL}(?:收入总计|收、支总计|收支总计|收入支出总计)(?:为|是)?`) },
  { key: 'total_expenditure', re: new RegExp(`${NOT_FISCAL}(?:支出总计|收、支总计|收支总计|收入支出总计)(?:为|是)?`) },
  { key: 'current_revenue', re: /本年收入合计(?:为|是)?/ },
  { key: 'current_expenditure', re: /本年支出合计(?:为|是)?/ },
  { key: 'fiscal_appropriation_revenue', re: /(?<!一般公共预算|政府性基金预算|国有资本经营预算|年初|年末)(?:本年)?财政拨款(?:收入)?(?:为|是)?(?=\s*\d)/, opts: { maxGap: 2 } },
  { key: 'general_budget_appropriation', re: /一般公共预算(?:财政)?拨款(?:收入|支出)?(?:为|是)?(?=\s*\d)/, opts: { maxGap: 2 } },
  { key: 'basic_expenditure', re: /基本支出(?:预算)?(?:为|是)?(?=\s*\d)/, opts: { maxGap: 2 } },
  { key: 'project_expenditure', re: /项目支出(?:预算)?(?:为|是)?(?=\s*\d)/, opts: { maxGap: 2 } },
  { key: 'personnel_expenses', re: /人员经费(?:支出)?(?:为|是)?(?=\s*\d)/, opts: { maxGap: 2 } },
  { key: 'public_expenses', re: /公用经费(?:支出)?(?:为|是)?(?=\s*\d)/, opts: { maxGap: 2 } },
  { key: 'three_public_total', re: /[“"]?三公[”"]?经费(?:财政拨款)?(?:支出)?/, opts: { notAfter: /比|较|与|和/ }, kindPrefer: true },
  { key: 'three_public_outbound', re: /因公出国[（(]境[)）](?:费用|费)(?:支出)?/, opts: { headingNext: true, notAfter: IN_A_LIST }, kindPrefer: true },
  { key: 'three_public_vehicle', re: /公务用车购置[及和与]运行(?:维护)?费(?:支出)?/, opts: { headingNext: true, notAfter: IN_A_LIST }, kindPrefer: true },
  { key: 'three_public_vehicle_purchase', re: /公务用车购置(?:费|支出)(?![及和与])/, opts: { notAfter: LISTED }, kindPrefer: true },
  { key: 'three_public_vehicle_operation', re: /公务用车运行(?:维护)?(?:费|支出)/, opts: { notAfter: LISTED }, kindPrefer: true },
  { key: 'three_public_reception', re: /(?:国内)?公务接待(?:费|支出)(?:支出)?/, opts: { headingNext: true, notAfter: IN_A_LIST }, kindPrefer: true },
  { key: 'operating_expenses', re: /机关运行经费(?:支出|预算)?(?:为|是)?|行政运行经费[，,]?\s*合计/, opts: { headingNext: true } },
  { key: 'operating_expenses', re: /机构运行经费|日常公用经费支出[，,]?\s*合计/, opts: { headingNext: true } },
  { key: 'procurement_total', re: /政府采购(?:支出总额|金额|合同金额|预算|支出)?/, opts: { maxGap: 30, headingNext: true } },
];

export function extractFacts(model: DisclosureModel, _doc: NDocument): Facts {
  if (model.identity.isTemplate) return {};
  const out: Facts = { ...factsFromTables(model.tables, model.identity.kind) };
  const paragraphs = model.paragraphs.map(withoutDefinition).filter((p): p is Paragraph => !!p);
  const kind = model.identity.kind;

  for (const s of SUBJECTS) {
    if (out[s.key]) continue;
    const opts: FindOptions = Object.assign({}, s.opts ?? {}, s.kindPrefer ? preferFor(kind) : {});
    const h = findAfter(paragraphs, s.re, opts);
    if (h) out[s.key] = narrative(s.key, h);
  }

  // `收入预算 X` / `支出预算 X`: the total when the tables give none, else this year's revenue/expenditure
  const rev = findAfter(paragraphs, /收入预算(?:为|是)?/, { maxGap: 4, notAfter: /比|较/ });
  if (rev) {
    if (!out.total_revenue) out.total_revenue = narrative('total_revenue', rev);
    else if (!out.current_revenue && out.total_revenue.from === 'table') out.current_revenue = narrative('current_revenue', rev);
  }
  const exp = findAfter(paragraphs, /支出预算(?:为|是)?/, { maxGap: 4, notAfter: /比|较|基本|项目|拨款|资金|基金|经营/ });
  if (exp) {
    if (!out.total_expenditure) out.total_expenditure = narrative('total_expenditure', exp);
    else if (!out.current_expenditure && out.total_expenditure?.from === 'table') out.current_expenditure = narrative('current_expenditure', exp);
  }

  if (!out.procurement_total) {
    const f = procurementFromTables(model.tables);
    if (f) out.procurement_total = f;
  }

  noThreePublicSpending(paragraphs, out);
  vehicleFromSplit(paragraphs, out);
  priorYear(paragraphs, out);

  const staff = findStaff(model.paragraphs);
  if (staff.authorized) out.staff_authorized = { key: 'staff_authorized', value: Decimal.of(staff.authorized.count), text: staff.authorized.text, source: staff.authorized.source, from: 'narrative' };
  if (staff.actual) out.staff_actual = { key: 'staff_actual', value: Decimal.of(staff.actual.count), text: staff.actual.text, source: staff.actual.source, from: 'narrative' };
  return out;
}

/**
 * 名词解释 paragraphs define terms; their figures (if any) are not facts. A definition followed by
 * the year's figure in the same paragraph (`机关运行经费指…。2026年机关运行经费安排 X 万元`) keeps
 * the sentences after the definition (the definition blanked, offsets unchanged).
 */
function withoutDefinition(p: Paragraph): Paragraph | null {
  if (!isGlossary(p)) return p;
  const first = sentenceAt(p.text, 0).end;
  const rest = p.text.slice(first);
  if (!/\d+(?:\.\d+)?\s*万?元/.test(rest)) return null;
  return { ...p, text: ' '.repeat(first) + rest };
}

function isGlossary(p: Paragraph): boolean {
  if (!p.text.includes('指')) return false; // (是)指 is required below
  return /^[^，。]{0,20}(?:：|:)?\s*(?:是指|指)/.test(p.text.replace(/^[一二三四五六七八九十\d（）()、.．\s]+/, '')) && !/\d+(?:\.\d+)?\s*万?元/.test(p.text.slice(0, 60));
}

const THREE_PUBLIC_KEYS: FactKey[] = [
  'three_public_total',
  'three_public_outbound',
  'three_public_vehicle',
  'three_public_vehicle_purchase',
  'three_public_vehicle_operation',
  'three_public_reception',
];

/** `本部门 2024 年度无“三公”经费财政拨款支出`: every "三公" figure is zero. */
function noThreePublicSpending(paragraphs: Paragraph[], out: Facts) {
  for (const p of paragraphs) {
    const m = /(?:无|没有|未发生|未安排)[“"]?三公[”"]?经费(?:财政拨款)?(?:支出|预算|安排)/.exec(p.text);
    if (!m) continue;
    const s = sentenceAt(p.text, m.index);
    const src = sourceAt(p, m.index, m.index + m[0].length);
    const text = p.text.slice(s.start, s.end).trim();
    for (const k of THREE_PUBLIC_KEYS) {
      const cur = out[k];
      if (!cur) out[k] = { key: k, value: Decimal.ZERO, text, source: src, from: 'narrative' };
    }
    return;
  }
}

/** `公务用车…预算安排 0 万元，其中公务用车购置费 0 万元，公务用车运行维护费 0 万元`. */
function vehicleFromSplit(paragraphs: Paragraph[], out: Facts) {
  if (out.three_public_vehicle || !out.three_public_vehicle_purchase || !out.three_public_vehicle_operation) return;
  for (const p of paragraphs) {
    const m = /([\d,]+(?:\.\d+)?)\s*(万元|元|万)[，,]\s*其中[:：]?\s*公务用车购置费/.exec(p.text);
    if (!m || !/公务用车/.test(p.text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const h = hitAt(p, m.index, m.index + m[1].length + m[2].length, m[1], m[2]);
    if (h) out.three_public_vehicle = narrative('three_public_vehicle', h);
    return;
  }
}

/** `2020 年收入预算 7,955,559.34 元，比 2019 年收入预算 7,132,122.63 元增加…`: the prior year's total. */
function priorYear(paragraphs: Paragraph[], out: Facts) {
  if (out.prior_year_total) return;
  for (const p of paragraphs) {
    const m = /(?:收入预算|收支总计|收入总计|收、支总计|收入支出总计)[^。；]{0,40}?(?:比|与)\s*(?:上年|上年度|\d{4}\s*年度?)\s*(?:年初预算数?|预算数?|收入预算|决算数?|收入|同期|收、支总计|收支总计)?\s*([\d,]+(?:\.\d+)?)\s*(万元|元|万)/.exec(p.text);
    if (!m) continue;
    const at = m.index + m[0].length - m[1].length - m[2].length - (m[0].length - m[0].trimEnd().length);
    const start = p.text.lastIndexOf(m[1], m.index + m[0].length);
    const h = hitAt(p, start >= 0 ? start : at, (start >= 0 ? start : at) + m[1].length, m[1], m[2]);
    if (h) out.prior_year_total = narrative('prior_year_total', h);
    return;
  }
}
