/** What a report knows of a finding: its rule's metadata, its fingerprint and its review, if any. */
import { basename } from 'node:path';
import { rules } from '../rules/engine.js';
import { findingFingerprint } from '../rules/fingerprint.js';
import type { Finding, RuleCategory, Severity } from '../rules/types.js';
import type { DisclosureModel } from '../model/types.js';

/** A reviewer's decision on a finding (kept by the workbench, keyed by finding fingerprint). */
export interface Review {
  /** `confirmed`, `dismissed`, `commented` (other values are shown as printed). */
  status: string;
  reason?: string;
  comment?: string;
  by: string;
  at: string | Date;
}

export interface ReportInput {
  file: string;
  model: DisclosureModel;
  findings: Finding[];
  /** Reviews keyed by finding fingerprint (src/rules/fingerprint.ts). */
  reviews?: Map<string, Review>;
  /** The name to show and to derive download names from, when `file` is a stored path (e.g. the uploaded file's name). */
  displayName?: string;
}

/** The document's name as shown in reports: `displayName`, else the file's base name. */
export const shownName = (input: Pick<ReportInput, 'file' | 'displayName'>) => input.displayName ?? basename(input.file);

export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
export { CATEGORY_LABEL } from '../rules/types.js';
const STATUS_LABEL: Record<string, string> = { confirmed: '已确认', dismissed: '已驳回', commented: '已评论', open: '待复核' };

const META = new Map(rules.map((r) => [r.meta.id, r.meta]));

/** A finding with what every report format shows beside it. */
export interface ReportFinding {
  finding: Finding;
  fingerprint: string;
  title: string;
  category: RuleCategory | undefined;
  review?: Review;
}

export function reportFindings(input: ReportInput): ReportFinding[] {
  return input.findings.map((f) => {
    const fingerprint = findingFingerprint(f);
    const meta = META.get(f.rule);
    const review = input.reviews?.get(fingerprint);
    return { finding: f, fingerprint, title: meta?.title ?? f.rule, category: meta?.category, ...(review ? { review } : {}) };
  });
}

const at = (v: string | Date) => (v instanceof Date ? v.toISOString() : v).replace('T', ' ').replace(/\.\d+Z?$|Z$/, '');

/** One line of Chinese: `已驳回（张三，2026-12-05 10:00）：原因：…；意见：…`. */
export function reviewText(r: Review | undefined): string {
  if (!r) return '';
  const extra = [r.reason ? `原因：${r.reason}` : '', r.comment ? `意见：${r.comment}` : ''].filter(Boolean).join('；');
  return `${STATUS_LABEL[r.status] ?? r.status}（${r.by}，${at(r.at)}）${extra ? `：${extra}` : ''}`;
}

/** Pages of a finding's evidence, `第3页、第7页` (or lines for text input). */
export function whereText(f: Finding): string {
  return f.evidence
    .map((e) => (e.page !== undefined ? `第${e.page}页` : e.line !== undefined ? `第${e.line}行` : ''))
    .filter(Boolean)
    .filter((v, i, a) => a.indexOf(v) === i)
    .join('、');
}
