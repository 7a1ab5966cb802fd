/**
 * Report downloads. JSON and CSV are built here from the stored check; the other formats come from
 * the report module (`src/report/export.ts`, `buildReport`) when it is present — it needs the full
 * model, so the document is analysed again, in a bounded worker process — otherwise 501.
 */
import type { Selectable } from 'kysely';
import type { WbDocumentsTable } from '../engine/store/schema.js';
import { CSV_HEADER, checkCsvRows } from '../report/csv.js';
import type { DisclosureModel } from '../model/types.js';
import { HttpError } from './errors.js';
import { apiFindings, type StoredCheck } from './results.js';
import type { Review } from './store/reviews.js';

export const REPORT_FORMATS = ['html', 'pdf', 'xlsx', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportInput {
  doc: Selectable<WbDocumentsTable>;
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

type BuildReport = (format: ReportFormat, input: { file: string; model: DisclosureModel; findings: unknown[]; reviews?: unknown }) => Promise<ReportFile>;

const stem = (name: string) => name.replace(/\.[^.]+$/, '');
/** Resolved at run time so the server builds before the report module exists. */
const EXPORT_MODULE = '../report/export.js';

export async function buildServerReport(format: ReportFormat, r: ReportInput): Promise<ReportFile> {
  const findings = apiFindings(r.check.findings, r.doc.name, r.reviews);
  if (format === 'json') {
    const body = { file: r.doc.name, document: r.check.document, rulesetVersion: r.check.rulesetVersion, findings, model: r.check.bundle.model };
    return { body: Buffer.from(JSON.stringify(body, null, 2)), contentType: 'application/json; charset=utf-8', fileName: `${stem(r.doc.name)}-检查结果.json` };
  }
  if (format === 'csv') {
    // The CSV rows read only the identity of the model; the stored check carries it.
    const identity = { org: r.doc.org ?? undefined, year: r.doc.year ?? undefined, kind: r.doc.kind ?? undefined };
    const rows = checkCsvRows(r.doc.name, { identity } as unknown as DisclosureModel, r.check.findings);
    const reviewCol = findings.map((f) => (f.review ? `${f.review.status}` : ''));
    const lines = [`${CSV_HEADER},review`, ...rows.map((row, i) => `${row},${reviewCol[i]}`)];
    return { body: Buffer.from('\ufeff' + lines.join('\r\n') + '\r\n'), contentType: 'text/csv; charset=utf-8', fileName: `${stem(r.doc.name)}-问题清单.csv` };
  }
  let mod: { buildReport?: BuildReport } | undefined;
  try {
    mod = (await import(/* @vite-ignore */ EXPORT_MODULE)) as { buildReport?: BuildReport };
  } catch {
    mod = undefined;
  }
  if (!mod?.buildReport) throw new HttpError(501, `暂不支持 ${format} 格式的报告（报告模块尚未就绪）`);
  const { analyzeForReport } = await import('./reanalyze.js');
  const model = await analyzeForReport(r.file, r.doc.size);
  return mod.buildReport(format, { file: r.doc.name, model, findings, reviews: Object.fromEntries(r.reviews) });
}
