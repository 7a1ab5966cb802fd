/**
 * Reports and exports of one checked document, for the CLI (`budgetlens report`) and the workbench
 * server: html (self-contained, printable), pdf (the original annotated), xlsx, csv, json.
 */
import { basename, extname } from 'node:path';
import { CSV_HEADER, checkCsvRows, esc } from './csv.js';
import { checkJson, extractJson } from './json.js';
import { htmlReport } from './html.js';
import { annotatedPdf } from './pdf-annotate.js';
import { xlsxReport } from './xlsx.js';
import { reportFindings, reviewText, shownName, type ReportInput, type Review } from './review.js';

import type { ReportFormat } from './formats.js';
export { REPORT_FORMATS, type ReportFormat } from './formats.js';
export type { ReportInput, Review };
export { ReportError } from './errors.js';

export interface ReportOutput {
  body: Buffer;
  contentType: string;
  fileName: string;
}

const CONTENT_TYPES: Record<ReportFormat, string> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

const SUFFIX: Record<ReportFormat, string> = { html: '.report.html', pdf: '.annotated.pdf', xlsx: '.findings.xlsx', csv: '.findings.csv', json: '.json' };

/** `报告.pdf` → `报告.annotated.pdf`: the download name of a format. */
export function reportFileName(file: string, format: ReportFormat): string {
  const b = basename(file);
  return b.slice(0, b.length - extname(b).length || undefined) + SUFFIX[format];
}

/** A cell a spreadsheet program would run as a formula (`=…`, `+…`, `@…`) is kept as text with a leading `'`. */
const csvCell = (v: unknown) => esc(typeof v === 'string' && /^[=+@\t\r]/.test(v) ? `'${v}` : v);

/** CSV of findings (the `check --format csv` columns, then fingerprint and review), with a BOM for spreadsheet programs. */
function csvReport(input: ReportInput): string {
  const rows = checkCsvRows(input.displayName ?? input.file, input.model, input.findings, csvCell);
  const extra = reportFindings(input).map((it) => [it.fingerprint, reviewText(it.review)].map(csvCell).join(','));
  return '\uFEFF' + [`${CSV_HEADER},fingerprint,review`, ...rows.map((r, i) => `${r},${extra[i]}`)].join('\r\n') + '\r\n';
}

/** Model and findings as contract JSON (`extract --json` and `check --json`), with reviews by fingerprint. */
function jsonReport(input: ReportInput): string {
  const reviews = reportFindings(input)
    .filter((it) => it.review)
    .map((it) => ({ fingerprint: it.fingerprint, ...it.review, at: it.review!.at instanceof Date ? it.review!.at.toISOString() : it.review!.at }));
  const check = checkJson(input.file, input.model, input.findings);
  const fingerprints = reportFindings(input).map((it) => it.fingerprint);
  return JSON.stringify({ ...extractJson(input.file, input.model), ...check, fingerprints, reviews: input.reviews ? reviews : undefined }, null, 2) + '\n';
}

export async function buildReport(format: ReportFormat, input: ReportInput): Promise<ReportOutput> {
  const done = (body: Buffer) => ({ body, contentType: CONTENT_TYPES[format], fileName: reportFileName(shownName(input), format) });
  switch (format) {
    case 'html':
      return done(Buffer.from(htmlReport(input), 'utf8'));
    case 'pdf':
      return done(Buffer.from(await annotatedPdf(input)));
    case 'xlsx':
      return done(await xlsxReport(input));
    case 'csv':
      return done(Buffer.from(csvReport(input), 'utf8'));
    case 'json':
      return done(Buffer.from(jsonReport(input), 'utf8'));
  }
}
