import { describe, expect, it } from 'vitest';
import { buildSeries, renderSeriesDoc } from '../sample/series.js';
import { textToDocument } from '../readers/text.js';
import { buildModel } from '../extract/index.js';
import { linkCorpus } from './link.js';
import { seriesView } from './series-view.js';
import { Decimal } from '../model/decimal.js';

describe('seriesView', () => {
  it('gives budget vs final per year, the execution rate and function classes over time, each with its source', () => {
    const s = buildSeries({ seed: 4 });
    const corpus = linkCorpus(s.docs.map((d) => buildModel(textToDocument(d.file, renderSeriesDoc(d)))));
    const dept = corpus.docs.find((d) => d.scope === 'department')!.body;
    const v = seriesView(corpus, dept);
    expect(v.timeline.map((t) => t.year)).toEqual(s.years);
    for (const t of v.timeline) {
      expect(t.budget && t.final).toBeTruthy();
      expect(t.budget!.source.file).toMatch(/budget/);
      expect(t.final!.source.file).toMatch(/final/);
      const rate = Decimal.parse(t.final!.value)!.mul(Decimal.of(100)).div(Decimal.parse(t.budget!.value)!, 2);
      expect(t.executionRate).toBe(rate.toString());
    }
    const cls = v.classes.find((c) => c.code === '208')!;
    expect(cls.points.length).toBe(s.years.length * 2);
    expect(cls.points.every((p) => p.source.line > 0)).toBe(true);
  });
});
