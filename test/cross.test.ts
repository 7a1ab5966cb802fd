/** End-to-end: `check` across the files given together, and `export`, through the built CLI. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { renderSeriesDoc } from '../src/sample/series.js';
import { mutateSeries } from '../src/sample/series-mutate.js';

const root = resolve(import.meta.dirname, '..');
const cli = join(root, 'dist/cli/main.js');
const run = (cwd: string, ...args: string[]) => spawnSync('node', [cli, ...args], { encoding: 'utf8', cwd, timeout: 120_000 });

describe('budgetlens check across documents', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bl-cross-'));
  const docs = join(dir, 'docs');
  mkdirSync(docs);
  const { series, file } = mutateSeries({ seed: 2 }, 'final-vs-budget');
  for (const d of series.docs) writeFileSync(join(docs, d.file), renderSeriesDoc(d));

  it('--json: per-document lines unchanged, then one corpus line with links and findings attached to the file', () => {
    const r = run(dir, 'check', '--json', '--no-progress', '--jobs', '2', docs);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.slice(0, -1).map((o) => o.file).length).toBe(series.docs.length);
    const corpus = lines.at(-1).corpus;
    expect(corpus.links).toHaveLength(series.docs.length);
    const f = corpus.findings.find((x: { rule: string }) => x.rule === 'final-vs-budget');
    expect(f.file).toBe(join(docs, file));
    expect(new Set(f.evidence.map((e: { file: string }) => e.file)).size).toBe(2);
    expect(r.status).toBe(1);
  }, 120_000);

  it('--no-cross skips the cross-document rules', () => {
    const r = run(dir, 'check', '--json', '--no-progress', '--no-cross', docs);
    expect(r.stdout.trim().split('\n').every((l) => JSON.parse(l).file)).toBe(true);
  }, 120_000);

  it('a batch above --cross-max skips the cross-document rules with a notice (bounded memory)', () => {
    const r = run(dir, 'check', '--json', '--no-progress', '--cross-max', '2', docs);
    expect(r.stdout.trim().split('\n').every((l) => JSON.parse(l).file)).toBe(true);
    expect(r.stderr).toMatch(/跨文件检查已跳过.*超过 2 个/);
  }, 120_000);

  it('export --format fdp writes a package', () => {
    const out = join(dir, 'fdp');
    const r = run(dir, 'export', '--format', 'fdp', '--out', out, docs);
    expect(r.status).toBe(0);
    expect(existsSync(join(out, 'expenditure-functional.csv'))).toBe(true);
    expect(JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8')).model.measures.functional_approved.factor).toBe(10000);
  }, 120_000);
});
