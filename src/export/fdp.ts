/**
 * Fiscal Data Package of a corpus: expenditure by functional classification (类/款/项, hierarchical)
 * and basic expenditure by economic classification (类/款), the body as the administrative
 * dimension, the year as the date dimension; measures `approved` (budgets) and `executed` (final
 * accounts), CNY with factor 10000 (万元). Descriptor + CSV files; validated by validate.ts.
 */
import { toWan } from '../model/amount.js';
import type { DisclosureModel, Row, Table } from '../model/types.js';
import type { Corpus, CorpusDoc } from '../corpus/types.js';
import { toCsv } from './csv.js';

export interface Package {
  descriptor: Record<string, unknown>;
  /** File name → CSV text. */
  files: Map<string, string>;
}

const ADMIN = ['admin_code', 'admin_name'];
const FUNC = ['function_class_code', 'function_class_name', 'function_kuan_code', 'function_kuan_name', 'function_xiang_code', 'function_xiang_name'];
const ECON = ['econ_class_code', 'econ_class_name', 'econ_kuan_code', 'econ_kuan_name'];
const TAIL = ['approved', 'executed', 'source_file', 'source_page', 'source_line'];
export const FUNCTIONAL_HEADER = [...ADMIN, 'fiscal_year', ...FUNC, ...TAIL];
export const ECONOMIC_HEADER = [...ADMIN, 'fiscal_year', ...ECON, ...TAIL];

const tableOf = (m: Pick<DisclosureModel, 'tables'>, keys: Table['key'][]) => keys.map((k) => m.tables.find((t) => t.key === k && t.rows.length)).find(Boolean);

/** Rows of a code system with no coded descendant in the same table: the finest level printed. */
function leafRows(t: Table, system: (r: Row) => boolean): Row[] {
  const coded = t.rows.filter((r) => r.code && system(r));
  return coded.filter((r) => !coded.some((o) => o !== r && o.code!.length > r.code!.length && o.code!.startsWith(r.code!)));
}

function rowsOf(d: CorpusDoc, body: string, keys: Table['key'][], system: (r: Row) => boolean, levels: number[], prefix: 'function' | 'econ'): Record<string, unknown>[] {
  const t = tableOf(d.model, keys);
  if (!t || !d.kind || d.year === undefined) return [];
  const col = t.columns.findIndex((c) => c.role === 'total');
  if (col < 0) return [];
  const names = new Map(t.rows.filter((r) => r.code).map((r) => [r.code!, r.name.replace(/\s+/g, '')] as const));
  const out: Record<string, unknown>[] = [];
  for (const r of leafRows(t, system)) {
    const v = r.values[col];
    if (!v) continue;
    const o: Record<string, unknown> = { admin_code: body, admin_name: d.model.identity.org ?? body, fiscal_year: d.year };
    const parts = prefix === 'function' ? ['class', 'kuan', 'xiang'] : ['class', 'kuan'];
    parts.forEach((p, i) => {
      const code = r.code!.slice(0, levels[i]);
      if (r.code!.length < levels[i]) return;
      o[`${prefix}_${p}_code`] = code;
      o[`${prefix}_${p}_name`] = names.get(code) ?? (code === r.code ? r.name.replace(/\s+/g, '') : '');
    });
    o[d.kind === 'budget' ? 'approved' : 'executed'] = toWan(v).toString();
    Object.assign(o, { source_file: v.source.file, source_page: v.source.page, source_line: v.source.line });
    out.push(o);
  }
  return out;
}

const field = (name: string, type: string, description: string) => ({ name, type, description });

function schemaOf(header: string[]) {
  const types: Record<string, string> = { fiscal_year: 'year', approved: 'number', executed: 'number', source_page: 'integer', source_line: 'integer' };
  return { fields: header.map((h) => field(h, types[h] ?? 'string', h)), missingValues: [''] };
}

function hierarchy(prefix: string, parts: string[]) {
  const attributes: Record<string, unknown> = {};
  parts.forEach((p, i) => {
    attributes[`${p}_code`] = { source: `${prefix}_${p}_code`, ...(i ? { parent: `${parts[i - 1]}_code` } : {}) };
    attributes[`${p}_name`] = { source: `${prefix}_${p}_name`, labelfor: `${p}_code` };
  });
  return attributes;
}

export function fiscalDataPackage(corpus: Corpus): Package {
  const functional: Record<string, unknown>[] = [];
  const economic: Record<string, unknown>[] = [];
  for (const d of corpus.docs) {
    functional.push(...rowsOf(d, d.body, ['general_budget', 'expenditure'], (r) => (r.codeSystem ?? 'function') === 'function', [3, 5, 7], 'function'));
    economic.push(...rowsOf(d, d.body, ['basic'], (r) => r.codeSystem === 'econ_dept' || r.codeSystem === 'econ_gov', [3, 5], 'econ'));
  }
  const measures: Record<string, unknown> = {};
  for (const res of ['functional', 'economic']) {
    measures[`${res}_approved`] = { resource: `expenditure-${res}`, source: 'approved', currency: 'CNY', factor: 10000, direction: 'expenditure', phase: 'approved' };
    measures[`${res}_executed`] = { resource: `expenditure-${res}`, source: 'executed', currency: 'CNY', factor: 10000, direction: 'expenditure', phase: 'executed' };
  }
  const resource = (name: string, header: string[], title: string) => ({
    name, path: `${name}.csv`, title, profile: 'tabular-data-resource', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', schema: schemaOf(header),
  });
  const descriptor = {
    profile: 'fiscal-data-package',
    name: 'budgetlens-export',
    title: '部门预决算公开数据（budgetlens 导出）',
    resources: [resource('expenditure-functional', FUNCTIONAL_HEADER, '一般公共预算支出（功能分类）'), resource('expenditure-economic', ECONOMIC_HEADER, '一般公共预算基本支出（经济分类）')],
    model: {
      measures,
      dimensions: {
        administrative: { dimensionType: 'classification', classificationType: 'administrative', attributes: { code: { source: 'admin_code' }, name: { source: 'admin_name', labelfor: 'code' } }, primaryKey: ['code'] },
        date: { dimensionType: 'datetime', attributes: { year: { source: 'fiscal_year' } }, primaryKey: ['year'] },
        functional: { dimensionType: 'classification', classificationType: 'functional', resource: 'expenditure-functional', attributes: hierarchy('function', ['class', 'kuan', 'xiang']), primaryKey: ['class_code', 'kuan_code', 'xiang_code'] },
        economic: { dimensionType: 'classification', classificationType: 'economic', resource: 'expenditure-economic', attributes: hierarchy('econ', ['class', 'kuan']), primaryKey: ['class_code', 'kuan_code'] },
      },
    },
  };
  const files = new Map([
    ['expenditure-functional.csv', toCsv(FUNCTIONAL_HEADER, functional)],
    ['expenditure-economic.csv', toCsv(ECONOMIC_HEADER, economic)],
  ]);
  return { descriptor, files };
}
