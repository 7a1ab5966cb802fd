/** End-to-end: rule configuration through the built CLI on generated documents (planted errors). */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { renderSample } from '../src/sample/generate.js';
import { MUTATION_CLASSES, makeMutation } from '../src/sample/mutate.js';

const root = resolve(import.meta.dirname, '..');
const cli = join(root, 'dist/cli/main.js');
const dir = mkdtempSync(join(tmpdir(), 'bl-config-'));
const run = (...args: string[]) => spawnSync('node', [cli, ...args], { encoding: 'utf8', cwd: dir, timeout: 60_000 });

type Out = { findings: { rule: string; severity: string; message: string }[] };
const findings = (stdout: string) => (JSON.parse(stdout.trim().split('\n')[0]) as Out).findings;

const opts = { kind: 'budget' as const, seed: 1, artefacts: false };
const clean = renderSample(opts);
const pct = MUTATION_CLASSES.find((c) => c.id === 'narrative-percent')!;
const planted = makeMutation(pct, clean, 1)!;
const doc = join(dir, 'planted.txt');
writeFileSync(doc, renderSample(opts, planted.mutation).text);
const noStateCapital = join(dir, 'no-state-capital.txt');
writeFileSync(noStateCapital, renderSample(opts, { omitTables: ['state_capital'] }).text);

const config = (name: string, body: unknown) => {
  const f = join(dir, name);
  writeFileSync(f, typeof body === 'string' ? body : JSON.stringify(body));
  return f;
};

describe('rule configuration (CLI)', () => {
  const base = run('check', '--json', doc);
  const rule = findings(base.stdout).find((f) => f.severity === 'error')?.rule;

  it('the planted error is found without a config', () => {
    expect(base.status).toBe(1);
    expect(rule).toBeDefined();
  });

  it('a config that turns the rule off removes its findings', () => {
    const r = run('check', '--json', '--config', config('off.json', { rules: { [rule!]: 'off' } }), doc);
    expect(findings(r.stdout).filter((f) => f.rule === rule)).toEqual([]);
    expect(r.status).toBe(0);
  });

  it('budgetlens.config.json in the current directory is read', () => {
    config('budgetlens.config.json', { rules: { [rule!]: 0 } });
    const r = run('check', '--json', doc);
    expect(findings(r.stdout).filter((f) => f.rule === rule)).toEqual([]);
    config('budgetlens.config.json', {});
  });

  it('a severity override changes the findings and the exit status', () => {
    const r = run('check', '--json', '--config', config('warn.json', { rules: { [rule!]: ['warn'] } }), doc);
    const mine = findings(r.stdout).filter((f) => f.rule === rule);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((f) => f.severity === 'warning')).toBe(true);
    expect(r.status).toBe(0);
  });

  it('a bad config is one Chinese line naming the file, exit status 2', () => {
    for (const [name, body] of [
      ['unknown-rule.json', { rules: { 'no-such-rule': 'off' } }],
      ['bad-level.json', { rules: { 'detail-level': 'loud' } }],
      ['bad-option.json', { rules: { 'detail-level': ['warning', { functionLevel: 9 }] } }],
      ['not-json.json', '{ rules'],
    ] as const) {
      const r = run('check', '--json', '--config', config(name, body), doc);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(name);
      expect(lines[0]).toMatch(/配置文件/);
    }
  });

  it('a preset changes what is required: no state-capital table in the chongqing template', () => {
    const stateCapital = (stdout: string) => findings(stdout).filter((f) => f.rule === 'standard-tables' && f.message.includes('国有资本经营'));
    expect(stateCapital(run('check', '--json', noStateCapital).stdout)).toHaveLength(1);
    expect(stateCapital(run('check', '--json', '--config', config('cq.json', { preset: 'chongqing' }), noStateCapital).stdout)).toEqual([]);
  });

  it('rules shows the effective configuration and where each setting came from', () => {
    const r = run('rules', '--json', '--config', config('show.json', { preset: 'jiangsu', rules: { 'detail-level': ['error', { functionLevel: 2 }], 'narrative-share': 'off' } }));
    expect(r.status).toBe(0);
    const list = JSON.parse(r.stdout) as { id: string; effective: { enabled: boolean; severity: string; options: Record<string, unknown>; source: string } }[];
    const by = new Map(list.map((x) => [x.id, x.effective]));
    expect(by.get('detail-level')).toEqual({ enabled: true, severity: 'error', options: { functionLevel: 2, economicLevel: 2 }, source: 'config' });
    expect(by.get('narrative-share')).toMatchObject({ enabled: false, source: 'config' });
    expect(by.get('standard-tables')).toMatchObject({ source: 'preset' });
    expect((by.get('standard-tables')!.options.budget as string[]).includes('operating_expenses')).toBe(true);
    expect(by.get('row-total')).toMatchObject({ enabled: true, source: 'default' });
    const text = run('rules', '--preset', 'jiangsu').stdout;
    expect(text).toContain('预设：jiangsu');
  });
});
