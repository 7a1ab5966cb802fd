/**
 * The comparison on generated documents with one planted narrative error (src/sample/mutate.ts):
 * is the sentence holding the error marked as an error, and is it the only one? For the benchmark.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeFile } from '../pipeline.js';
import { renderSample, STYLE_NAMES } from '../sample/generate.js';
import { MUTATION_CLASSES, makeMutation } from '../sample/mutate.js';
import { compareWithPublished } from './compare.js';
import { draftModel } from './draft.js';

export interface PlantedResult {
  cls: string;
  docs: number;
  marked: number;
  only: number;
}

export async function plantedMarked(classes: string[], seedsPerStyle: number): Promise<PlantedResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'budgetlens-planted-'));
  const out: PlantedResult[] = [];
  try {
    for (const id of classes) {
      const cls = MUTATION_CLASSES.find((c) => c.id === id);
      if (!cls) continue;
      const r: PlantedResult = { cls: id, docs: 0, marked: 0, only: 0 };
      for (const style of [...STYLE_NAMES, undefined])
        for (const kind of ['budget', 'final'] as const)
          for (let seed = 2001; seed < 2001 + seedsPerStyle; seed++) {
            const o = { kind, seed, style };
            const planted = makeMutation(cls, renderSample(o), seed);
            if (!planted) continue;
            const file = join(dir, 'planted.txt');
            writeFileSync(file, renderSample(o, planted.mutation).text);
            const a = await analyzeFile(file, { check: true });
            if (!a.ok) continue;
            const errors = compareWithPublished(a.model, draftModel(a.model), a.findings ?? []).sentences.filter((s) => s.status === 'error');
            r.docs++;
            if (errors.some((s) => planted.needles.some((n) => s.text.includes(n)))) {
              r.marked++;
              if (errors.length === 1) r.only++;
            }
          }
      out.push(r);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
