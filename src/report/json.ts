/** The contract JSON (../shared/eval/CONTRACT.md) for `extract --json` and `check --json`. */
import { toWan } from '../model/amount.js';
import type { Amount, DisclosureModel, Table } from '../model/types.js';
import type { Finding } from '../rules/types.js';
import { findingFingerprint } from '../rules/fingerprint.js';

function sourceJson(s: { page?: number; line: number; box?: unknown; sheet?: string; cell?: string; paragraph?: number; path?: string }, text?: string) {
  const o: Record<string, unknown> = {};
  if (s.page !== undefined) o.page = s.page;
  o.line = s.line;
  if (s.box) o.box = s.box;
  for (const k of ['sheet', 'cell', 'paragraph', 'path'] as const) if (s[k] !== undefined) o[k] = s[k];
  if (text !== undefined) o.text = text;
  return o;
}

export function documentJson(m: DisclosureModel) {
  const { org, year, kind, scope, region, isTemplate } = m.identity;
  return { org, year, kind, scope, region, template: isTemplate || undefined };
}

const amountNum = (a: Amount | null) => (a ? a.value.toNumber() : null);

function tableJson(t: Table) {
  const o: Record<string, unknown> = {
    key: t.key,
    title: t.title,
    number: t.number,
    page: t.page,
    line: t.source.line,
    unit: t.unit,
    columns: t.columns.map((c) => c.name),
    rows: t.rows.map((r) => ({
      code: r.code,
      level: r.codeLevel,
      name: r.name,
      total: r.isTotal || undefined,
      values: r.values.map(amountNum),
      line: r.source.line,
      page: r.source.page,
    })),
  };
  if (t.rightRows) {
    o.rightColumns = (t.rightColumns ?? []).map((c) => c.name);
    o.rightRows = t.rightRows.map((r) => ({ code: r.code, name: r.name, total: r.isTotal || undefined, values: r.values.map(amountNum), line: r.source.line }));
  }
  if (t.emptyStatement) o.empty = t.emptyStatement.text;
  return o;
}

export function extractJson(file: string, m: DisclosureModel) {
  const facts: Record<string, unknown> = {};
  for (const [k, f] of Object.entries(m.facts)) {
    if (!f) continue;
    const isStaff = k.startsWith('staff_');
    facts[k] = {
      value: f.value.toNumber(),
      unit: isStaff ? '人' : '万元',
      exact: f.value.toString(),
      printed: f.amount ? `${f.amount.raw}${f.amount.unit}` : undefined,
      from: f.from,
      source: sourceJson(f.source, f.text),
    };
  }
  return {
    file,
    format: m.format,
    document: documentJson(m),
    facts,
    tables: m.tables.map(tableJson),
    tablesElsewhere: m.tablesElsewhere ? sourceJson(m.tablesElsewhere.source, m.tablesElsewhere.text) : undefined,
    sections: m.sections.length,
    claims: m.claims.length,
    ocr: ocrJson(m),
    warnings: m.warnings.length ? m.warnings : undefined,
  };
}

/** Pages whose text was recognised by OCR (the reader's `ocr` warnings), absent when none. */
function ocrJson(m: DisclosureModel): { pages: number[] } | undefined {
  const pages = m.warnings.filter((w) => w.code === 'ocr' && w.page !== undefined).map((w) => w.page!);
  return pages.length ? { pages } : undefined;
}

export function summarize(findings: Finding[]) {
  const s = { error: 0, warning: 0, info: 0 };
  for (const f of findings) s[f.severity]++;
  return s;
}

export function checkJson(file: string, m: DisclosureModel, findings: Finding[]) {
  return {
    file,
    document: documentJson(m),
    // `fingerprint`: the finding's stable identity (the workbench keys reviews by it).
    findings: findings.map((f) => ({ ...f, fingerprint: findingFingerprint(f) })),
    summary: summarize(findings),
    ocr: ocrJson(m),
    warnings: m.warnings.length ? m.warnings : undefined,
  };
}

export { toWan };
