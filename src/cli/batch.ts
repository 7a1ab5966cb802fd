/**
 * `check` / `extract` over many files on the job engine. Files are recorded as a named run in the
 * store (SQLite under the data dir, or Postgres with --db); each result is committed as its file
 * ends and printed in input order; `--resume`/`--run` continue an interrupted run without redoing
 * finished files (their stored results are printed again, so the output is complete). A single file
 * without a run name skips the store and runs on one bounded worker.
 */
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { statSync } from 'node:fs';
import { ProcessPool } from '../engine/pool.js';
import { defaultTimeoutMs } from '../engine/timeout.js';
import { idleCores, workersFor } from '../engine/idle-cores.js';
import { fingerprint } from '../engine/fingerprint.js';
import type { JobEngine } from '../engine/engine.js';
import type { Store } from '../engine/store/store.js';
import type { JobMode, JobOutcome, OutputFormat, RuleConfigSpec, RunInfo } from '../engine/types.js';
import { expandInputs } from './inputs.js';
import { Progress } from './progress.js';
import type { CorpusSource } from './cross.js';

export interface BatchCommandOptions {
  mode: JobMode;
  format: OutputFormat;
  /** --timeout in seconds; the default is proportionate to each file. */
  timeoutSec?: number;
  jobs?: number;
  memoryMb?: number;
  failFast?: boolean;
  /** --run NAME: name (or continue) a run. */
  run?: string;
  /** --resume [NAME]: true = the latest unfinished run. */
  resume?: string | true;
  data?: string;
  db?: string;
  redis?: string;
  progress?: boolean;
  /** Rule configuration (`--config`, budgetlens.config.json, `--preset`); a resumed run keeps its own. */
  ruleConfig?: RuleConfigSpec;
  /** Set when a pattern matched no file: the batch then ends with status 2. */
  unmatchedInputs?: boolean;
  /** Called once the output header may be printed (CSV). */
  header?: () => void;
  /**
   * The cross-document pass (cli/cross.ts), run when every file of the run has a result, over the
   * corpus models stored with the results; returns the number of errors it found.
   */
  cross?: (source: CorpusSource) => Promise<number>;
}

const out = (p: Progress | undefined, s: string) => (p ? p.write(process.stdout, s + '\n') : process.stdout.write(s + '\n'));
const err = (p: Progress | undefined, s: string) => (p ? p.write(process.stderr, s + '\n') : process.stderr.write(s + '\n'));

/** Returns the exit status: 2 some file unreadable > 1 errors found > 0. */
export async function runBatchCommand(inputs: string[], o: BatchCommandOptions): Promise<number> {
  const storeWanted = !!(o.run || o.resume || o.data || o.db || o.redis);
  if (!storeWanted) {
    const { files, unmatched } = expandInputs(inputs);
    for (const u of unmatched) err(undefined, `${u}: 没有匹配的文件`);
    if (files.length === 0) return noFiles();
    if (files.length === 1) return runOne(files[0], o, unmatched.length > 0);
  }
  const { Store } = await import('../engine/store/store.js');
  const location = o.db ?? join(resolve(o.data ?? '.budgetlens'), 'budgetlens.db');
  if (o.redis && !o.db) throw new Error('--redis 需要同时给出 --db postgres://…（结果存放处）');
  const store = await Store.open(location);
  let engine: JobEngine | undefined;
  try {
    const run = await findOrCreateRun(store, inputs, o);
    if (typeof run === 'number') return run;
    if (o.redis) {
      const { DistributedEngine } = await import('../engine/distributed.js');
      engine = new DistributedEngine(store, o.redis, (line) => err(undefined, line));
    } else {
      const { EmbeddedEngine } = await import('../engine/embedded.js');
      engine = new EmbeddedEngine(store, { jobs: o.jobs ?? workersFor(availableParallelism(), await idleCores()), memoryMb: o.memoryMb });
    }
    return await execute(store, engine, run, o);
  } finally {
    if (engine) await engine.close();
    else await store.close();
  }
}

async function findOrCreateRun(store: Store, inputs: string[], o: BatchCommandOptions): Promise<RunInfo | number> {
  const name = typeof o.resume === 'string' ? o.resume : o.run;
  if (name) {
    const existing = await store.runByName(name);
    if (existing) return existing;
    if (o.resume) return fail(`没有名为 ${name} 的批处理可继续`);
  } else if (o.resume) {
    const latest = await store.latestUnfinishedRun();
    return latest ?? fail('没有未完成的批处理可继续');
  }
  const expanded = expandInputs(inputs);
  for (const u of expanded.unmatched) err(undefined, `${u}: 没有匹配的文件`);
  if (expanded.unmatched.length > 0) o.unmatchedInputs = true;
  if (expanded.files.length === 0) return noFiles();
  // Workers on other machines find the files by absolute path (a shared mount).
  const files = o.redis ? expanded.files.map((f) => resolve(f)) : expanded.files;
  const jobs = [];
  for (let seq = 0; seq < files.length; seq++) {
    const fp = await fingerprint(files[seq]);
    const timeoutMs = o.timeoutSec ? o.timeoutSec * 1000 : defaultTimeoutMs(files[seq], fp?.size ?? null);
    jobs.push({ seq, file: files[seq], docHash: fp?.hash ?? null, size: fp?.size ?? null, timeoutMs });
  }
  const { packageVersion } = await import('../engine/ruleset.js');
  return store.createRun({ name: name ?? autoRunName(), mode: o.mode, format: o.format, rulesetVersion: packageVersion(), options: { failFast: !!o.failFast, timeoutSec: o.timeoutSec ?? null, ruleConfig: o.ruleConfig ?? null } }, jobs);
}

async function execute(store: Store, engine: JobEngine, run: RunInfo, o: BatchCommandOptions): Promise<number> {
  if (run.format === 'csv') o.header?.();
  const stored = (await store.runOptions(run.id)).ruleConfig as RuleConfigSpec | null | undefined;
  if (stored) run.ruleConfig = stored;
  const jobs = await store.jobs(run.id);
  const status = new Status();
  const progress = new Progress(jobs.length, jobs.length > 1 ? run.name : undefined, process.stderr, o.progress !== false && jobs.length > 1);
  // results that ended before an earlier file, waiting to be printed in input order: only their printed line is kept
  const pending = new Map<number, { ok: boolean; line: string }>();
  let next = 0;
  const flush = () => {
    while (pending.has(next)) {
      const p = pending.get(next)!;
      pending.delete(next++);
      if (p.ok) out(progress, p.line);
      else err(progress, p.line);
    }
  };
  const seqs = jobs.map((j) => j.seq);
  const seqIndex = new Map(seqs.map((s, i) => [s, i]));
  const take = (seq: number, outcome: JobOutcome, recovered: boolean) => {
    status.add(outcome);
    progress.add({ ok: outcome.ok, errorCount: outcome.ok ? outcome.errorCount : 0 }, recovered);
    pending.set(seqIndex.get(seq)!, { ok: outcome.ok, line: outcome.ok ? outcome.output : outcome.error });
    flush();
  };
  // a resumed run's stored results, a page at a time (a long run's outputs never all in memory)
  for await (const r of store.resultPages(run.id)) take(r.seq, r.outcome, true);
  const open = jobs.filter((j) => j.status === 'pending' || j.status === 'running');
  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
    void engine.stop();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  await store.setRunStatus(run.id, 'running');
  try {
    await engine.execute(run, open, {
      onEvent: (e) => {
        if (e.type === 'finished') take(e.result.seq, e.result.outcome, false);
      },
      shouldStop: () => interrupted || (!!o.failFast && status.code() > 0),
    });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    progress.finish();
  }
  const left = jobs.length - status.count;
  await store.setRunStatus(run.id, left === 0 ? 'done' : interrupted ? 'interrupted' : 'stopped');
  if (left > 0) {
    const why = interrupted ? '已中断' : '已按 --fail-fast 停止';
    err(undefined, `批处理 ${run.name} ${why}：${left} 个文件尚未处理；已完成的结果已保存，用 --resume ${run.name} 继续`);
    if (interrupted) return 130;
  }
  const code = o.unmatchedInputs ? 2 : status.code();
  if (left > 0 || !o.cross) return code;
  const missing = { count: 0 };
  const crossErrors = await o.cross({ files: jobs.length, models: () => storedModels(store, run.id, missing), missing: () => missing.count });
  return crossErrors > 0 && code === 0 ? 1 : code;
}

/** One file, no store: one bounded worker process. */
async function runOne(file: string, o: BatchCommandOptions, unmatched: boolean): Promise<number> {
  if (o.format === 'csv') o.header?.();
  const size = statOrNull(file);
  const timeoutMs = o.timeoutSec ? o.timeoutSec * 1000 : defaultTimeoutMs(file, size);
  const pool = new ProcessPool({ size: 1, memoryMb: o.memoryMb });
  try {
    const outcome = await pool.run({ id: 'single', runId: 'single', seq: 0, file, docHash: null, mode: o.mode, format: o.format, timeoutMs, ...(o.ruleConfig ? { ruleConfig: o.ruleConfig } : {}) });
    if (outcome.ok) out(undefined, outcome.output);
    else err(undefined, outcome.error);
    const s = new Status();
    s.add(outcome);
    return unmatched ? 2 : s.code();
  } finally {
    await pool.close();
  }
}

/** The run's stored corpus models, one page of rows at a time. */
async function* storedModels(store: Store, runId: string, missing: { count: number }): AsyncGenerator<string> {
  for await (const r of store.corpusModels(runId, undefined, missing)) yield r.json;
}

class Status {
  count = 0;
  private unreadable = false;
  private errors = false;
  add(outcome: JobOutcome): void {
    this.count++;
    if (!outcome.ok) this.unreadable = true;
    else if (outcome.errorCount > 0) this.errors = true;
  }
  code(): number {
    return this.unreadable ? 2 : this.errors ? 1 : 0;
  }
}

function statOrNull(file: string): number | null {
  try {
    return statSync(file).size;
  } catch {
    return null;
  }
}

function fail(message: string): number {
  err(undefined, `budgetlens: ${message}`);
  return 2;
}

const noFiles = () => fail('没有找到要处理的文件');

function autoRunName(): string {
  const t = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `run-${t}-${Math.random().toString(36).slice(2, 6)}`;
}
