/**
 * `npm run bench:series`: generated series (a department, its units, budgets and finals over years),
 * consistent and then with one cross-document error per class (sample/series-mutate.ts); prints
 * the recall per class (the expected rule reports the series) and the findings on consistent
 * series. Exits 1 when a class is below 99% or a consistent series has a finding.
 * Environment: SERIES_N (series per class, default 100), SERIES_VERBOSE=1 (list misses).
 */
import { buildModel } from '../extract/index.js';
import { textToDocument } from '../readers/text.js';
import { linkCorpus } from '../corpus/link.js';
import { runCorpusRules } from '../rules/corpus-engine.js';
import { buildSeries, renderSeriesDoc, type Series } from '../sample/series.js';
import { EXPECTED_RULE, mutateSeries, SERIES_MUTATIONS } from '../sample/series-mutate.js';

const N = Number(process.env.SERIES_N ?? 100);
const VERBOSE = !!process.env.SERIES_VERBOSE;
const run = (s: Series) => runCorpusRules(linkCorpus(s.docs.map((d) => buildModel(textToDocument(d.file, renderSeriesDoc(d))))));

let failed = false;
let clean = 0;
for (let seed = 1; seed <= N; seed++) {
  const f = run(buildSeries({ seed }));
  clean += f.length;
  if (f.length && VERBOSE) console.log(`clean ${seed}: ${f.map((x) => `${x.rule} ${x.message}`).join(' | ')}`);
}
console.log(`consistent series: ${N}, findings: ${clean}`);
if (clean) failed = true;
console.log('| class | detected | recall |');
console.log('| --- | --- | --- |');
for (const m of SERIES_MUTATIONS) {
  let hit = 0;
  for (let seed = 1; seed <= N; seed++) {
    const ms = mutateSeries({ seed }, m);
    if (run(ms.series).some((x) => x.rule === EXPECTED_RULE[m])) hit++;
    else if (VERBOSE) console.log(`miss ${m} ${seed}: ${ms.description}`);
  }
  const recall = hit / N;
  if (recall < 0.99) failed = true;
  console.log(`| ${m} | ${hit}/${N} | ${(recall * 100).toFixed(1)}% |`);
}
process.exitCode = failed ? 1 : 0;
