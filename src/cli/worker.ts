/** Worker thread: analyses one file at a time and sends back the rendered reports. */
import { parentPort } from 'node:worker_threads';
import { analyzeFile } from '../pipeline.js';
import { checkJson, extractJson } from '../report/json.js';
import { checkText, extractText } from '../report/text.js';
import { checkCsvRows } from '../report/csv.js';
import { rules } from '../rules/engine.js';
import { resolveConfig, type EffectiveConfig } from '../rules/config.js';
import type { Job, JobConfig, JobResult } from './batch.js';

let resolved: { key: string; config: EffectiveConfig } | undefined;

/** The effective rule configuration of a job (validated in the main thread; resolved once per worker). */
function configOf(c: JobConfig | undefined): EffectiveConfig | undefined {
  if (!c) return undefined;
  const key = JSON.stringify(c);
  if (resolved?.key !== key) resolved = { key, config: resolveConfig(rules, c.config, { file: c.file, preset: c.preset }) };
  return resolved.config;
}

parentPort?.on('message', async (job: Job) => {
  const result = await runJob(job);
  parentPort?.postMessage(result);
});

export async function runJob(job: Job): Promise<JobResult> {
  const a = await analyzeFile(job.file, { check: job.mode === 'check', timeoutMs: job.timeoutMs, config: configOf(job.config) });
  if (!a.ok) return { id: job.id, file: job.file, ok: false, error: a.error };
  if (job.mode === 'extract') {
    const output = job.format === 'json' ? JSON.stringify(extractJson(job.file, a.model)) : extractText(job.file, a.model);
    return { id: job.id, file: job.file, ok: true, output, hasErrors: false };
  }
  const findings = a.findings ?? [];
  const output =
    job.format === 'json'
      ? JSON.stringify(checkJson(job.file, a.model, findings))
      : job.format === 'csv'
        ? checkCsvRows(job.file, a.model, findings).join('\n')
        : checkText(job.file, a.model, findings) + '\n';
  return { id: job.id, file: job.file, ok: true, output, hasErrors: findings.some((f) => f.severity === 'error') };
}
