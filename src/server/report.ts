/**
 * Report downloads. With the report module (`src/report/export.ts`, `buildReport`) in the build,
 * every format comes from it: it needs the full model, so the document is read again in a bounded
 * child process (report-run.ts). Without it, JSON and CSV are built here from the stored check and
 * the other formats answer 501.
 */
import type { DocumentRow } from './store/documents.js';
import { CSV_HEADER, checkCsvRows } from '../report/csv.js';
import type { DisclosureModel } from '../model/types.js';
import { HttpError } from './errors.js';
import { defaultTimeoutMs } from '../engine/timeout.js';
import { runReportJob } from './report-run.js';
import { apiFindings, type StoredCheck } from './results.js';
import type { Review } from './store/reviews.js';

export const REPORT_FORMATS = ['html', 'pdf', 'xlsx', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportInput {
  doc: DocumentRow;
  /** Absolute path of the stored original. */
  file: string;
  check: StoredCheck;
  reviews: Map<string, Review>;
}

export interface ReportFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

const stem = (name: string) => name.replace(/\.[^.]+$/, '');
const STATUS_LABEL: Record<string, string> = { confirmed: '已确认', dismissed: '已驳回' };
const reviewText = (v: Review | null) => (v ? `${STATUS_LABEL[v.status] ?? v.status}（${v.by}，${v.at.replace('T', ' ').replace(/\.\d+Z?$|Z$/, '')}）${[v.reason && `原因：${v.reason}`, v.comment && `意见：${v.comment}`].filter(Boolean).join('；').replace(/^./, '：$&')}` : '');
const csvCell = (v: string) => (/[",\n\r]/.test(v) || /^[=+@\t\r-]/.test(v) ? `"${(/^[=+@\t\r-]/.test(v) ? `'${v}` : v).replace(/"/g, '""')}"` : v);
/** Resolved at run time so the server builds before the report module exists. */
const EXPORT_MODULE = '../report/export.js';

let available: Promise<boolean> | undefined;
/** Whether the report module (`src/report/export.ts`) is part of this build. */
const reportModuleAvailable = () =>
  (available ??= import(/* @vite-ignore */ EXPORT_MODULE).then(
    (m: { buildReport?: unknown }) => typeof m.buildReport === 'function',
    () => false,
  ));

export async function buildServerReport(format: ReportFormat, r: ReportInput): Promise<ReportFile> {
  if (await reportModuleAvailable()) return runReportJob({ format, file: r.file, displayName: r.doc.name, findings: r.check.findings, reviews: [...r.reviews], timeoutMs: defaultTimeoutMs(r.file, r.doc.size) });
  // Until the report module is merged: the same shapes as its JSON and CSV exports.
  const findings = apiFindings(r.check.findings, r.doc.name, r.reviews);
  const reviews = findings.filter((f) => f.review).map((f) => ({ fingerprint: f.fingerprint, ...f.review }));
  if (format === 'json') {
    const body = { ...r.check.bundle.model, file: r.doc.name, document: r.check.document, findings: r.check.findings, rulesetVersion: r.check.rulesetVersion, fingerprints: findings.map((f) => f.fingerprint), reviews };
    return { body: Buffer.from(JSON.stringify(body, null, 2) + '\n'), contentType: 'application/json; charset=utf-8', fileName: `${stem(r.doc.name)}.json` };
  }
  if (format === 'csv') {
    // The CSV rows read only the identity of the model; the stored check carries it.
    const identity = { org: r.doc.org ?? undefined, year: r.doc.year ?? undefined, kind: r.doc.kind ?? undefined };
    const rows = checkCsvRows(r.doc.name, { identity } as unknown as DisclosureModel, r.check.findings);
    const extra = findings.map((f) => [f.fingerprint, reviewText(f.review)].map(csvCell).join(','));
    const lines = [`${CSV_HEADER},fingerprint,review`, ...rows.map((row, i) => `${row},${extra[i]}`)];
    return { body: Buffer.from('\ufeff' + lines.join('\r\n') + '\r\n'), contentType: 'text/csv; charset=utf-8', fileName: `${stem(r.doc.name)}.findings.csv` };
  }
  throw new HttpError(501, `暂不支持 ${format} 格式的报告（报告模块尚未就绪）`);
}
