/**
 * The corpus model: the part of a `DisclosureModel` that linking (link.ts), the cross-document rules
 * (rules/cross-document/) and the series views read (the open-data export reads the same parts but
 * is given full models: it needs every table row). The worker that checks a document builds it at
 * the end of the job and the run store keeps it with the result, so the cross-document pass after a
 * batch (cli/cross.ts) needs no second read of any file, and holds only these slim models.
 *
 * The type names the parts that may be read (the compiler refuses a corpus rule reading anything
 * else); `corpusModel` also drops, inside those parts, what no cross-document reader uses: tables
 * other than the expenditure, "三公" and summary tables keep only their function-classification
 * rows (code names across years), claims only changes (上年 figures), mentions only 上年 and 年初预算
 * figures, paragraphs only those naming units or reasons, with their first line's source. A reader
 * of the narrative that looks for other words must add them here (model.test.ts and
 * test/cross-store.test.ts compare the findings with the full model's). Every figure kept keeps its
 * `SourceRef`.
 */
import { fromExactJson, toExactJson } from '../model/serialize.js';
import type { DisclosureModel, Paragraph, Row, Table } from '../model/types.js';
import type { SourceRef } from '../model/source.js';

export type CorpusModel = Pick<DisclosureModel, 'file' | 'identity' | 'paragraphs' | 'tables' | 'facts' | 'claims' | 'mentions'>;

/** Tables kept whole: the cross-document figures (functionColumn, generalSplit, "三公") and the series sankey (summary). */
const WHOLE_TABLES: ReadonlySet<Table['key']> = new Set(['general_budget', 'expenditure', 'three_public', 'summary']);

/** A row `codeNames` (figures.ts) reads: a named function-classification row. */
const isFunctionRow = (r: Row) => !!r.code && (r.codeSystem ?? 'function') === 'function' && !!r.name;

/**
 * The tables in order: the whole tables as they are, the others with only the function rows whose
 * code no earlier table names (codeNames keeps a code's first row, in table order).
 */
function slimTables(tables: Table[]): Table[] {
  const seen = new Set<string>();
  const out: Table[] = [];
  for (const t of tables) {
    if (WHOLE_TABLES.has(t.key)) {
      for (const r of t.rows) if (isFunctionRow(r)) seen.add(r.code!);
      out.push(t);
      continue;
    }
    const rows = t.rows.filter((r) => isFunctionRow(r) && !seen.has(r.code!));
    for (const r of rows) seen.add(r.code!);
    if (!rows.length) continue;
    const slim: Table = { key: t.key, title: t.title, unit: t.unit, source: t.source, columns: t.columns, rows };
    if (t.unreliable) slim.unreliable = t.unreliable;
    out.push(slim);
  }
  return out;
}

/** Words of the narrative the cross-document readers look for: a unit list (link.ts `unitList`). */
export const UNIT_LIST_WORDS = /(编制范围|所属|下属|二级预算)/;
/** … and a stated reason for a change (yoy-unexplained). */
export const REASON_WORDS = /原因|由于|主要是|因为/;

/** Paragraphs with those words (white space ignored), each with its text and its first line's source (what evidence quotes). */
function slimParagraphs(ps: Paragraph[]): Paragraph[] {
  return ps.filter((p) => UNIT_LIST_WORDS.test(p.text.replace(/\s+/g, '')) || REASON_WORDS.test(p.text.replace(/\s+/g, ''))).map((p) => ({ text: p.text, spans: p.spans.slice(0, 1) }));
}

export function corpusModel(m: CorpusModel): CorpusModel {
  return {
    file: m.file,
    identity: m.identity,
    paragraphs: slimParagraphs(m.paragraphs),
    tables: slimTables(m.tables),
    facts: m.facts,
    claims: m.claims.filter((c) => c.kind === 'change'),
    mentions: m.mentions.filter((x) => x.role === 'prior' || x.role === 'budget'),
  };
}

/**
 * As exact JSON (Decimals as model/serialize.ts). Every `SourceRef` of a model is under a `source`
 * key and names the model's file: the file is written once, on the model, and put back on reading.
 */
export function corpusModelToJson(m: CorpusModel): string {
  return toExactJson(m, (key, value) => {
    if (key !== 'source' || !value || typeof value !== 'object' || (value as SourceRef).file !== m.file) return value;
    const { file: _file, ...rest } = value as SourceRef;
    return rest;
  });
}

export function corpusModelFromJson(text: string): CorpusModel {
  const sources: Partial<SourceRef>[] = [];
  const m = fromExactJson<CorpusModel>(text, (key, value) => {
    if (key === 'source' && value && typeof value === 'object' && !('file' in value)) sources.push(value as Partial<SourceRef>);
    return value;
  });
  // the file first again, as the reader wrote it (same JSON out as from the full model)
  for (const s of sources) {
    const rest = { ...s };
    for (const k of Object.keys(s)) delete s[k as keyof SourceRef];
    Object.assign(s, { file: m.file }, rest);
  }
  return m;
}
