/**
 * A tiny RuleTester: builds a model from a text snippet through the real pipeline
 * (`textToDocument` + `buildModel`), or from a hand-built model, and runs one rule over it.
 * `ruleTester(rule, { valid, invalid })` turns a table of cases into tests, ESLint-style.
 */
import { applyShownPrecision } from '../model/table-stats.js';
import { describe, expect, it } from 'vitest';
import { textToDocument } from '../readers/text.js';
import { buildModel } from '../extract/index.js';
import { Decimal } from '../model/decimal.js';
import type { Amount, AmountUnit, Column, ColumnRole, DisclosureModel, DocKind, Identity, Row, Table, TableKey } from '../model/types.js';
import type { SourceRef } from '../model/source.js';
import { runRules } from './engine.js';
import type { EffectiveConfig } from './config.js';
import type { Finding, Rule, Severity } from './types.js';

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

/**
 * Runs one rule (through the engine, so metadata and de-duplication apply), with options merged over
 * the rule's defaults and validated like a config file's, and optionally a configured severity.
 */
export function check<O>(rule: Rule<O>, model: DisclosureModel, options?: Partial<O>, severity?: Severity): Finding[] {
  // what extraction does when it completes a table (hand-built tables of tests skip extraction)
  for (const t of model.tables) applyShownPrecision(t);
  if (options === undefined && severity === undefined) return runRules(model, [rule]);
  const merged = { ...(rule.meta.options?.defaults ?? {}), ...(options ?? {}) } as Record<string, unknown>;
  const parsed = rule.meta.options ? (rule.meta.options.schema.parse(merged) as Record<string, unknown>) : merged;
  const config: EffectiveConfig = {
    preset: 'test',
    rules: new Map([[rule.meta.id, { id: rule.meta.id, enabled: true, severity: severity ?? rule.meta.severity, options: parsed, source: 'config' }]]),
  };
  return runRules(model, [rule], config);
}

/** A case of a rule test: a model (or text run through the pipeline) and options. */
export interface RuleCase<O> {
  name: string;
  /** A model, a function building one, or document text read through the real pipeline. */
  model: DisclosureModel | (() => DisclosureModel) | string;
  /** Identity fields for a text case. */
  identity?: Partial<Identity>;
  options?: Partial<O>;
}

/** What one expected finding must show (fields given are compared; a string message is matched as a substring). */
export interface ExpectedFinding {
  message?: string | RegExp;
  stated?: string;
  expected?: string;
  severity?: Severity;
}

export interface InvalidCase<O> extends RuleCase<O> {
  /** The findings, in order (every finding of the rule must be listed). */
  findings: ExpectedFinding[];
}

const build = <O>(c: RuleCase<O>): DisclosureModel => (typeof c.model === 'string' ? modelFromText(c.model, c.identity) : typeof c.model === 'function' ? c.model() : c.model);

/**
 * ESLint's RuleTester for budgetlens: every `valid` case must give no finding, every `invalid` case
 * exactly the findings listed (message, stated, expected, severity as given).
 */
export function ruleTester<O>(rule: Rule<O>, cases: { valid: RuleCase<O>[]; invalid: InvalidCase<O>[] }): void {
  describe(`${rule.meta.id} (RuleTester)`, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        expect(check(rule, build(c), c.options).map((f) => f.message)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const got = check(rule, build(c), c.options);
        expect(got.map((f) => f.message), 'number of findings').toHaveLength(c.findings.length);
        c.findings.forEach((want, i) => expectFinding(got[i], want));
      });
    }
  });
}

/** Compares a finding with what a test case expects of it (fields given only). */
export function expectFinding(f: Pick<Finding, 'message' | 'stated' | 'expected' | 'severity'>, want: ExpectedFinding): void {
  if (want.message instanceof RegExp) expect(f.message).toMatch(want.message);
  else if (want.message !== undefined) expect(f.message).toContain(want.message);
  if (want.stated !== undefined) expect(f.stated).toBe(want.stated);
  if (want.expected !== undefined) expect(f.expected).toBe(want.expected);
  if (want.severity !== undefined) expect(f.severity).toBe(want.severity);
}

export const errors = (fs: Finding[]) => fs.filter((f) => f.severity === 'error');

/** Kind shortcut for tests. */
export const kind = (k: DocKind) => ({ kind: k });
