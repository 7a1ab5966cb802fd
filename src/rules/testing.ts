/**
 * A tiny RuleTester: builds a model from a text snippet through the real pipeline
 * (`textToDocument` + `buildModel`), or from a hand-built model, and runs one rule over it.
 */
import { textToDocument } from '../readers/text.js';
import { buildModel } from '../extract/index.js';
import { Decimal } from '../model/decimal.js';
import type { Amount, AmountUnit, Column, ColumnRole, DisclosureModel, DocKind, Identity, Row, Table, TableKey } from '../model/types.js';
import type { SourceRef } from '../model/source.js';
import { runRules } from './engine.js';
import type { Finding, Rule } from './types.js';

/** Model from text through the real extraction pipeline. Identity fields given override the extracted ones. */
export function modelFromText(text: string, identity: Partial<Identity> = {}, file = 'test.txt'): DisclosureModel {
  const m = buildModel(textToDocument(file, text));
  m.identity = { ...m.identity, ...identity };
  return m;
}

/** An empty model to build by hand. */
export function emptyModel(identity: Partial<Identity> = {}): DisclosureModel {
  return {
    file: 'test.txt',
    format: 'text',
    identity: { isTemplate: false, kind: 'budget', scope: 'department', year: 2024, ...identity },
    narrativeUnit: '万元',
    sections: [],
    paragraphs: [],
    tables: [],
    tableReferences: [],
    facts: {},
    claims: [],
    mentions: [],
    warnings: [],
  };
}

let line = 100;
export const src = (l?: number): SourceRef => ({ file: 'test.txt', line: l ?? line++ });

/** A printed amount: `amt('1,234.56')`, `amt('300', '元')`. */
export function amt(raw: string, unit: AmountUnit = '万元', l?: number): Amount {
  const d = Decimal.parse(raw.replace(/,/g, ''))!;
  return { value: d, unit, precision: d.scale, raw, source: src(l) };
}

export interface RowSpec {
  code?: string;
  name: string;
  values: (string | null)[];
  total?: boolean;
  system?: Row['codeSystem'];
}

export function row(spec: RowSpec, unit: AmountUnit = '万元'): Row {
  const r: Row = {
    name: spec.name,
    values: spec.values.map((v) => (v === null || v === '' ? null : amt(v, unit))),
    source: src(),
  };
  if (spec.code) {
    r.code = spec.code;
    r.codeLevel = spec.code.length <= 3 ? 1 : spec.code.length <= 5 ? 2 : 3;
    r.codeSystem = spec.system ?? (/^[35]/.test(spec.code) ? (spec.code.startsWith('3') ? 'econ_dept' : 'econ_gov') : 'function');
  }
  if (spec.total) r.isTotal = true;
  return r;
}

/** A table: columns as `[name, role]`, rows as specs. */
export function table(key: TableKey, title: string, columns: [string, ColumnRole][], rows: RowSpec[], unit: AmountUnit = '万元', extra: Partial<Table> = {}): Table {
  const cols: Column[] = columns.map(([name, role], index) => ({ index, name, role }));
  return { key, title, unit, source: src(), columns: cols, rows: rows.map((r) => row(r, unit)), ...extra };
}

/** A two-sided table (收支总表; Shanghai 基本支出表): left rows in `rows`, right rows in `rightRows`, each with its columns. */
export function twoSidedTable(
  key: TableKey,
  title: string,
  left: { columns: [string, ColumnRole][]; rows: RowSpec[] },
  right: { columns: [string, ColumnRole][]; rows: RowSpec[] },
  unit: AmountUnit = '万元',
): Table {
  const t = table(key, title, left.columns, left.rows, unit);
  t.rightColumns = right.columns.map(([name, role], index) => ({ index, name, role }));
  t.rightRows = right.rows.map((r) => row(r, unit));
  return t;
}

/** Runs one rule (through the engine, so metadata and de-duplication apply). */
export function check(rule: Rule, model: DisclosureModel): Finding[] {
  return runRules(model, [rule]);
}

export const errors = (fs: Finding[]) => fs.filter((f) => f.severity === 'error');

/** Kind shortcut for tests. */
export const kind = (k: DocKind) => ({ kind: k });
