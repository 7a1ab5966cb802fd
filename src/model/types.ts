/**
 * The document model: what extraction produces from a normalised document and what rules read.
 * Amounts are exact Decimals with their printed precision and their source.
 */
import type { Decimal } from './decimal.js';
import type { SourceRef } from './source.js';
import type { InputFormat, ReaderWarning } from '../readers/types.js';

/** 预算 / 决算 */
export type DocKind = 'budget' | 'final';
/** 部门 (consolidated department) / 单位 (single unit) */
export type Scope = 'department' | 'unit';
export type AmountUnit = '元' | '万元';

export interface Amount {
  /** Value in `unit`, exactly as printed. */
  value: Decimal;
  unit: AmountUnit;
  /** Decimal places printed (rounding radius is half a unit of the last place). */
  precision: number;
  /** The characters as printed, e.g. `16，320.00`. */
  raw: string;
  source: SourceRef;
  /**
   * Printed shorter than its table's other figures because trailing zeros were suppressed (`25` among
   * `46.56`): the precision it stands for (model/table-stats.ts).
   */
  shownPrecision?: number;
}

export interface Percent {
  /** Percentage points as printed (`19.86%` → 19.86). */
  value: Decimal;
  precision: number;
  raw: string;
  source: SourceRef;
}

export interface Identity {
  /** 编制部门 / 单位 name as printed on the cover or in the title. */
  org?: string;
  year?: number;
  kind?: DocKind;
  scope?: Scope;
  /** Region preset guessed from names and layout. */
  region?: 'beijing' | 'shanghai' | 'xinjiang' | 'national';
  /** The document is a blank template (placeholders such as XX instead of names and figures). */
  isTemplate: boolean;
  source?: SourceRef;
}

export interface Section {
  /** Numbering as printed: `第一部分`, `一、`, `（一）`, `1.` */
  numbering?: string;
  title: string;
  /** 1 = 第X部分, 2 = 一、, 3 = （一）, 4 = 1. / 1、, 5 = (1) */
  level: number;
  source: SourceRef;
  children: Section[];
}

export const TABLE_KEYS = [
  'summary',
  'revenue',
  'expenditure',
  'fiscal_summary',
  'general_budget',
  'basic',
  'gov_fund',
  'state_capital',
  'three_public',
  'operating_expenses',
  'procurement',
  'projects',
  'purchase_services',
  'performance',
  'transfers',
  'other',
] as const;
export type TableKey = (typeof TABLE_KEYS)[number];

/** What a column holds, where recognised. */
export type ColumnRole =
  | 'code'
  | 'name'
  | 'total' // 合计
  | 'basic' // 基本支出
  | 'project' // 项目支出
  | 'personnel' // 人员经费
  | 'public' // 公用经费
  | 'carryover' // 上年结转
  | 'general_budget' // 一般公共预算
  | 'gov_fund' // 政府性基金
  | 'state_capital' // 国有资本经营
  | 'budget' // 年初预算 / 预算数
  | 'final' // 决算数
  | 'prior' // 上年
  | 'amount' // an amount column of other meaning
  | 'other';

export interface Column {
  index: number;
  /** Header text, joined from every header line that spans it. */
  name: string;
  role: ColumnRole;
}

/** Classification systems (政府收支分类科目). */
export type CodeSystem = 'function' | 'econ_dept' | 'econ_gov';

export interface Row {
  /** Classification code without separators, e.g. `2010301`; absent for label rows (合计, 本年收入合计). */
  code?: string;
  codeSystem?: CodeSystem;
  /** 1 = 类, 2 = 款, 3 = 项 */
  codeLevel?: 1 | 2 | 3;
  name: string;
  /** A total row: 合计 / 总计 / 本年收入合计 … */
  isTotal?: boolean;
  /** One entry per amount column of the table (`null` = blank cell). Aligned with `Table.columns` filtered to amount roles. */
  values: (Amount | null)[];
  source: SourceRef;
  /** Every classification code printed on the row, when more than one (功能 + 政府经济 + 部门经济 columns); `code` is the first. */
  codes?: { code: string; system: CodeSystem; level: 1 | 2 | 3; name?: string }[];
  /**
   * The values could not be placed by position (flattened text with missing cells) and were placed by
   * order / arithmetic sense: a relation that fails on this row may be an extraction artefact.
   */
  inferred?: boolean;
}

export interface Table {
  key: TableKey;
  title: string;
  /** `表1`, `表三`, `一、` … as printed. */
  number?: string;
  unit: AmountUnit;
  page?: number;
  source: SourceRef;
  /** Amount columns, in order; `Row.values[i]` belongs to `columns[i]`. */
  columns: Column[];
  rows: Row[];
  /** The table states it is empty (本表为空 / 无…故本表无数据) and the statement. */
  emptyStatement?: { text: string; source: SourceRef };
  /**
   * For two-sided tables (收支总表: revenue items left, expenditure items right), the right-hand side's rows;
   * `rows` then holds the left side.
   */
  rightRows?: Row[];
  rightColumns?: Column[];
  /**
   * Extraction could not read the table reliably (Chinese reason: header text read as a data row,
   * figures glued into item names on several rows): rules that compute with its figures skip it, and
   * one finding (`table-unreliable`) says so.
   */
  unreliable?: string;
  /** How the table prints its figures (model/table-stats.ts). */
  stats?: TableStats;
}

export interface TableStats {
  /** The number of decimals most of the table's non-zero figures are printed with. */
  mainPrecision: number;
  /** Share of its non-zero figures printed with decimals. */
  decimalShare: number;
}

export const FACT_KEYS = [
  'total_revenue',
  'total_expenditure',
  'current_revenue',
  'current_expenditure',
  'fiscal_appropriation_revenue',
  'general_budget_appropriation',
  'basic_expenditure',
  'project_expenditure',
  'personnel_expenses',
  'public_expenses',
  'three_public_total',
  'three_public_outbound',
  'three_public_vehicle',
  'three_public_vehicle_purchase',
  'three_public_vehicle_operation',
  'three_public_reception',
  'operating_expenses',
  'procurement_total',
  'prior_year_total',
  'staff_authorized',
  'staff_actual',
] as const;
export type FactKey = (typeof FACT_KEYS)[number];

export interface Fact {
  key: FactKey;
  /** In 万元 for amounts; persons for staff counts. */
  value: Decimal;
  /** The figure as printed (absent for staff counts). */
  amount?: Amount;
  /** Where it was read: the quoted sentence or table row. */
  text: string;
  source: SourceRef;
  from: 'narrative' | 'table';
}

/**
 * Which whole a narrative figure belongs to: all funds, 财政拨款 (appropriations), or one budget
 * (一般公共预算 / 政府性基金 / 国有资本经营). Absent when the text does not say (taken as all funds).
 */
export type FundScope = 'all' | 'fiscal' | 'general' | 'gov_fund' | 'state_capital';

/** A figure quoted in the narrative, with what it is said to be. */
export interface Mention {
  /** Fund scope stated for the figure (its label, its enumeration head, or the section it is in). */
  scope?: FundScope;
  /** The scope was only inherited from a heading or an introducing paragraph: weaker evidence. */
  scopeFromHeading?: boolean;
  /** The subject the sentence attaches to the amount (`基本支出`, `一般公共服务支出（类）` …). */
  subject: string;
  amount: Amount;
  /** Classification code the subject names, when it does (by code or by name). */
  code?: string;
  /** Which figure: current year (default), prior year, budget (年初预算), final (决算). */
  role: 'current' | 'prior' | 'budget' | 'final' | 'delta';
  /** The sentence it was read from. */
  text: string;
  source: SourceRef;
  /**
   * A completion rate stated with this figure (`决算 A 万元，完成年初预算的 R%`) when the sentence quotes
   * no budget figure: the budget is then the table's (checked by rules).
   */
  completion?: Percent;
}

interface ClaimBase {
  /** The sentence (normalised) the claim was read from. */
  text: string;
  source: SourceRef;
  subject: string;
}

/** `X 比上年增加/减少 D，增长/下降 P%` */
export interface ChangeClaim extends ClaimBase {
  kind: 'change';
  current?: Amount;
  prior?: Amount;
  /** Direction word of the amount change (增加/减少). */
  direction?: 'increase' | 'decrease';
  delta?: Amount;
  /** Direction word of the percentage (增长/下降 …); same as `direction` when only one word is printed. */
  percentDirection?: 'increase' | 'decrease';
  percent?: Percent;
  /** The reason given (主要原因是 …), for direction-vs-reason checks. */
  reason?: string;
}

/** `X A 万元，占 W 的 S%` */
export interface ShareClaim extends ClaimBase {
  kind: 'share';
  part: Amount;
  /** The whole, when the sentence or its paragraph quotes it. */
  whole?: Amount;
  wholeLabel?: string;
  percent: Percent;
  /** Claims of one enumeration that partition the same whole share this id. */
  group?: string;
}

/** `年初预算 B，决算 A，完成年初预算的 R%` */
export interface CompletionClaim extends ClaimBase {
  kind: 'completion';
  budget: Amount;
  actual: Amount;
  percent: Percent;
}

/** `与上年持平` */
export interface FlatClaim extends ClaimBase {
  kind: 'flat';
  current?: Amount;
  prior?: Amount;
  reason?: string;
}

/** `X 等于 / 大于 / 小于 预算数` and similar comparisons against another figure. */
export interface CompareClaim extends ClaimBase {
  kind: 'compare';
  left: Amount;
  right: Amount;
  relation: 'eq' | 'gt' | 'lt';
}

/** `比上年 1.43 万元`: a comparison that states a difference but no direction word (增加/减少…). */
export interface UndirectedClaim extends ClaimBase {
  kind: 'undirected';
  /** The difference as printed: an amount or a percentage. */
  amount?: Amount;
  percent?: Percent;
}

/** `编报绩效目标的项目共 N 个，涉及项目预算资金 A 万元`: projects with performance targets. */
export interface PerformanceCountClaim extends ClaimBase {
  kind: 'performance-count';
  count: number;
  /** The funding of those projects, when stated. */
  funds?: Amount;
}

export type Claim = ChangeClaim | ShareClaim | CompletionClaim | FlatClaim | CompareClaim | UndirectedClaim | PerformanceCountClaim;

/** A table the document lists (目录) or refers to, possibly published elsewhere. */
export interface TableReference {
  key: TableKey;
  title: string;
  source: SourceRef;
}

/** A paragraph of running text: the unit narrative is read in (lines broken by layout are joined). */
export interface Paragraph {
  text: string;
  /** Heading path (titles of enclosing sections). */
  section?: string;
  /** For each line that contributed: where in `text` it starts and its source. */
  spans: { offset: number; source: SourceRef }[];
}

/**
 * A year printed where it says which year the document is about: a table title or heading (the
 * printed title, year included), an as-of date (`截至2025年12月31日`), a project period (`实施周期：
 * 2024年-2026年`) or a comparison (`比2025年增加`). Read by extract/year-mentions.ts.
 */
export interface YearMention {
  kind: 'table-title' | 'heading' | 'as-of' | 'period' | 'comparison';
  year: number;
  /** as-of: the date is the end of the year (12月31日, 年底, 年末, 12月末). */
  yearEnd?: boolean;
  /** as-of: the sentence is about holdings (车辆, 资产, 人员 …), not a target date. */
  holdings?: boolean;
  /** period: the last year of the range. */
  endYear?: number;
  /** comparison: the word after the year (`年初预算`, `预算执行数`, `决算` …), up to 6 characters. */
  basis?: string;
  /** The printed text (title, heading or clause). */
  text: string;
  source: SourceRef;
}

/** An entry of the table of contents (目录), as printed. */
export interface TocEntry {
  /** `第一部分`, `一、`, `（一）`, `表1` … when printed. */
  numbering?: string;
  /** The entry without numbering, dot leaders and page number. */
  title: string;
  /** The page number printed after it. */
  page?: number;
  /** The entry names a table (ends with 表). */
  isTable: boolean;
  /** The title is printed somewhere after the contents (loosely: spacing, 年度/年, punctuation). */
  inBody?: boolean;
  source: SourceRef;
}

export interface DisclosureModel {
  file: string;
  format: InputFormat;
  identity: Identity;
  /** The unit narrative amounts are in when not stated (万元 mostly). */
  narrativeUnit: AmountUnit;
  sections: Section[];
  paragraphs: Paragraph[];
  tables: Table[];
  /** Tables listed in a 目录 or otherwise referred to. */
  tableReferences: TableReference[];
  /** The document says its tables are published separately (详见附件 / 见附表), with the quote. */
  tablesElsewhere?: { text: string; source: SourceRef };
  facts: Partial<Record<FactKey, Fact>>;
  claims: Claim[];
  mentions: Mention[];
  /** Years printed in titles, headings, dates, periods and comparisons (absent: not read). */
  yearMentions?: YearMention[];
  /** The table of contents (absent or empty: none printed). */
  toc?: TocEntry[];
  warnings: ReaderWarning[];
}
