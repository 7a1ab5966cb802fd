/**
 * The corpus model (src/corpus/model.ts) against the full model on real files: JSON size of each,
 * and whether the cross-document findings and links over the set are the same from either.
 * `node dist/bench/corpus-model.js [FILE|DIR]...` (default: the shared pdf/, text/ and corpus/).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeFile } from '../pipeline.js';
import { corpusModel, corpusModelFromJson, corpusModelToJson, type CorpusModel } from '../corpus/model.js';
import { linkCorpus, linksJson } from '../corpus/link.js';
import { runCorpusRules } from '../rules/corpus-engine.js';
import { modelToJson } from '../model/serialize.js';

const samples = resolve(process.env.BUDGETLENS_SAMPLES ?? '../shared/samples');
const args = process.argv.slice(2);
const roots = args.length ? args : ['pdf', 'text', 'corpus'].map((d) => join(samples, d));
const files = roots.flatMap((r) => (statSync(r).isDirectory() ? readdirSync(r).filter((f) => /\.(pdf|txt)$/.test(f)).sort().map((f) => join(r, f)) : [r]));

let full = 0;
let slim = 0;
const fulls: CorpusModel[] = [];
const slims: CorpusModel[] = [];
for (const f of files) {
  const a = await analyzeFile(f);
  if (!a.ok) continue;
  const fj = Buffer.byteLength(modelToJson(a.model));
  const sj = corpusModelToJson(corpusModel(a.model));
  full += fj;
  slim += Buffer.byteLength(sj);
  fulls.push(a.model);
  slims.push(corpusModelFromJson(sj));
  process.stdout.write(`${f}\t${fj}\t${Buffer.byteLength(sj)}\n`);
}
const run = (ms: CorpusModel[]) => {
  const c = linkCorpus(ms);
  return JSON.stringify({ links: linksJson(c), findings: runCorpusRules(c) });
};
const same = run(fulls) === run(slims);
const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
console.log(`${fulls.length} documents: full models ${kb(full)}, corpus models ${kb(slim)} (${((100 * slim) / full).toFixed(1)}%); cross-document findings ${same ? 'identical' : 'DIFFERENT'}`);
process.exitCode = same ? 0 : 1;
