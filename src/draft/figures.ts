/**
 * The figures a draft is written from, read from the model's tables (and, for the few topics no
 * standard table carries — 机关运行经费, 政府采购 — from the published narrative, flagged as such).
 * Every figure is an exact Decimal in 万元 with the table cells it came from.
 */
import type { Column, DisclosureModel, FactKey, Row, Table } from '../model/types.js';
import type { SourceRef } from '../model/source.js';
import { Decimal } from '../model/decimal.js';
import { toWan } from '../model/amount.js';
import { correctGbTotal } from './corroborate.js';

export interface Figure {
  /** `total_revenue`, `gb_total`, `class:201`, `class:201:budget` … */
  key: string;
  /** Exact value in 万元. */
  value: Decimal;
  /** The cells (or, for narrative-only topics, the sentence) it was read from. */
  sources: SourceRef[];
  /** Taken from the published narrative: no standard table carries it. */
  fromNarrative?: boolean;
  /** Why the figure is not the printed cell a reader would expect (shown with the draft). */
  note?: string;
  /** Display name (function classes). */
  name?: string;
}

export type Figures = Map<string, Figure>;

const TABLE_FACTS: FactKey[] = [
  'total_revenue', 'total_expenditure', 'current_revenue', 'current_expenditure', 'fiscal_appropriation_revenue',
  'general_budget_appropriation', 'basic_expenditure', 'project_expenditure', 'personnel_expenses', 'public_expenses',
  'three_public_total', 'three_public_outbound', 'three_public_vehicle', 'three_public_vehicle_purchase',
  'three_public_vehicle_operation', 'three_public_reception', 'operating_expenses', 'procurement_total',
];
/** Topics the standard tables rarely carry: the published narrative is the only source. */
const NARRATIVE_OK = new Set<FactKey>([
  'operating_expenses', 'procurement_total',
  // a "三公" table whose layout the reader could not resolve: the narrative's figures, flagged
  'three_public_total', 'three_public_outbound', 'three_public_vehicle', 'three_public_vehicle_purchase', 'three_public_vehicle_operation', 'three_public_reception',
]);

const compact = (s: string) => s.replace(/\s+/g, '');

/** The column holding the year's figure: 合计, else 决算数, else the first amount column. */
function mainColumn(cols: Column[]): number {
  for (const role of ['total', 'final', 'budget'] as const) {
    const i = cols.findIndex((c) => c.role === role && !/上年|预算数?\/|调整/.test(c.name));
    if (i >= 0) return i;
  }
  return 0;
}

function cell(r: Row, i: number): { value: Decimal; source: SourceRef } | null {
  const a = r.values[i];
  return a ? { value: toWan(a), source: a.source } : null;
}

function put(out: Figures, f: Figure) {
  if (!out.has(f.key)) out.set(f.key, f);
}

/** 一般公共预算支出 by function class (类), with the 年初预算 figure where a final-accounts table prints one. */
function generalBudget(t: Table, out: Figures) {
  const main = mainColumn(t.columns);
  const budgetCol = t.columns.findIndex((c) => c.role === 'budget' && /年初/.test(c.name));
  const classes = t.rows.filter((r) => r.codeLevel === 1 && r.codeSystem !== 'econ_dept' && r.codeSystem !== 'econ_gov' && r.code);
  let sum = Decimal.ZERO;
  const srcs: SourceRef[] = [];
  for (const r of classes) {
    const c = cell(r, main);
    if (!c) continue;
    sum = sum.add(c.value);
    srcs.push(c.source);
    put(out, { key: `class:${r.code}`, value: c.value, sources: [c.source], name: compact(r.name) });
    const b = budgetCol >= 0 ? cell(r, budgetCol) : null;
    if (b) put(out, { key: `class:${r.code}:budget`, value: b.value, sources: [b.source] });
  }
  // each 项 with its full name (`类（类）款（款）项（项）`), for the per-item wording of some regions
  const names = new Map(t.rows.filter((r) => r.code && r.codeSystem === 'function').map((r) => [r.code!, compact(r.name)] as const));
  for (const r of t.rows.filter((x) => x.codeLevel === 3 && x.codeSystem === 'function' && x.code?.length === 7)) {
    const c = cell(r, main);
    const [a, b] = [names.get(r.code!.slice(0, 3)), names.get(r.code!.slice(0, 5))];
    if (c && a && b) put(out, { key: `item:${r.code}`, value: c.value, sources: [c.source], name: `${a}（类）${b}（款）${compact(r.name)}（项）` });
  }
  const total = t.rows.find((r) => r.isTotal && cell(r, main));
  if (total) {
    const c = cell(total, main)!;
    put(out, { key: 'gb_total', value: c.value, sources: [c.source] });
    const b = budgetCol >= 0 ? cell(total, budgetCol) : null;
    if (b) put(out, { key: 'gb_total:budget', value: b.value, sources: [b.source] });
  } else if (srcs.length) put(out, { key: 'gb_total', value: sum, sources: srcs });
}

/** 政府性基金 / 国有资本经营 spending: the table's total (absent or zero: the table is empty). */
function fundTotal(model: DisclosureModel, key: 'gov_fund' | 'state_capital', out: Figures) {
  const t = model.tables.find((x) => x.key === key);
  if (!t || t.emptyStatement || !t.rows.length) return;
  const main = mainColumn(t.columns);
  const total = t.rows.find((r) => r.isTotal && cell(r, main)) ?? (t.rows.length === 1 ? t.rows[0] : undefined);
  const c = total && cell(total, main);
  if (c) put(out, { key: `${key}_total`, value: c.value, sources: [c.source] });
}

/**
 * 财政拨款收支总计 (总预算): the 财政拨款收支总表's 收入总计, which holds the carried-over funds too (the
 * 本年财政拨款收入 does not).
 */
function fiscalTotal(model: DisclosureModel, out: Figures) {
  const t = model.tables.find((x) => x.key === 'fiscal_summary' && x.rows.length);
  if (!t) return;
  const main = mainColumn(t.columns);
  const r = t.rows.find((x) => /^(?:收入总计|总计)$/.test(compact(x.name)) && cell(x, main));
  if (r) put(out, { key: 'fiscal_total', ...oneCell(cell(r, main)!) });
}

const oneCell = (c: { value: Decimal; source: SourceRef }) => ({ value: c.value, sources: [c.source] });

/**
 * 一般公共预算基本支出: the 基本支出表's 合计 (人员经费 and 公用经费 facts may be read over all funds,
 * so their sum is only the fallback).
 */
function basicTotal(model: DisclosureModel, out: Figures) {
  // budgets only: a final-accounts 基本支出表 spans several funds and years' columns (a Putuo 决算 read 2152.26 for 2336.91)
  const t = model.identity.kind === 'budget' ? model.tables.find((x) => x.key === 'basic' && x.rows.length) : undefined;
  if (!t) return;
  const main = mainColumn(t.columns);
  const r = t.rows.find((x) => x.isTotal && cell(x, main));
  if (r) put(out, { key: 'basic_gb', ...oneCell(cell(r, main)!) });
}

/** A "三公" table without any figure: every item is zero (the draft then declares the table empty). */
function threeEmpty(model: DisclosureModel, out: Figures) {
  const t = model.tables.find((x) => x.key === 'three_public');
  if (!t || [...t.rows, ...(t.rightRows ?? [])].some((r) => r.values.some((v) => v && !v.value.isZero()))) return;
  for (const key of ['three_public_total', 'three_public_outbound', 'three_public_vehicle', 'three_public_vehicle_purchase', 'three_public_vehicle_operation', 'three_public_reception'])
    put(out, { key, value: Decimal.ZERO, sources: [t.source] });
}

/**
 * Function classes over all funds (the 支出表 / 支出总表, `class:205:all`), when the department's other
 * funds (政府性基金, 财政专户, 事业收入 …) make one of them differ from the 一般公共预算 table's: the
 * narratives of many regions list the classes of the whole 支出预算.
 */
function allFundsClasses(model: DisclosureModel, out: Figures) {
  const t = model.tables.find((x) => x.key === 'expenditure' && x.rows.length);
  if (!t) return;
  const main = mainColumn(t.columns);
  const rows = t.rows.filter((r) => r.codeLevel === 1 && r.codeSystem === 'function' && r.code && /^\d{3}$/.test(r.code) && cell(r, main));
  const differs = rows.some((r) => {
    const gb = out.get(`class:${r.code}`);
    return !gb || !gb.value.eq(cell(r, main)!.value);
  });
  if (!differs) return;
  for (const r of rows) put(out, { key: `class:${r.code}:all`, ...oneCell(cell(r, main)!), name: compact(r.name) });
}

/** The function classes (`class`, `allclass`: over all funds) or 项 (`item`) drafted, in table order, without the zero ones. */
export function eachKeys(f: Figures, what: 'class' | 'item' | 'allclass'): string[] {
  const re = what === 'class' ? /^class:\d+$/ : what === 'allclass' ? /^class:\d+:all$/ : /^item:\d+$/;
  return [...f.keys()].filter((k) => re.test(k) && !f.get(k)!.value.isZero());
}

export function collectFigures(model: DisclosureModel): Figures {
  const out: Figures = new Map();
  for (const k of TABLE_FACTS) {
    const fact = model.facts[k];
    if (!fact) continue;
    if (fact.from === 'narrative' && !NARRATIVE_OK.has(k)) continue;
    put(out, { key: k, value: fact.value, sources: [fact.amount?.source ?? fact.source], fromNarrative: fact.from === 'narrative' || undefined });
  }
  // the vehicle subtotal from its two parts when the table prints no subtotal
  const pur = out.get('three_public_vehicle_purchase');
  const op = out.get('three_public_vehicle_operation');
  if (!out.has('three_public_vehicle') && pur && op)
    put(out, { key: 'three_public_vehicle', value: pur.value.add(op.value), sources: [...pur.sources, ...op.sources] });
  threeEmpty(model, out);
  const three = ['three_public_outbound', 'three_public_vehicle', 'three_public_reception'].map((k) => out.get(k));
  if (!out.has('three_public_total') && three.every(Boolean))
    put(out, { key: 'three_public_total', value: Decimal.sum(three.map((x) => x!.value)), sources: three.flatMap((x) => x!.sources) });
  const gb = model.tables.find((t) => t.key === 'general_budget' && t.rows.length);
  if (gb) generalBudget(gb, out);
  correctGbTotal(model, out);
  const per = out.get('personnel_expenses');
  const pub = out.get('public_expenses');
  basicTotal(model, out);
  if (per && pub) put(out, { key: 'basic_gb', value: per.value.add(pub.value), sources: [...per.sources, ...pub.sources] });
  for (const key of ['gov_fund', 'state_capital'] as const) fundTotal(model, key, out);
  fiscalTotal(model, out);
  allFundsClasses(model, out);
  return out;
}

/** Figures of the prior year's disclosure, under the same keys (for the changes). */
export function priorFigures(prior: DisclosureModel | undefined): Figures {
  return prior ? collectFigures(prior) : new Map();
}
