/**
 * RuleTester for corpus rules: each case is a set of models (hand-built with testing.ts helpers,
 * each with its own file name), linked like a CLI batch and checked by one corpus rule.
 */
import { describe, expect, it } from 'vitest';
import { linkCorpus } from '../corpus/link.js';
import type { LinkOverrides } from '../corpus/types.js';
import type { DisclosureModel, Identity } from '../model/types.js';
import { runCorpusRules } from './corpus-engine.js';
import type { EffectiveConfig } from './config.js';
import type { CorpusRule } from './types.js';
import { emptyModel, expectFinding, type ExpectedFinding } from './testing.js';

/** A model with a file name; its figures' sources name the file too. */
export function doc(file: string, identity: Partial<Identity>, build: (m: DisclosureModel) => void = () => {}): DisclosureModel {
  const m = { ...emptyModel(identity), file };
  build(m);
  const fix = (s: { file: string }) => (s.file = file);
  for (const t of m.tables) for (const r of [...t.rows, ...(t.rightRows ?? [])]) {
    fix(r.source);
    for (const v of r.values) if (v) fix(v.source);
  }
  for (const x of m.mentions) (fix(x.source), fix(x.amount.source));
  for (const c of m.claims) fix(c.source);
  for (const f of Object.values(m.facts)) if (f) (fix(f.source), f.amount && fix(f.amount.source));
  for (const p of m.paragraphs) for (const s of p.spans) fix(s.source);
  return m;
}

export interface CorpusCase<O> {
  name: string;
  models: () => DisclosureModel[];
  options?: Partial<O>;
  overrides?: LinkOverrides;
}

export function corpusRuleTester<O>(rule: CorpusRule<O>, cases: { valid: CorpusCase<O>[]; invalid: (CorpusCase<O> & { findings: (ExpectedFinding & { file?: string })[] })[] }): void {
  const run = (c: CorpusCase<O>) => {
    const options = { ...(rule.meta.options?.defaults ?? {}), ...(c.options ?? {}) } as Record<string, unknown>;
    const config: EffectiveConfig = { preset: 'test', rules: new Map([[rule.meta.id, { id: rule.meta.id, enabled: true, severity: rule.meta.severity, options, source: 'config' }]]) };
    return runCorpusRules(linkCorpus(c.models(), c.overrides), [rule], config);
  };
  describe(`${rule.meta.id} (corpus RuleTester)`, () => {
    for (const c of cases.valid) it(`valid: ${c.name}`, () => expect(run(c).map((f) => f.message)).toEqual([]));
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const got = run(c);
        expect(got.map((f) => f.message), 'number of findings').toHaveLength(c.findings.length);
        c.findings.forEach((want, i) => {
          expectFinding(got[i], want);
          if (want.file !== undefined) expect(got[i].file).toBe(want.file);
        });
      });
    }
  });
}
