/**
 * Transparency score: removing a table or a narrative topic from a generated document lowers the
 * score by exactly the rubric's weight; weights are configurable; every item of every shared sample
 * has its evidence or the reason it lost points.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeFile } from '../pipeline.js';
import { renderSample, type Mutation, type SampleOptions } from '../sample/generate.js';
import { loadWeights, scoreModel, WeightsError, type Score } from './score.js';

const dir = mkdtempSync(join(tmpdir(), 'budgetlens-score-test-'));
let n = 0;

async function scoreOf(o: SampleOptions, m: Mutation = {}, weightsFile?: string): Promise<Score> {
  const file = join(dir, `doc-${n++}.txt`);
  writeFileSync(file, renderSample(o, m).text);
  const a = await analyzeFile(file, { check: true });
  if (!a.ok) throw new Error(a.error);
  return scoreModel(a.model, a.findings ?? [], loadWeights(weightsFile));
}

const item = (s: Score, id: string) => s.items.find((i) => i.id === id)!;
const w = loadWeights();

describe('score: the rubric on generated documents', () => {
  const cases: { o: SampleOptions; table: 'revenue' | 'fiscal_summary' | 'basic'; topic: 'procurement' | 'assets' | 'operating' }[] = [
    { o: { kind: 'final', seed: 21, style: 'beijing' }, table: 'revenue', topic: 'procurement' },
    { o: { kind: 'budget', seed: 22, style: 'jiangsu' }, table: 'fiscal_summary', topic: 'assets' },
    { o: { kind: 'final', seed: 23, style: 'guangdong' }, table: 'revenue', topic: 'operating' },
  ];
  for (const c of cases) {
    it(`${c.o.kind}/${c.o.style}: a removed table or topic costs exactly its weight`, async () => {
      const full = await scoreOf(c.o);
      expect(item(full, `table:${c.table}`).points).toBe(w.tables[c.table]);
      expect(item(full, `topic:${c.topic}`).points).toBe(w.topics[c.topic]);

      const noTable = await scoreOf(c.o, { omitTables: [c.table] });
      expect(item(noTable, `table:${c.table}`)).toMatchObject({ points: 0, lost: '未找到此表' });
      expect(full.total - noTable.total).toBeCloseTo(w.tables[c.table], 6);

      const noTopic = await scoreOf(c.o, { omitSections: [c.topic] });
      expect(item(noTopic, `topic:${c.topic}`).points).toBe(0);
      expect(full.total - noTopic.total).toBeCloseTo(w.topics[c.topic], 6);
    });
  }

  it('weights come from a file merged over the defaults', async () => {
    const f = join(dir, 'weights.json');
    writeFileSync(f, JSON.stringify({ tables: { revenue: 10 } }));
    const o: SampleOptions = { kind: 'final', seed: 21, style: 'beijing' };
    const full = await scoreOf(o, {}, f);
    const noTable = await scoreOf(o, { omitTables: ['revenue'] }, f);
    expect(full.max).toBe(100 - w.tables.revenue + 10);
    expect(full.total - noTable.total).toBeCloseTo(10, 6);
    writeFileSync(f, JSON.stringify({ detail: { function: 'x' } }));
    expect(() => loadWeights(f)).toThrow(WeightsError);
  });
});

const SAMPLES = fileURLToPath(new URL('../../../shared/samples/', import.meta.url));

describe.skipIf(!existsSync(SAMPLES))('score: shared samples', () => {
  it('every item of every sample has its evidence or the reason it lost points', async () => {
    for (const d of ['text', 'pdf']) {
      for (const f of readdirSync(join(SAMPLES, d))) {
        const a = await analyzeFile(join(SAMPLES, d, f), { check: true });
        if (!a.ok) continue;
        const s = scoreModel(a.model, a.findings ?? []);
        expect(s.max).toBe(100);
        for (const i of s.items) {
          if (i.points > 0) expect(i.evidence?.length, `${f} ${i.id}`).toBeGreaterThan(0);
          if (i.points < i.weight) expect(i.lost, `${f} ${i.id}`).toBeTruthy();
        }
      }
    }
  });
});
