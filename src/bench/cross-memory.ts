/**
 * Memory of the cross-document pass over N stored documents (the corpus models of real files repeated
 * under other names), measured in a fresh process: peak RSS and time of streaming the models from the
 * run store, linking and checking them. `--full` stores and parses the full models instead (what the
 * pass held before the corpus model).
 *
 *   node dist/bench/cross-memory.js prepare OUT.jsonl FILE...     # read the files once
 *   node dist/bench/cross-memory.js run OUT.jsonl N [--full]      # a store with N results, then the pass
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeFile } from '../pipeline.js';
import { corpusModel, corpusModelToJson } from '../corpus/model.js';
import { modelFromJson, modelToJson } from '../model/serialize.js';
import { Store } from '../engine/store/store.js';
import { crossCheck } from '../cli/cross.js';
import { linkCorpus } from '../corpus/link.js';
import { runCorpusRules } from '../rules/corpus-engine.js';

const [cmd, ...args] = process.argv.slice(2);

/** Puts another file name on a model's JSON (the model and every source). */
const renamed = (json: string, from: string, to: string) => json.split(JSON.stringify(from)).join(JSON.stringify(to));

if (cmd === 'prepare') {
  const [out, ...files] = args;
  const lines: string[] = [];
  for (const f of files) {
    const a = await analyzeFile(f);
    if (a.ok) lines.push(JSON.stringify({ file: f, full: modelToJson(a.model), slim: corpusModelToJson(corpusModel(a.model)) }));
  }
  writeFileSync(out, lines.join('\n') + '\n');
  console.log(`${lines.length} models in ${out}`);
} else if (cmd === 'run') {
  const [input, n, flag] = args;
  const full = flag === '--full';
  const docs = readFileSync(input, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { file: string; full: string; slim: string });
  const dir = mkdtempSync(join(tmpdir(), 'bl-cross-mem-'));
  try {
    const db = join(dir, 'store.db');
    const store = await Store.open(db);
    const count = Number(n);
    const names = Array.from({ length: count }, (_, i) => `/batch/${String(i).padStart(5, '0')}-${basename(docs[i % docs.length].file)}`);
    const run = await store.createRun({ name: 'mem', mode: 'check', format: 'json', rulesetVersion: 'bench', options: {} }, names.map((file, seq) => ({ seq, file, docHash: null, size: null, timeoutMs: 1000 })));
    let bytes = 0;
    for (let i = 0; i < count; i++) {
      const d = docs[i % docs.length];
      const json = renamed(full ? d.full : d.slim, d.file, names[i]);
      bytes += Buffer.byteLength(json);
      await store.recordOutcome({ id: `${run.id}.${i}`, runId: run.id, docHash: null }, { ok: true, output: '', json: '', errorCount: 0, ruleset: 'bench', corpusModel: json }, null, 'bench');
    }
    await store.close();
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), 'pass', db, run.id, full ? '--full' : ''], { encoding: 'utf8' });
    process.stdout.write(`${count} documents, ${full ? 'full' : 'corpus'} models, ${(bytes / 1048576).toFixed(1)} MiB of JSON stored: ${child.stdout}${child.stderr}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} else if (cmd === 'pass') {
  const [db, runId, flag] = args;
  const t0 = Date.now();
  const store = await Store.open(db);
  const files = (await store.jobs(runId)).length;
  const models = async function* () {
    for await (const r of store.corpusModels(runId)) yield r.json;
  };
  let found = 0;
  if (flag === '--full') {
    // the old pass: every full model parsed and held
    const all = [];
    for await (const j of models()) all.push(modelFromJson(j));
    found = runCorpusRules(linkCorpus(all)).length;
  } else {
    found = (await crossCheck({ files, models }, 'json', { maxFiles: Infinity, write: () => undefined })).findings.length;
  }
  await store.close();
  const heap = process.memoryUsage().heapUsed;
  console.log(`pass ${((Date.now() - t0) / 1000).toFixed(1)} s, ${found} findings, peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB (heap at end ${Math.round(heap / 1048576)} MiB)`);
}
