/**
 * A finding's stable identity, for reviews that must survive re-checks: a hash of the rule id, the
 * normalised evidence quotes, the stated value and the evidence page. Not of the message wording or
 * of line numbers, which change when rules or extraction improve.
 */
import { createHash } from 'node:crypto';
import type { Finding } from './types.js';

/** NFKC, no white space: the quote as the reader sees it, whatever spacing extraction produced. */
const normalise = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

export function findingFingerprint(f: Pick<Finding, 'rule' | 'stated' | 'evidence'>): string {
  const quotes = f.evidence.map((e) => normalise(e.text));
  const page = f.evidence.find((e) => e.page !== undefined)?.page ?? null;
  const key = JSON.stringify([f.rule, quotes, normalise(f.stated ?? ''), page]);
  return createHash('sha256').update(key).digest('hex').slice(0, 20);
}
