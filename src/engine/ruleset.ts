/** The ruleset version recorded with every result: package version + a digest of the rule catalog. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { rules } from '../rules/engine.js';

let cached: string | undefined;

export function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

export function rulesetVersion(): string {
  if (cached) return cached;
  const catalog = JSON.stringify(rules.map((r) => [r.meta.id, r.meta.severity, r.meta.appliesTo]));
  cached = `${packageVersion()}+${createHash('sha256').update(catalog).digest('hex').slice(0, 10)}`;
  return cached;
}
