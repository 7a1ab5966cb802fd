/** CSV report: one finding per row, for spreadsheets. */
import type { DisclosureModel } from '../model/types.js';
import type { Finding } from '../rules/types.js';

export const esc = (v: unknown) => {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export const CSV_HEADER = ['file', 'org', 'year', 'kind', 'rule', 'severity', 'message', 'stated', 'expected', 'page', 'line', 'quote'].join(',');

/** `cell` escapes one value (default: RFC 4180 quoting). */
export function checkCsvRows(file: string, m: DisclosureModel, findings: Finding[], cell: (v: unknown) => string = esc): string[] {
  return findings.map((f) => {
    const e = f.evidence[0];
    return [file, m.identity.org, m.identity.year, m.identity.kind, f.rule, f.severity, f.message, f.stated, f.expected, e?.page, e?.line, e?.text].map(cell).join(',');
  });
}
