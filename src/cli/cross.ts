/**
 * `check` across documents: after the per-document results, the files given together are read
 * again in bounded worker processes (the store keeps no model; mode `model`), linked into a corpus and checked by the
 * cross-document rules. Output: text, one JSON line `{"corpus": …}` (links and findings, each
 * finding with the `file` it concerns; per-document lines are unchanged), or CSV rows.
 */
import { linkCorpus, linksJson } from '../corpus/link.js';
import type { LinkOverrides } from '../corpus/types.js';
import { runCorpusRules } from '../rules/corpus-engine.js';
import type { EffectiveConfig } from '../rules/config.js';
import type { CorpusFinding } from '../rules/types.js';
import type { DisclosureModel } from '../model/types.js';
import { expandInputs } from './inputs.js';
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { ProcessPool } from '../engine/pool.js';
import { defaultTimeoutMs } from '../engine/timeout.js';
import { modelFromJson } from '../model/serialize.js';

const esc = (v: unknown) => {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * The cross-document pass holds every model of the batch in memory: above this many files it is
 * skipped with a notice (bounded memory), unless `--cross-max` raises it.
 */
export const CROSS_MAX_FILES = 200;

interface CrossOptions {
  /** At most this many files are read for the cross-document rules (default CROSS_MAX_FILES). */
  maxFiles?: number;
  config?: EffectiveConfig;
  overrides?: LinkOverrides;
  write?: (s: string) => void;
  jobs?: number;
  memoryMb?: number;
  timeoutSec?: number;
}

/** The models of the files, each read in a bounded worker (heap cap, deadline) like the batch; files that fail are left out (the batch reported them). */
async function readModels(files: string[], o: CrossOptions): Promise<DisclosureModel[]> {
  const pool = new ProcessPool({ size: Math.max(1, Math.min(o.jobs ?? availableParallelism(), files.length)), memoryMb: o.memoryMb });
  try {
    const outcomes = await Promise.all(
      files.map((file, seq) => {
        const timeoutMs = o.timeoutSec ? o.timeoutSec * 1000 : defaultTimeoutMs(file, sizeOf(file));
        return pool.run({ id: `cross.${seq}`, runId: 'cross', seq, file, docHash: null, mode: 'model', format: 'json', timeoutMs });
      }),
    );
    return outcomes.flatMap((x) => (x.ok ? [modelFromJson(x.output)] : []));
  } finally {
    await pool.close();
  }
}

const sizeOf = (f: string): number | null => {
  try {
    return statSync(f).size;
  } catch {
    return null;
  }
};

export async function crossCheck(inputs: string[], format: 'text' | 'json' | 'csv', o: CrossOptions = {}): Promise<{ findings: CorpusFinding[]; errors: number }> {
  const write = o.write ?? ((s: string) => process.stdout.write(s + '\n'));
  const { files } = expandInputs(inputs);
  if (files.length < 2) return { findings: [], errors: 0 };
  const max = o.maxFiles ?? CROSS_MAX_FILES;
  if (files.length > max) {
    process.stderr.write(`跨文件检查已跳过：本批 ${files.length} 个文件，超过 ${max} 个（跨文件检查要同时保留所有文件的数据）；请按单位或年度分批检查，或用 --cross-max 调高上限\n`);
    return { findings: [], errors: 0 };
  }
  const models = await readModels(files, o);
  const corpus = linkCorpus(models, o.overrides);
  const findings = runCorpusRules(corpus, undefined, o.config);
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (format === 'json') {
    // per-document lines stay as they are; one more line only when there is something to report
    if (findings.length) write(JSON.stringify({ corpus: { links: linksJson(corpus), findings } }));
  } else if (format === 'csv') {
    for (const f of findings) {
      const m = models.find((x) => x.file === f.file);
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
