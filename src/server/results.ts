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

export async function latestCheck(store: Store, doc: DocumentRow): Promise<StoredCheck | undefined> {
  if (!doc.job_id || doc.status !== 'done') return undefined;
  const job = await store.job(doc.job_id);
  if (!job) return undefined;
  const [r] = await store.results(job.runId);
  if (!r || !r.outcome.ok) return undefined;
  const check = JSON.parse(r.outcome.json) as { document: Record<string, unknown>; findings: Finding[] };
  return { rulesetVersion: r.outcome.ruleset, bundle: JSON.parse(r.outcome.output) as WorkbenchBundle, document: check.document, findings: check.findings };
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
      evidence: f.evidence.map((e) => ({ file: docName, page: e.page, line: e.line, box: e.box, text: e.text })),
      review: reviews.get(fingerprint) ?? null,
    };
  });
}
