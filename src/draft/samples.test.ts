/**
 * Drafting on the shared samples with a narrative (read from ../shared at run time, never copied):
 * the draft reproduces the published figures the tables determine, and the comparison marks every
 * known inconsistency of the answer keys as an error. Corpus samples with an answer-key
 * inconsistency are included; the full corpus is measured by `npm run bench:draft`.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { measureSample, type SampleMeasure } from './gold.js';

const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
const has = existsSync(`${SHARED}samples`) && existsSync(`${SHARED}eval/gold`);

/** A corpus document without an inconsistency, included for its tables' misplaced separators (`128138,600`). */
const MISGROUPED = 'shanghai-shanghai-rsj-zynlksy-2026-unitbudget.pdf';

/** text/ and pdf/ samples, the corpus documents whose answer key lists an inconsistency, and MISGROUPED. */
function samples(): { file: string; gold: string }[] {
  if (!has) return [];
  const out: { file: string; gold: string }[] = [];
  for (const dir of ['text', 'pdf', 'corpus'])
    for (const f of readdirSync(`${SHARED}samples/${dir}`).filter((x) => /\.(pdf|txt)$/.test(x))) {
      const gold = `${SHARED}eval/gold/${dir}-${f.replace(/\.(pdf|txt)$/, '')}.json`;
      if (dir === 'corpus' && f !== MISGROUPED && !(existsSync(gold) && JSON.parse(readFileSync(gold, 'utf8')).inconsistencies?.length)) continue;
      out.push({ file: `${SHARED}samples/${dir}/${f}`, gold });
    }
  return out;
}

describe.skipIf(!has)('draft on the shared samples', () => {
  it('reproduces the published figures and marks each known inconsistency as an error', async () => {
    const measures: SampleMeasure[] = [];
    for (const s of samples()) {
      const m = await measureSample(s.file, s.gold);
      if (m) measures.push(m);
    }
    const comparable = measures.reduce((a, m) => a + m.figures.comparable, 0);
    const reproduced = measures.reduce((a, m) => a + m.figures.reproduced, 0);
    const gold = measures.flatMap((m) => m.gold.map((g) => ({ ...g, file: m.file })));
    const missed = gold.filter((g) => g.verdict === 'missed').map((g) => `${g.file}: ${g.quote}`);
    // measured 2026-12-06: 162 of 162 published figures of text/ + pdf/ reproduced, and every one of
    // the corpus documents with an inconsistency (Hangzhou 交通运输局's correct 一般公共预算 total too,
    // drafted from the tables that contradict the wrong printed 合计) and of MISGROUPED; every known
    // (non-optional) inconsistency of text/, pdf/ and the corpus marked as an error
    expect(comparable).toBeGreaterThan(150);
    expect(comparable - reproduced).toBe(0);
    expect(gold.length).toBeGreaterThanOrEqual(30);
    expect(missed).toEqual([]);
    expect(gold.filter((g) => g.verdict === 'unlocated')).toEqual([]);
  });
});
