/**
 * `npm run bench:hostile`: generates the full hostile corpus from every shared PDF (pdf/ and
 * corpus/: 100 byte-flipped files over all of them; truncated, encrypted, repeated and renamed
 * copies of the pdf/ samples), reads it in a child process with a hard deadline per file, and
 * prints the figures (docs/hostile-corpus.md). Exits 1 on a hang, crash or readable file not read.
 */
import { mkdtempSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { makeHostileCorpus } from './hostile/corpus.js';
import { runIsolated } from './hostile/run.js';
import { summarise, summaryTable, violations } from './hostile/summary.js';

const samples = resolve(process.env.BUDGETLENS_SAMPLES ?? '../shared/samples');
const pdfs = (d: string) => (existsSync(join(samples, d)) ? readdirSync(join(samples, d)).filter((f) => f.endsWith('.pdf')).sort().map((f) => join(samples, d, f)) : []);
const structural = pdfs('pdf');
const sources = [...structural, ...pdfs('corpus')];
if (!sources.length) {
  console.log(`(no shared PDFs at ${samples})`);
  process.exit(0);
}
const flips = Number(process.env.HOSTILE_FLIPS ?? 100);
const dir = mkdtempSync(join(tmpdir(), 'budgetlens-hostile-'));
try {
  const t0 = performance.now();
  const cases = makeHostileCorpus(dir, sources, { flips, structural });
  console.log(`${cases.length} files from ${sources.length} PDFs (${flips} byte-flipped) in ${dir}`);
  const results = await runIsolated(
    cases.map((c) => c.file),
    { readerTimeoutMs: 60_000, hardTimeoutMs: 90_000, maxOldSpaceMb: 1024 },
    (r) => process.stdout.write(r.hang ? 'H' : r.died ? 'D' : r.ok ? '.' : 'x'),
  );
  console.log(`\n\n${summaryTable(summarise(cases, results))}\n`);
  const bad = violations(cases, results);
  const peak = Math.max(...results.map((r) => r.maxRss ?? 0)) / 1048576;
  console.log(`total ${((performance.now() - t0) / 1000).toFixed(0)} s, peak RSS of a reader process ${Math.round(peak)} MiB`);
  console.log(bad.length ? `VIOLATIONS:\n${bad.join('\n')}` : 'no hang, no crash, every file poppler reads was read');
  process.exitCode = bad.length ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
