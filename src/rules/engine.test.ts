import { describe, expect, it } from 'vitest';
import { rules, runRules } from './engine.js';
import { emptyModel, modelFromText, src } from './testing.js';
import type { Rule } from './types.js';

const meta = (id: string): Rule['meta'] => ({ id, title: 't', severity: 'error', category: 'narrative', appliesTo: {}, basis: 'b', docs: 'd' });

describe('engine', () => {
  it('has complete, unique metadata for every rule', () => {
    const ids = rules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rules) {
      expect(r.meta.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      for (const k of ['title', 'basis', 'docs'] as const) expect(r.meta[k].length).toBeGreaterThan(3);
      expect(['error', 'warning', 'info']).toContain(r.meta.severity);
    }
  });
  it('fills rule and default severity, removes duplicates and sorts by position', () => {
    const r: Rule = {
      meta: meta('demo'),
      check: () => [
        { message: 'b', evidence: [{ text: 'b', line: 9 }] },
        { message: 'a', evidence: [{ text: 'a', line: 2 }], severity: 'warning' },
        { message: 'b', evidence: [{ text: 'b', line: 9 }] },
      ],
    };
    const f = runRules(emptyModel(), [r]);
    expect(f.map((x) => [x.rule, x.severity, x.message])).toEqual([
      ['demo', 'warning', 'a'],
      ['demo', 'error', 'b'],
    ]);
    expect(f[0].evidence[0].file).toBe('test.txt');
  });
  it('turns a crashing rule into one info finding and goes on', () => {
    const boom: Rule = { meta: meta('boom'), check: () => { throw new Error('坏了'); } };
    const ok: Rule = { meta: meta('ok'), check: () => [{ message: 'fine', evidence: [{ text: 'x', line: 1, ...src(1) }] }] };
    const f = runRules(emptyModel(), [boom, ok]);
    expect(f.map((x) => [x.rule, x.severity])).toEqual([['rule-crashed', 'info'], ['ok', 'error']]);
    expect(f[0].message).toContain('boom');
  });
  it('applies kind-specific rules only to documents of that kind', () => {
    const r: Rule = { meta: { ...meta('final-only'), appliesTo: { kinds: ['final'] } }, check: () => [{ message: 'x', evidence: [] }] };
    expect(runRules(emptyModel({ kind: 'budget' }), [r])).toEqual([]);
    expect(runRules(emptyModel({ kind: 'final' }), [r])).toHaveLength(1);
    expect(runRules(emptyModel({ kind: undefined }), [r])).toEqual([]);
  });
  it('runs the whole catalog on a real pipeline model without crashing', () => {
    const m = modelFromText('2024 年度收、支总计 671.84 万元，比上年减少 133.44 万元，下降 19.86%。', { kind: 'final', year: 2024 });
    const f = runRules(m);
    expect(f.some((x) => x.rule === 'rule-crashed')).toBe(false);
    expect(f.some((x) => x.rule === 'narrative-change-percent' && x.severity === 'error')).toBe(true);
  });
});
