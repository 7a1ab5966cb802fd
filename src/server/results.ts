/** A document's latest stored check, shaped for the API: findings with fingerprints, titles and reviews. */
import type { Store } from '../engine/store/store.js';
import type { DocumentRow } from './store/documents.js';
import { rules } from '../rules/engine.js';
import { findingFingerprint } from '../rules/fingerprint.js';
import type { Finding } from '../rules/types.js';
import type { WorkbenchBundle } from './bundle.js';
import type { Review } from './store/reviews.js';

export interface StoredCheck {
  rulesetVersion: string;
  bundle: WorkbenchBundle;
  document: Record<string, unknown>;
  findings: Finding[];
}

const titles = new Map(rules.map((r) => [r.meta.id, r.meta.title]));

/** The query for a document's latest successful workbench result; the caller selects the columns it needs. */
export function latestWorkbenchResult(store: Store, doc: DocumentRow) {
  return store.db
    .selectFrom('results')
    .innerJoin('runs', 'runs.id', 'results.run_id')
    .where('results.doc_hash', '=', doc.id)
    .where('runs.format', '=', 'workbench')
    .where('results.ok', '=', 1)
    .orderBy('results.created_at', 'desc')
    .limit(1);
}

/**
 * The document's latest successful workbench check: still shown while a recheck runs, and kept when
 * a recheck fails (nothing stored is lost). CLI runs on the same store are not workbench bundles.
 */
export async function latestCheck(store: Store, doc: DocumentRow): Promise<StoredCheck | undefined> {
  const r = await latestWorkbenchResult(store, doc).select(['results.json', 'results.output', 'results.ruleset_version']).executeTakeFirst();
  if (!r?.json || !r.output) return undefined;
  const check = JSON.parse(r.json) as { document: Record<string, unknown>; findings: Finding[] };
  return { rulesetVersion: r.ruleset_version, bundle: JSON.parse(r.output) as WorkbenchBundle, document: check.document, findings: check.findings };
}

export function apiFindings(findings: Finding[], docName: string, reviews: Map<string, Review>) {
  return findings.map((f) => {
    const fingerprint = findingFingerprint(f);
    return {
      fingerprint,
      rule: f.rule,
      title: titles.get(f.rule) ?? f.rule,
      severity: f.severity,
      message: f.message,
      stated: f.stated,
      expected: f.expected,
      suggestion: f.suggestion,
      evidence: f.evidence.map((e) => ({ ...e, file: docName })),
      review: reviews.get(fingerprint) ?? null,
    };
  });
}
