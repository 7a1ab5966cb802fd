import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, resolveConfig } from './config.js';
import { rules, runRules } from './engine.js';
import { PRESETS } from './presets/index.js';
import { emptyModel, table } from './testing.js';
import { STANDARD } from './completeness/standard-tables.js';
import type { Rule } from './types.js';

describe('rule configuration', () => {
  it('defaults come from rule metadata under the national preset', () => {
    const c = resolveConfig(rules);
    expect(c.preset).toBe('national');
    for (const r of rules) expect(c.rules.get(r.meta.id)).toMatchObject({ enabled: true, severity: r.meta.severity, source: 'default' });
  });
  it('layers default → preset → config, options merged key by key', () => {
    const c = resolveConfig(rules, parseConfig({ preset: 'chongqing', rules: { 'standard-tables': ['info', { final: ['summary'] }] } }, 'x.json'));
    const st = c.rules.get('standard-tables')!;
    expect(st.severity).toBe('info');
    expect(st.source).toBe('config');
    expect(st.options.final).toEqual(['summary']);
    expect(st.options.budget as string[]).not.toContain('state_capital');
  });
  it('rejects unknown rules, presets, levels and options with a message naming the file', () => {
    const bad = [{ rules: { nope: 'off' } }, { preset: 'mars' }, { rules: { 'detail-level': 'loud' } }, { rules: { 'detail-level': ['warning', { depth: 3 }] } }, { rules: { 'row-total': ['warning', { x: 1 }] } }, { extra: 1 }];
    for (const raw of bad) {
      expect(() => resolveConfig(rules, parseConfig(raw, 'my.json'), { file: 'my.json' })).toThrow(ConfigError);
      try {
        resolveConfig(rules, parseConfig(raw, 'my.json'), { file: 'my.json' });
      } catch (e) {
        expect((e as Error).message).toMatch(/my\.json/);
        expect((e as Error).message).not.toContain('\n');
      }
    }
  });
  it('every preset resolves against the catalog', () => {
    for (const p of PRESETS) expect(resolveConfig(rules, { preset: p.id }).preset).toBe(p.id);
  });
  it('the engine skips rules turned off and passes options', () => {
    const seen: unknown[] = [];
    const r: Rule<{ n: number }> = {
      meta: { id: 'demo', title: 't', severity: 'error', category: 'narrative', appliesTo: {}, basis: 'b', docs: 'd', options: { schema: { safeParse: (v: unknown) => ({ success: true, data: v }) } as never, defaults: { n: 1 } } },
      check: (_m, ctx) => {
        seen.push(ctx.options);
        return [{ message: 'x', evidence: [] }];
      },
    };
    const on = resolveConfig([r], { rules: { demo: ['warning', { n: 2 }] } });
    expect(runRules(emptyModel(), [r], on).map((f) => f.severity)).toEqual(['warning']);
    expect(seen).toEqual([{ n: 2 }]);
    expect(runRules(emptyModel(), [r], resolveConfig([r], { rules: { demo: 'off' } }))).toEqual([]);
  });
  it('a preset never requires a table its template prints under a national title', () => {
    for (const p of PRESETS) {
      const m = emptyModel({ kind: 'budget' });
      const c = resolveConfig(rules, { preset: p.id });
      const req = c.rules.get('standard-tables')!.options.budget as string[];
      // every required key is one the catalog can name
      for (const k of req) expect(typeof k).toBe('string');
      m.tables = req.map((k) => table(k as never, STANDARD.budget.find(([key]) => key === k)?.[1] ?? k, [['合计', 'total']], []));
      expect(runRules(m, rules.filter((r) => r.meta.id === 'standard-tables'), c)).toEqual([]);
    }
  });
});
