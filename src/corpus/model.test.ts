/** The corpus model gives the same links, cross-document findings and series views as the full model. */
import { describe, expect, it } from 'vitest';
import { buildSeries, renderSeriesDoc } from '../sample/series.js';
import { mutateSeries, SERIES_MUTATIONS } from '../sample/series-mutate.js';
import { textToDocument } from '../readers/text.js';
import { buildModel } from '../extract/index.js';
import { modelToJson } from '../model/serialize.js';
import type { DisclosureModel } from '../model/types.js';
import { linkCorpus, linksJson } from './link.js';
import { seriesView } from './series-view.js';
import { runCorpusRules } from '../rules/corpus-engine.js';
import { corpusModel, corpusModelFromJson, corpusModelToJson, type CorpusModel } from './model.js';

const stored = (m: DisclosureModel) => corpusModelFromJson(corpusModelToJson(corpusModel(m)));

function outcome(models: CorpusModel[]) {
  const corpus = linkCorpus(models);
  return { links: linksJson(corpus), findings: runCorpusRules(corpus), views: [...corpus.bodies.keys()].map((k) => seriesView(corpus, k)) };
}

describe('corpus model', () => {
  it('keeps every source: the file written once comes back on every SourceRef', () => {
    const s = buildSeries({ seed: 5 });
    const full = buildModel(textToDocument(s.docs[0].file, renderSeriesDoc(s.docs[0])));
    const json = corpusModelToJson(corpusModel(full));
    expect(json.split(JSON.stringify(full.file)).length - 1).toBe(1);
    const back = stored(full);
    const sources: unknown[] = [];
    JSON.stringify(back, (k, v: unknown) => (k === 'source' && sources.push(v), v));
    expect(sources.length).toBeGreaterThan(50);
    expect(sources.every((x) => (x as { file: string }).file === full.file)).toBe(true);
    expect(back.facts).toEqual(full.facts);
    expect(Buffer.byteLength(json)).toBeLessThan(Buffer.byteLength(modelToJson(full)) / 2);
  });

  it('gives the same links, findings and series views as the full models, on consistent and mutated series', () => {
    const cases = [buildSeries({ seed: 1 }), ...SERIES_MUTATIONS.map((m) => mutateSeries({ seed: 2 }, m).series)];
    let findings = 0;
    for (const s of cases) {
      const full = s.docs.map((d) => buildModel(textToDocument(d.file, renderSeriesDoc(d))));
      const a = outcome(full);
      expect(JSON.stringify(outcome(full.map(stored)))).toBe(JSON.stringify(a));
      findings += a.findings.length;
    }
    expect(findings).toBeGreaterThanOrEqual(SERIES_MUTATIONS.length);
  }, 60_000);
});
