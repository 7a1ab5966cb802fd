/**
 * `check` across documents: after the per-document results, the corpus models the workers stored
 * with each result (src/corpus/model.ts; no file is read again) are streamed from the run store,
 * linked into a corpus and checked by the cross-document rules. Output: text, one JSON line
 * `{"corpus": …}` (links and findings, each finding with the `file` it concerns; per-document lines
 * are unchanged), or CSV rows.
 */
import { linkCorpus, linksJson } from '../corpus/link.js';
import type { LinkOverrides } from '../corpus/types.js';
import { corpusModelFromJson, type CorpusModel } from '../corpus/model.js';
import { runCorpusRules } from '../rules/corpus-engine.js';
import type { EffectiveConfig } from '../rules/config.js';
import type { CorpusFinding } from '../rules/types.js';

const esc = (v: unknown) => {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * The cross-document pass holds every corpus model of the batch in memory (about 0.4 MB each once
 * parsed, for real disclosures): above this many files it is skipped with a notice, unless
 * `--cross-max` raises it. Measured (src/bench/cross-memory.ts, the shared PDFs repeated): peak RSS
 * of the pass 225 MiB for 200 documents, 334 MiB for 500, 611 MiB for 1,000.
 */
export const CROSS_MAX_FILES = 500;

export interface CrossOptions {
  /** At most this many files are linked for the cross-document rules (default CROSS_MAX_FILES). */
  maxFiles?: number;
  config?: EffectiveConfig;
  overrides?: LinkOverrides;
  write?: (s: string) => void;
}

/** Where the corpus models come from: the run store (batch.ts), streamed; `files` is the batch's size. */
export interface CorpusSource {
  files: number;
  models(): AsyncIterable<string>;
  /** After `models()`: read documents whose result has no corpus model (stored by an older version). */
  missing?(): number;
}

export async function crossCheck(source: CorpusSource, format: 'text' | 'json' | 'csv', o: CrossOptions = {}): Promise<{ findings: CorpusFinding[]; errors: number }> {
  const write = o.write ?? ((s: string) => process.stdout.write(s + '\n'));
  if (source.files < 2) return { findings: [], errors: 0 };
  const max = o.maxFiles ?? CROSS_MAX_FILES;
  if (source.files > max) {
    process.stderr.write(`跨文件检查已跳过：本批 ${source.files} 个文件，超过 ${max} 个（跨文件检查要同时保留所有文件的数据）；请按单位或年度分批检查，或用 --cross-max 调高上限\n`);
    return { findings: [], errors: 0 };
  }
  const models: CorpusModel[] = [];
  for await (const json of source.models()) models.push(corpusModelFromJson(json));
  const missing = source.missing?.() ?? 0;
  if (missing) process.stderr.write(`跨文件检查未包括 ${missing} 个文件：其结果由旧版本保存，没有跨文件数据；重新检查这些文件即可包括\n`);
  if (models.length < 2) return { findings: [], errors: 0 };
  const corpus = linkCorpus(models, o.overrides);
  const findings = runCorpusRules(corpus, undefined, o.config);
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (format === 'json') {
    // per-document lines stay as they are; one more line only when there is something to report
    if (findings.length) write(JSON.stringify({ corpus: { links: linksJson(corpus), findings } }));
  } else if (format === 'csv') {
    const byFile = new Map(models.map((m) => [m.file, m]));
    for (const f of findings) {
      const m = byFile.get(f.file);
      const e = f.evidence[0];
      write([f.file, m?.identity.org, m?.identity.year, m?.identity.kind, f.rule, f.severity, f.message, f.stated, f.expected, e?.page, e?.line, f.evidence.map((x) => `${x.file ?? ''}:${x.page ?? x.line ?? ''} ${x.text}`).join(' | ')].map(esc).join(','));
    }
  } else {
    write('');
    write(`跨文件检查：${models.length} 个文件，${corpus.bodies.size} 个单位，${findings.length} 个问题`);
    for (const l of linksJson(corpus)) write(`  ${l.file} → ${l.body}（${l.year ?? '?'}年${l.kind === 'final' ? '决算' : l.kind === 'budget' ? '预算' : ''}）`);
    const SEV = { error: '错误', warning: '警告', info: '提示' } as const;
    for (const f of findings) {
      write(`${f.file}: [${SEV[f.severity]}] ${f.rule} ${f.message}`);
      for (const e of f.evidence) write(`    ${e.file ?? ''}${e.page ? ` 第${e.page}页` : ''}${e.line ? ` 第${e.line}行` : ''}：${e.text}`);
    }
  }
  return { findings, errors };
}
