/**
 * A finding's stable fingerprint: it survives re-checks (and rule changes that keep the rule id and
 * what the finding is about), so a review decision can be attached to it.
 * sha256 of rule id + white-space-normalised quote of the first evidence + stated value + evidence
 * page, first 16 hex characters.
 */
import { createHash } from 'node:crypto';
import type { Finding } from './types.js';

export function findingFingerprint(f: Pick<Finding, 'rule' | 'stated' | 'evidence'>): string {
  const e = f.evidence[0];
  const quote = (e?.text ?? '').replace(/\s+/g, ' ').trim();
  const parts = [f.rule, quote, f.stated ?? '', e?.page === undefined ? '' : String(e.page)];
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}
