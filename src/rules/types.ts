/** The vocabulary of rules and findings (ESLint-style: metadata + a pure function). */
import type { z } from 'zod';
import type { Box } from '../model/source.js';
import type { DisclosureModel, DocKind, Scope } from '../model/types.js';
import type { Corpus } from '../corpus/types.js';

export type Severity = 'error' | 'warning' | 'info';

export type RuleCategory =
  | 'completeness' // 完整性
  | 'table-arithmetic' // 表内勾稽
  | 'cross-table' // 表间勾稽
  | 'narrative' // 说明文字自身计算
  | 'narrative-vs-table' // 说明与报表一致
  | 'three-public' // "三公"经费
  | 'codes' // 科目编码
  | 'statements' // 表述与数字矛盾
  | 'identity' // 身份、占位符
  | 'cross-document'; // 跨文件（预决算、上下年、部门与单位）

/** Chinese names of the categories (catalog, reports). */
export const CATEGORY_LABEL: Record<RuleCategory, string> = {
  completeness: '完整性',
  'table-arithmetic': '表内勾稽',
  'cross-table': '表间勾稽',
  narrative: '说明文字计算',
  'narrative-vs-table': '说明与报表一致',
  'three-public': '“三公”经费',
  codes: '科目编码',
  statements: '表述与数字',
  identity: '身份与占位符',
  'cross-document': '跨文件核对',
};

export interface Evidence {
  file?: string;
  page?: number;
  line?: number;
  box?: Box;
  /** Spreadsheet sheet and A1 cell, Word/HTML paragraph number, HTML element path (grid documents). */
  sheet?: string;
  cell?: string;
  paragraph?: number;
  path?: string;
  /** Quote of the document (normalised white space) containing the numbers concerned. */
  text: string;
  /** OCR'd input: recognition confidence (0–100) of the quoted figures. */
  confidence?: number;
}

export interface Finding {
  rule: string;
  severity: Severity;
  /** Chinese message stating the arithmetic. */
  message: string;
  /** The figure as printed. */
  stated?: string;
  /** What it should be. */
  expected?: string;
  evidence: Evidence[];
  /** A corrected sentence, where one number is wrong (like ESLint's suggest). */
  suggestion?: string;
}

/**
 * A rule's options: a zod object schema (each field `.describe()`d in Chinese for the docs) and the
 * defaults. A config or preset gives a partial object, merged over the defaults and validated.
 */
export interface RuleOptionsSpec<O = Record<string, unknown>> {
  schema: z.ZodType<O>;
  defaults: O;
}

export interface RuleMeta<O = any> {
  /** Stable id, kebab-case: `narrative-percent`. */
  id: string;
  /** Chinese title. */
  title: string;
  severity: Severity;
  category: RuleCategory;
  appliesTo: { kinds?: DocKind[]; scopes?: Scope[] };
  /** The relation or regulation it enforces (Chinese). */
  basis: string;
  /** One paragraph of documentation (Chinese), for `budgetlens rules` and docs/rules.md. */
  docs: string;
  /** Options the rule accepts (configurable in `budgetlens.config.json` and presets). */
  options?: RuleOptionsSpec<O>;
  /**
   * The rule sees every table, also those extraction marked unreliable (`Table.unreliable`). By default
   * rules of the categories that compute with table figures see only the reliable ones (engine.ts).
   */
  allTables?: boolean;
}

/** What the engine hands a rule besides the model: its effective options. */
export interface RuleContext<O = any> {
  options: O;
}

/** A rule reports findings without `rule` (and with `severity` optional: the meta's by default). */
export type FindingDraft = Omit<Finding, 'rule' | 'severity'> & { severity?: Severity };

/** A rule: metadata and a pure function of (model, options). */
export interface Rule<O = any> {
  meta: RuleMeta<O>;
  check(model: DisclosureModel, ctx: RuleContext<O>): FindingDraft[];
}

/** A cross-document finding draft: the document it concerns (evidence on both documents). */
export type CorpusFindingDraft = FindingDraft & { file: string };

/** A finding of a corpus rule, attached to the file it concerns. */
export type CorpusFinding = Finding & { file: string };

/** A rule over the documents checked together (linked corpus): metadata and a pure function. */
export interface CorpusRule<O = any> {
  meta: RuleMeta<O>;
  checkCorpus(corpus: Corpus, ctx: RuleContext<O>): CorpusFindingDraft[];
}

/** Anything the catalog lists. */
export type AnyRule = Rule | CorpusRule;
