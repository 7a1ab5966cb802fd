/** Runs one job in the current process: analyse the document and render the run's format and the contract JSON. */
import { readFileSync } from 'node:fs';
import { analyzeFile } from '../pipeline.js';
import { checkJson, extractJson } from '../report/json.js';
import { checkText, extractText } from '../report/text.js';
import { checkCsvRows } from '../report/csv.js';
import { workbenchBundle } from '../server/bundle.js';
import { rulesetVersion } from './ruleset.js';
import { corpusModel, corpusModelToJson } from '../corpus/model.js';
import { rules } from '../rules/engine.js';
import { corpusRules } from '../rules/corpus-engine.js';
import { resolveConfig, type EffectiveConfig } from '../rules/config.js';
import type { JobOutcome, JobSpec, RuleConfigSpec } from './types.js';
import { workerOcrGate } from './ocr-gate.js';

/** This worker's side of its pool's OCR slots, made on the first job that asks for it. */
let gate: (() => Promise<() => void>) | undefined;

/** The last resolved configuration: a warm worker resolves a run's configuration once, not per document. */
let resolved: { key: string; config: EffectiveConfig } | undefined;

function configOf(c: RuleConfigSpec | undefined): EffectiveConfig | undefined {
  if (!c) return undefined;
  const key = JSON.stringify(c);
  if (resolved?.key !== key) resolved = { key, config: resolveConfig([...rules, ...corpusRules], c.config, { file: c.file, preset: c.preset }) };
  return resolved.config;
}

export async function runJob(job: JobSpec): Promise<JobOutcome> {
  testHook(job.file);
  const a = await analyzeFile(job.file, { check: job.mode === 'check', timeoutMs: job.timeoutMs, config: configOf(job.ruleConfig), ...(job.ocrGate ? { ocr: { gate: (gate ??= workerOcrGate()) } } : {}) });
  if (!a.ok) return { ok: false, error: a.error, reason: a.code === 'internal' ? 'internal' : 'unreadable' };
  if (job.mode === 'extract') {
    const json = JSON.stringify(extractJson(job.file, a.model));
    return { ok: true, output: job.format === 'json' ? json : extractText(job.file, a.model), json, errorCount: 0, ruleset: rulesetVersion() };
  }
  const findings = a.findings ?? [];
  const json = JSON.stringify(checkJson(job.file, a.model, findings));
  const output =
    job.format === 'workbench'
      ? JSON.stringify(workbenchBundle(job.file, a.doc, a.model))
      : job.format === 'json'
        ? json
        : job.format === 'csv'
          ? checkCsvRows(job.file, a.model, findings).join('\n')
          : checkText(job.file, a.model, findings) + '\n';
  // the slim model the cross-document pass reads from the store (no second read of the file)
  const corpus = corpusModelToJson(corpusModel(a.model));
  return { ok: true, output, json, errorCount: findings.filter((f) => f.severity === 'error').length, ruleset: rulesetVersion(), corpusModel: corpus };
}

/**
 * Test-only misbehaviour, active only when BUDGETLENS_TEST_HOOKS=1: a document whose first line is
 * `#budgetlens-test:spin` loops forever without yielding, `…:crash` kills the worker process, `…:hog`
 * allocates until the heap cap stops it,
 * `…:sleep=MS` blocks for MS milliseconds before being read normally.
 */
function testHook(file: string): void {
  if (process.env.BUDGETLENS_TEST_HOOKS !== '1') return;
  let head = '';
  try {
    head = readFileSync(file, 'utf8').slice(0, 64);
  } catch {
    return;
  }
  const m = /^#budgetlens-test:(spin|crash|hog|sleep=(\d+))/.exec(head);
  if (!m) return;
  if (m[1] === 'spin') for (;;);
  if (m[1] === 'crash') process.exit(70);
  if (m[1] === 'hog') {
    const keep: string[][] = [];
    for (;;) keep.push(Array.from({ length: 1e5 }, (_, i) => `${i}-${keep.length}`));
  }
  const until = Date.now() + Number(m[2]);
  while (Date.now() < until);
}
