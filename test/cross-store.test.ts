/**
 * The cross-document pass reads the corpus models stored with the batch's results, not the files:
 * on the shared samples (pdf/, text/ and a handful of corpus/ files) `check` gives the same links and
 * cross-document findings as the old path (full models read directly, linked, checked), and a named
 * run checked again gives them from the store alone.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyzeFile } from '../src/pipeline.js';
import { linkCorpus, linksJson } from '../src/corpus/link.js';
import { runCorpusRules } from '../src/rules/corpus-engine.js';
import type { DisclosureModel } from '../src/model/types.js';
import { Store } from '../src/engine/store/store.js';
import { renderSeriesDoc } from '../src/sample/series.js';
import { mutateSeries } from '../src/sample/series-mutate.js';

const root = resolve(import.meta.dirname, '..');
const cli = join(root, 'dist/cli/main.js');
const SAMPLES = resolve(root, '../shared/samples');
const CORPUS = ['beijing-beijing-xfb-2026-budget-tables.pdf', 'beijing-beijing-xfb-2026-budget-narrative.pdf', 'beijing-beijing-sjj-2026-budget-tables.pdf', 'beijing-beijing-sjj-2026-budget-narrative.pdf'];
const has = existsSync(join(SAMPLES, 'corpus', CORPUS[0]));

const files = has
  ? [...['pdf', 'text'].flatMap((d) => readdirSync(join(SAMPLES, d)).filter((f) => /\.(pdf|txt)$/.test(f)).sort().map((f) => join(SAMPLES, d, f))), ...CORPUS.map((f) => join(SAMPLES, 'corpus', f))]
  : [];

const corpusLine = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as { corpus?: unknown }).find((o) => o.corpus)?.corpus ?? null;

describe.skipIf(!has)('cross-document pass from the run store (shared samples)', () => {
  it('gives the same links and findings as the full models read directly, and again from the store alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-cross-store-'));
    const data = join(dir, 'data');
    const cmd = ['check', '--json', '--no-progress', '--jobs', '2', '--data', data, '--run', 'samples', ...files];
    const first = spawnSync('node', [cli, ...cmd], { encoding: 'utf8', cwd: dir, timeout: 300_000 });
    expect(first.stderr).not.toMatch(/处理失败|超时/);

    const models: DisclosureModel[] = [];
    for (const f of files) {
      const a = await analyzeFile(f);
      if (a.ok) models.push(a.model);
    }
    const corpus = linkCorpus(models);
    const findings = runCorpusRules(corpus);
    expect(findings.length).toBeGreaterThan(0);
    expect(corpusLine(first.stdout)).toEqual({ links: linksJson(corpus), findings });

    const store = await Store.open(join(data, 'budgetlens.db'));
    try {
      const run = (await store.runByName('samples'))!;
      const stored = [];
      for await (const m of store.corpusModels(run.id, 3)) stored.push(m.file);
      expect(stored).toEqual(models.map((m) => m.file));
    } finally {
      await store.close();
    }
    // the run is done: checked again, every result and the corpus come from the store
    const again = spawnSync('node', [cli, ...cmd], { encoding: 'utf8', cwd: dir, timeout: 120_000 });
    expect(again.stdout).toBe(first.stdout);
    expect(again.status).toBe(first.status);
  }, 300_000);
});

describe('cross-document pass over results stored without a corpus model', () => {
  it('leaves those documents out and says so in one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-cross-old-'));
    mkdirSync(join(dir, 'docs'));
    const { series } = mutateSeries({ seed: 2 }, 'final-vs-budget');
    for (const d of series.docs) writeFileSync(join(dir, 'docs', d.file), renderSeriesDoc(d));
    const data = join(dir, 'data');
    const cmd = ['check', '--json', '--no-progress', '--jobs', '2', '--data', data, '--run', 'old', join(dir, 'docs')];
    const first = spawnSync('node', [cli, ...cmd], { encoding: 'utf8', cwd: dir, timeout: 120_000 });
    expect(corpusLine(first.stdout)).not.toBeNull();
    const store = await Store.open(join(data, 'budgetlens.db'));
    try {
      // as a result stored by a version before migration 0004
      await store.db.updateTable('results').set({ corpus_model: null }).where('job_id', 'like', '%.0').execute();
    } finally {
      await store.close();
    }
    const again = spawnSync('node', [cli, ...cmd], { encoding: 'utf8', cwd: dir, timeout: 120_000 });
    expect(again.stderr).toMatch(/跨文件检查未包括 1 个文件/);
    expect((corpusLine(again.stdout) as { links: unknown[] }).links).toHaveLength(series.docs.length - 1);
  }, 120_000);
});
