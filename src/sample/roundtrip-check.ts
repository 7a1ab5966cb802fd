/**
 * Compares what the pipeline recovers from a generated document with the generator's truth:
 * identity, facts, and the tables (keys, codes, names, values). Used by the round-trip property
 * tests; returns one line per mismatch, precise enough to find the parser bug (seed, line, expected
 * vs got).
 */
import { Decimal } from '../model/decimal.js';
import type { DisclosureModel, Row, Table } from '../model/types.js';
import { buildModel } from '../extract/index.js';
import { textToDocument } from '../readers/text.js';
import { generateSample, type SampleTruth, type StyleName, type TruthRow, type TruthTable } from './generate.js';

export interface Mismatch {
  /** identity | fact | table-missing | table-unit | table-rows | row */
  kind: string;
  /** `fact:basic_expenditure`, `table:revenue` … for grouping. */
  what: string;
  message: string;
}

export interface RoundTripResult {
  kind: 'budget' | 'final';
  seed: number;
  artefacts: boolean;
  style?: StyleName;
  mismatches: Mismatch[];
}

/** Row label without numbering (`一、`, `（一）`, `1.`, `其中：`) and white space. */
export function normalizeName(s: string): string {
  return s
    .replace(/\s+/g, '')
    .replace(/^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|其中[:：])+/, '')
    .replace(/^[:：]/, '');
}

const ZERO = Decimal.ZERO;
const truthValue = (v: string | null | undefined): Decimal => (v == null ? ZERO : Decimal.parse(v)!);
const modelValue = (r: Row, i: number): Decimal => r.values[i]?.value ?? ZERO;

const show = (xs: (Decimal | null)[]) => '[' + xs.map((x) => (x === null ? '·' : x.toString())).join(', ') + ']';

/** A row the parser must find: it has a code or a non-zero figure. */
const informativeTruth = (r: TruthRow) => !!r.code || r.values.some((v) => v !== null && !truthValue(v).isZero());
const informativeModel = (r: Row) => !!r.code || r.values.some((v) => v !== null && !v.value.isZero());

function compareRows(where: string, truth: TruthRow[], model: Row[], out: Mismatch[], what: string) {
  const t = truth.filter(informativeTruth);
  const m = model.filter(informativeModel);
  const n = Math.max(t.length, m.length);
  let reported = 0;
  for (let i = 0; i < n && reported < 3; i++) {
    const tr = t[i];
    const mr = m[i];
    const label = tr ? tr.code ?? tr.name : '(none)';
    const line = mr ? ` (line ${mr.source.line})` : '';
    if (!tr || !mr) {
      out.push({ kind: 'row', what, message: `${where} row ${i + 1}: expected ${tr ? `${label} ${show(tr.values.map((v) => (v === null ? null : truthValue(v))))}` : 'no more rows'}, got ${mr ? `${mr.code ?? mr.name} ${show(mr.values.map((v) => v?.value ?? null))}${line}` : 'no more rows'}` });
      reported++;
      if (t.length !== m.length) {
        out.push({ kind: 'table-rows', what, message: `${where}: expected ${t.length} rows with figures or codes, got ${m.length}` });
        return;
      }
      continue;
    }
    const problems: string[] = [];
    if (tr.code && mr.code !== tr.code) problems.push(`code ${mr.code ?? '(none)'} ≠ ${tr.code}`);
    if (tr.name && normalizeName(mr.name) !== tr.name) problems.push(`name “${mr.name}” ≠ “${tr.name}”`);
    const len = Math.max(tr.values.length, mr.values.length);
    for (let k = 0; k < len; k++) {
      if (!truthValue(tr.values[k]).eq(modelValue(mr, k))) {
        problems.push(`values ${show(mr.values.map((v) => v?.value ?? null))} ≠ expected ${show(tr.values.map((v) => (v === null ? null : truthValue(v))))}`);
        break;
      }
    }
    if (problems.length) {
      out.push({ kind: 'row', what, message: `${where} row ${i + 1} (${label})${line}: ${problems.join('; ')}` });
      reported++;
    }
  }
}

function compareTable(tt: TruthTable, mt: Table | undefined, out: Mismatch[]) {
  const what = `table:${tt.key}`;
  if (!mt) {
    out.push({ kind: 'table-missing', what, message: `table ${tt.key} (${tt.title}) not found` });
    return;
  }
  const where = `table ${tt.key} (line ${mt.source.line})`;
  if (mt.unit !== tt.unit) out.push({ kind: 'table-unit', what, message: `${where}: unit ${mt.unit} ≠ ${tt.unit}` });
  if (tt.empty) {
    const figures = mt.rows.filter((r) => r.values.some((v) => v && !v.value.isZero()));
    if (figures.length) out.push({ kind: 'row', what, message: `${where}: empty table read with ${figures.length} rows of figures` });
    return;
  }
  compareRows(where, tt.rows, mt.rows, out, what);
  if (tt.rightRows) {
    if (!mt.rightRows) out.push({ kind: 'table-rows', what, message: `${where}: right-hand side (支出) not read` });
    else compareRows(`${where} right`, tt.rightRows, mt.rightRows, out, what);
  }
}

export function compareModel(truth: SampleTruth, model: DisclosureModel): Mismatch[] {
  const out: Mismatch[] = [];
  const id = model.identity;
  for (const k of ['org', 'year', 'kind', 'scope'] as const) {
    if (id[k] !== truth.identity[k]) out.push({ kind: 'identity', what: `identity:${k}`, message: `identity ${k}: got ${id[k] ?? '(none)'}, expected ${truth.identity[k]}` });
  }
  for (const [k, v] of Object.entries(truth.facts)) {
    const f = model.facts[k as keyof typeof model.facts];
    const want = Decimal.parse(v!)!;
    if (!f) out.push({ kind: 'fact', what: `fact:${k}`, message: `fact ${k}: missing, expected ${v}` });
    else if (!f.value.eq(want)) out.push({ kind: 'fact', what: `fact:${k}`, message: `fact ${k}: got ${f.value.toString()} (line ${f.source.line}: “${f.text.slice(0, 80)}”), expected ${v}` });
  }
  for (const tt of truth.tables) compareTable(tt, model.tables.find((t) => t.key === tt.key), out);
  return out;
}

export function roundTrip(kind: 'budget' | 'final', seed: number, artefacts: boolean, style?: StyleName): RoundTripResult {
  const { text, truth } = generateSample({ kind, seed, artefacts, style });
  let model: DisclosureModel;
  try {
    model = buildModel(textToDocument(`sample-${style ? style + '-' : ''}${kind}-${seed}${artefacts ? '-artefacts' : ''}.txt`, text));
  } catch (e) {
    const msg = e instanceof Error ? e.stack ?? e.message : String(e);
    return { kind, seed, artefacts, style, mismatches: [{ kind: 'crash', what: 'crash', message: `buildModel threw: ${msg.split('\n').slice(0, 3).join(' | ')}` }] };
  }
  return { kind, seed, artefacts, style, mismatches: compareModel(truth, model) };
}

/** A short report: counts per mismatch kind and the first examples of each. */
export function summarize(results: RoundTripResult[], examplesPer = 2): string {
  const by = new Map<string, { n: number; docs: number; examples: string[] }>();
  for (const r of results) {
    const seen = new Set<string>();
    for (const m of r.mismatches) {
      const e = by.get(m.what) ?? { n: 0, docs: 0, examples: [] };
      e.n++;
      if (!seen.has(m.what)) {
        e.docs++;
        seen.add(m.what);
        if (e.examples.length < examplesPer) e.examples.push(`[${r.style ? r.style + ' ' : ''}${r.kind} seed=${r.seed}${r.artefacts ? ' artefacts' : ''}] ${m.message}`);
      }
      by.set(m.what, e);
    }
  }
  const failed = results.filter((r) => r.mismatches.length).length;
  const lines = [`${failed}/${results.length} documents with mismatches`];
  for (const [what, e] of [...by.entries()].sort((a, b) => b[1].docs - a[1].docs)) {
    lines.push(`${what}: ${e.docs} documents`);
    for (const x of e.examples) lines.push(`    ${x}`);
  }
  return lines.join('\n');
}
