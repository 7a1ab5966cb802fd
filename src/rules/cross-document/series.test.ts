import { describe, expect, it } from 'vitest';
import { buildSeries, renderSeriesDoc, type Series } from '../../sample/series.js';
import { EXPECTED_RULE, mutateSeries, SERIES_MUTATIONS } from '../../sample/series-mutate.js';
import { textToDocument } from '../../readers/text.js';
import { buildModel } from '../../extract/index.js';
import { linkCorpus } from '../../corpus/link.js';
import { runCorpusRules } from '../corpus-engine.js';

const run = (s: Series) => {
  const corpus = linkCorpus(s.docs.map((d) => buildModel(textToDocument(d.file, renderSeriesDoc(d)))));
  return { corpus, findings: runCorpusRules(corpus) };
};
// small counts in the suite; `npm run bench:series` runs ≥100 per class
const SEEDS = [1, 2, 3];

describe('cross-document rules on generated series', () => {
  it('link a department, its units and its years, and report nothing on consistent series', () => {
    for (const seed of SEEDS) {
      const s = buildSeries({ seed });
      const { corpus, findings } = run(s);
      const dept = corpus.docs.filter((d) => d.scope === 'department');
      expect(new Set(dept.map((d) => d.body)).size).toBe(1);
      const body = corpus.bodies.get(dept[0].body)!;
      expect(body.units?.map((u) => !!u.body)).toEqual(s.units.map(() => true));
      expect(findings).toEqual([]);
    }
  }, 60_000);

  for (const m of SERIES_MUTATIONS) {
    it(`finds ${m}`, () => {
      for (const seed of SEEDS) {
        const { findings } = run(mutateSeries({ seed }, m).series);
        const hit = findings.filter((f) => f.rule === EXPECTED_RULE[m]);
        expect(hit.length, `seed ${seed}`).toBeGreaterThan(0);
        // evidence on both documents (missing units: the department's list)
        if (m !== 'missing-unit' && m !== 'yoy-unexplained') expect(new Set(hit[0].evidence.map((e) => e.file)).size).toBeGreaterThan(1);
      }
    }, 60_000);
  }
});
