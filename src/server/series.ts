/**
 * The workbench's corpus: every checked document's stored corpus model (src/corpus/model.ts, kept
 * with the check's result; checks stored before it: the bundle's `fullModel`), linked
 * into bodies (src/corpus/link.ts), and a body's series view (src/corpus/series-view.ts) with each
 * point pointing at the stored document, page, line and box it came from. The views of every body
 * are computed when the set of checked documents changes and kept (the models are not: memory stays
 * small between changes).
 */
import { linkCorpus } from '../corpus/link.js';
import { seriesView, type SeriesPoint } from '../corpus/series-view.js';
import type { Corpus, LinkOverrides } from '../corpus/types.js';
import type { Store } from '../engine/store/store.js';
import { modelFromJson } from '../model/serialize.js';
import { corpusModel, corpusModelFromJson, type CorpusModel } from '../corpus/model.js';
import { latestCheck, latestWorkbenchResult } from './results.js';
import type { DocumentRow, Documents } from './store/documents.js';
import type { LinkCorrections } from './store/links.js';
import { docCharts } from './series-charts.js';
import { compareDepartments, type Comparison } from './compare.js';

export interface LinkedCorpus {
  corpus: Corpus;
  /** Model file (the stored path) → the document's id and name. */
  byFile: Map<string, { id: string; name: string }>;
}

export interface StoredCorpus {
  bodies: ReturnType<typeof bodiesJson>;
  series: Map<string, NonNullable<ReturnType<typeof seriesJson>>>;
  /** The departments' latest-year totals side by side (src/server/compare.ts). */
  compare: Comparison | null;
}

export interface ApiPoint {
  value: string;
  label: string;
  documentId?: string;
  documentName?: string;
  page?: number;
  line: number;
  box?: SeriesPoint['source']['box'];
}

/** One corpus per store, kept while its checked documents are unchanged. */
const cache = new WeakMap<Store, { key: string; value: StoredCorpus }>();

/** The corpus model of a document's latest workbench check: the stored one, else (older checks) made from the bundle's full model. */
async function storedModel(store: Store, row: DocumentRow): Promise<CorpusModel | undefined> {
  const r = await latestWorkbenchResult(store, row).select(['results.corpus_model']).executeTakeFirst();
  if (r?.corpus_model) return corpusModelFromJson(r.corpus_model);
  const check = await latestCheck(store, row);
  return check?.bundle.fullModel ? corpusModel(modelFromJson(check.bundle.fullModel)) : undefined;
}

/** The bodies and series views of the checked documents (those checked before models were stored are left out). */
export async function storedCorpus(store: Store, docs: Documents, links?: LinkCorrections): Promise<StoredCorpus> {
  const done = await docs.list({ status: 'done', sort: 'name', order: 'asc' });
  const corrections = (await links?.all()) ?? new Map();
  // a reviewer's link correction changes the key: the views are built again
  const key = JSON.stringify([done.map((d) => [d.id, d.updatedAt]), [...corrections]]);
  const hit = cache.get(store);
  if (hit?.key === key) return hit.value;
  const models: CorpusModel[] = [];
  const byFile = new Map<string, { id: string; name: string }>();
  for (const d of done) {
    const row = await docs.get(d.id);
    const model = row && (await storedModel(store, row));
    if (!model) continue;
    byFile.set(model.file, { id: d.id, name: d.name });
    models.push(model);
  }
  const overrides: LinkOverrides = { docs: {} };
  for (const [file, doc] of byFile) {
    const c = corrections.get(doc.id);
    if (c) overrides.docs![file] = { ...(c.body ? { body: c.body } : {}), ...(c.year ? { year: c.year } : {}), ...(c.kind ? { kind: c.kind } : {}) };
  }
  const linked: LinkedCorpus = { corpus: linkCorpus(models, overrides), byFile };
  const series = new Map<string, NonNullable<ReturnType<typeof seriesJson>>>();
  for (const k of linked.corpus.bodies.keys()) series.set(k, seriesJson(linked, k)!);
  const value: StoredCorpus = { bodies: bodiesJson(linked), series, compare: compareDepartments(series.values()) };
  cache.set(store, { key, value });
  return value;
}

/** The linked bodies with their years, kinds and documents. */
function bodiesJson(s: LinkedCorpus) {
  return [...s.corpus.bodies.values()].map((b) => {
    const docs = s.corpus.docs.filter((d) => d.body === b.key);
    return {
      key: b.key,
      name: b.names[0] ?? b.key,
      names: b.names,
      scope: b.scope,
      parent: b.parent,
      units: b.units?.map((u) => ({ name: u.name, key: u.body })),
      years: [...new Set(docs.map((d) => d.year).filter((y): y is number => y !== undefined))].sort((x, y) => x - y),
      kinds: [...new Set(docs.map((d) => d.kind).filter((k): k is NonNullable<typeof k> => k !== undefined))].sort(),
      documents: docs.map((d) => ({ ...(s.byFile.get(d.model.file) ?? { id: undefined, name: undefined }), year: d.year, kind: d.kind })),
    };
  });
}

export function apiPoint(s: LinkedCorpus, p: SeriesPoint): ApiPoint {
  const doc = s.byFile.get(p.source.file);
  // the stored path is the server's business: the point names the document instead
  return { value: p.value, label: p.label, documentId: doc?.id, documentName: doc?.name, page: p.source.page, line: p.source.line, box: p.source.box };
}

const opt = (s: LinkedCorpus, p: SeriesPoint | undefined) => (p ? apiPoint(s, p) : undefined);

function timelineJson(s: LinkedCorpus, key: string) {
  return seriesView(s.corpus, key).timeline.map((t) => ({
    year: t.year,
    budget: opt(s, t.budget),
    final: opt(s, t.final),
    budgetInFinal: opt(s, t.budgetInFinal),
    executionRate: t.executionRate,
  }));
}

/** A body's series view (undefined: no such body); a department's linked units side by side. */
function seriesJson(s: LinkedCorpus, key: string) {
  const body = s.corpus.bodies.get(key);
  if (!body) return undefined;
  const v = seriesView(s.corpus, key);
  const units = (body.units ?? [])
    .filter((u): u is { name: string; body: string } => !!u.body && s.corpus.bodies.has(u.body))
    .map((u) => ({ key: u.body, name: u.name, timeline: timelineJson(s, u.body) }));
  return {
    body: key,
    name: body.names[0] ?? key,
    names: body.names,
    scope: body.scope,
    parent: body.parent,
    timeline: timelineJson(s, key),
    classes: v.classes.map((c) => ({ code: c.code, name: c.name, points: c.points.map((p) => ({ ...apiPoint(s, p), year: p.year, kind: p.kind })) })),
    units,
    ...docCharts(s, key),
  };
}
