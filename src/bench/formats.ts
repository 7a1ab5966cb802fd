/**
 * `npm run bench:formats`: round trip of generated disclosures through every file format (text,
 * .xlsx, .xls, .docx, .doc and RTF — the .docx converted by LibreOffice's `soffice` —, HTML UTF-8 and GBK): generate → write → readDocument → buildModel → compare
 * with the truth. Prints identity, tables and facts recovered per format (`FORMAT_BENCH_N`
 * documents per format, default 100: half budgets, half final accounts) and the time per document.
 * Exits 1 below the acceptance bar (identity and tables 100%, facts ≥ 99%).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateSample } from '../sample/generate.js';
import { CONVERTED_FORMATS, SAMPLE_FORMATS, type SampleFormat } from '../sample/formats/index.js';
import { roundTripConverted, roundTripFormat } from '../sample/formats/roundtrip-formats.js';
import type { ConvertedFormat } from '../sample/formats/soffice.js';
import type { RoundTripResult } from '../sample/roundtrip-check.js';
import { summarize } from '../sample/roundtrip-check.js';

const N = Number(process.env.FORMAT_BENCH_N ?? 100);
const formats = (process.env.FORMAT_BENCH_FORMATS?.split(',') ?? SAMPLE_FORMATS) as SampleFormat[];
const pct = (ok: number, all: number) => `${ok}/${all} (${all ? ((100 * ok) / all).toFixed(2) : '100.00'}%)`;

const dir = mkdtempSync(join(tmpdir(), 'budgetlens-formats-'));
let failed = false;
console.log(`| format | documents | identity | tables | facts | ms/document |\n| --- | --- | --- | --- | --- | --- |`);
const details: string[] = [];
try {
  for (const format of formats) {
    let id = 0;
    let tables = 0;
    let facts = 0;
    let idOk = 0;
    let tablesOk = 0;
    let factsOk = 0;
    const t0 = performance.now();
    const items = Array.from({ length: N }, (_, i) => ({ kind: i % 2 ? ('final' as const) : ('budget' as const), seed: Math.floor(i / 2) + 1 }));
    // .doc and RTF (written by LibreOffice): all documents converted in one soffice call
    let results: RoundTripResult[] = [];
    if (CONVERTED_FORMATS.includes(format)) results = await roundTripConverted(items, format as ConvertedFormat, dir);
    else for (const { kind, seed } of items) results.push(await roundTripFormat(kind, seed, format, dir));
    const ms = (performance.now() - t0) / N;
    for (const [i, { kind, seed }] of items.entries()) {
      const r = results[i];
      const { truth } = generateSample({ kind, seed });
      const bad = new Set(r.mismatches.map((m) => m.what));
      const crashed = bad.has('crash');
      id += 4;
      idOk += crashed ? 0 : ['org', 'year', 'kind', 'scope'].filter((k) => !bad.has(`identity:${k}`)).length;
      tables += truth.tables.length;
      tablesOk += crashed ? 0 : truth.tables.filter((t) => !bad.has(`table:${t.key}`)).length;
      const fk = Object.keys(truth.facts);
      facts += fk.length;
      factsOk += crashed ? 0 : fk.filter((k) => !bad.has(`fact:${k}`)).length;
    }
    console.log(`| ${format} | ${N} | ${pct(idOk, id)} | ${pct(tablesOk, tables)} | ${pct(factsOk, facts)} | ${ms.toFixed(0)} |`);
    if (idOk < id || tablesOk < tables || factsOk < 0.99 * facts) {
      failed = true;
      details.push(`${format}: ${summarize(results, 2)}`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (details.length) console.log('\n' + details.join('\n\n'));
process.exitCode = failed ? 1 : 0;
