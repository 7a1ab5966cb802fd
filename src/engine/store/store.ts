/**
 * The job store: one set of Kysely queries for SQLite and Postgres. Every finished job is committed
 * as it ends (a killed batch loses no result) and `results.job_id` is the primary key, so a job
 * retried by another worker is still recorded exactly once.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Database, JobsTable, ResultsTable, RunsTable } from './schema.js';
import { openDatabase, type StoreKind } from './open.js';
import type { JobInfo, JobMode, JobOutcome, JobStatus, OutputFormat, RunInfo, RunStatus, StoredResult } from '../types.js';

const now = () => new Date().toISOString();

export interface NewJob {
  seq: number;
  file: string;
  docHash: string | null;
  size: number | null;
  timeoutMs: number;
}

export class Store {
  private constructor(
    readonly db: Kysely<Database>,
    readonly kind: StoreKind,
  ) {}

  static async open(location: string): Promise<Store> {
    const { db, kind } = await openDatabase(location);
    return new Store(db, kind);
  }

  close(): Promise<void> {
    return this.db.destroy();
  }

  async createRun(r: { name: string; mode: JobMode; format: OutputFormat; rulesetVersion: string; options: object }, jobs: NewJob[]): Promise<RunInfo> {
    const id = randomUUID();
    const t = now();
    await this.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('runs')
        .values({ id, name: r.name, mode: r.mode, format: r.format, ruleset_version: r.rulesetVersion, status: 'running', options: JSON.stringify(r.options), created_at: t, updated_at: t })
        .execute();
      const docs = new Map<string, { hash: string; size: number; first_path: string; created_at: string }>();
      for (const j of jobs) if (j.docHash && !docs.has(j.docHash)) docs.set(j.docHash, { hash: j.docHash, size: j.size ?? 0, first_path: j.file, created_at: t });
      for (const chunk of chunks([...docs.values()], 200)) await tx.insertInto('documents').values(chunk).onConflict((oc) => oc.column('hash').doNothing()).execute();
      const rows = jobs.map((j) => ({ id: `${id}.${j.seq}`, run_id: id, seq: j.seq, file: j.file, doc_hash: j.docHash, status: 'pending', attempts: 0, timeout_ms: j.timeoutMs, worker: null, started_at: null, finished_at: null }));
      for (const chunk of chunks(rows, 200)) await tx.insertInto('jobs').values(chunk).execute();
    });
    return (await this.runById(id))!;
  }

  async runByName(name: string): Promise<RunInfo | undefined> {
    const r = await this.db.selectFrom('runs').selectAll().where('name', '=', name).executeTakeFirst();
    return r && runInfo(r);
  }

  async runById(id: string): Promise<RunInfo | undefined> {
    const r = await this.db.selectFrom('runs').selectAll().where('id', '=', id).executeTakeFirst();
    return r && runInfo(r);
  }

  /** The most recent run that did not finish. */
  async latestUnfinishedRun(): Promise<RunInfo | undefined> {
    const r = await this.db.selectFrom('runs').selectAll().where('status', '!=', 'done').orderBy('created_at', 'desc').limit(1).executeTakeFirst();
    return r && runInfo(r);
  }

  async runOptions(id: string): Promise<Record<string, unknown>> {
    const r = await this.db.selectFrom('runs').select('options').where('id', '=', id).executeTakeFirst();
    return r ? (JSON.parse(r.options) as Record<string, unknown>) : {};
  }

  async setRunStatus(id: string, status: RunStatus): Promise<void> {
    await this.db.updateTable('runs').set({ status, updated_at: now() }).where('id', '=', id).execute();
  }

  async jobs(runId: string): Promise<JobInfo[]> {
    const rows = await this.db.selectFrom('jobs').selectAll().where('run_id', '=', runId).orderBy('seq').execute();
    return rows.map(jobInfo);
  }

  async job(id: string): Promise<JobInfo | undefined> {
    const r = await this.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
    return r && jobInfo(r);
  }

  /** Jobs left running by a process that died: back to pending (their attempt stays counted). */
  async requeueRunning(runId: string): Promise<number> {
    const r = await this.db.updateTable('jobs').set({ status: 'pending', worker: null }).where('run_id', '=', runId).where('status', '=', 'running').executeTakeFirst();
    return Number(r.numUpdatedRows);
  }

  /** Marks a job running; false if it already has a result (another worker finished it). */
  async markRunning(jobId: string, worker: string): Promise<boolean> {
    const r = await this.db
      .updateTable('jobs')
      .set((eb) => ({ status: 'running', worker, started_at: now(), attempts: eb('attempts', '+', 1) }))
      .where('id', '=', jobId)
      .where('status', 'in', ['pending', 'running'])
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async markPending(jobId: string): Promise<void> {
    await this.db.updateTable('jobs').set({ status: 'pending', worker: null }).where('id', '=', jobId).where('status', '=', 'running').execute();
  }

  /** Commits a job's outcome; returns false when the job already had one (it is then left untouched). */
  async recordOutcome(job: { id: string; runId: string; docHash: string | null }, outcome: JobOutcome, worker: string | null, rulesetVersion: string): Promise<boolean> {
    const t = now();
    return this.db.transaction().execute(async (tx) => {
      const row = {
        job_id: job.id,
        run_id: job.runId,
        doc_hash: job.docHash,
        ruleset_version: outcome.ok ? outcome.ruleset : rulesetVersion,
        ok: outcome.ok ? 1 : 0,
        error_count: outcome.ok ? outcome.errorCount : 0,
        // a JSON run's output is its JSON: stored once
        output: outcome.ok && outcome.output !== outcome.json ? outcome.output : null,
        json: outcome.ok ? outcome.json : null,
        error: outcome.ok ? null : outcome.error,
        reason: outcome.ok ? null : outcome.reason,
        worker,
        created_at: t,
        corpus_model: outcome.ok ? (outcome.corpusModel ?? null) : null,
      };
      const ins = await tx.insertInto('results').values(row).onConflict((oc) => oc.column('job_id').doNothing()).executeTakeFirst();
      if (Number(ins.numInsertedOrUpdatedRows ?? 0n) === 0) return false;
      const status: JobStatus = outcome.ok ? 'done' : 'failed';
      await tx.updateTable('jobs').set({ status, finished_at: t }).where('id', '=', job.id).execute();
      if (!outcome.ok) await tx.insertInto('job_events').values({ id: randomUUID(), job_id: job.id, kind: 'failure', detail: outcome.error, worker, created_at: t }).execute();
      return true;
    });
  }

  async recordEvent(jobId: string, kind: 'retry' | 'failure' | 'stalled', detail: string, worker: string | null): Promise<void> {
    await this.db.insertInto('job_events').values({ id: randomUUID(), job_id: jobId, kind, detail, worker, created_at: now() }).execute();
  }

  async events(jobId: string): Promise<{ kind: string; detail: string }[]> {
    return this.db.selectFrom('job_events').select(['kind', 'detail']).where('job_id', '=', jobId).orderBy('created_at').execute();
  }

  /** Results of a run, optionally only those of jobs with seq in `seqs`. */
  async results(runId: string, seqs?: number[]): Promise<StoredResult[]> {
    if (seqs && seqs.length === 0) return [];
    // every column but the corpus model (read by corpusModels, one page at a time)
    let q = this.db.selectFrom('results').innerJoin('jobs', 'jobs.id', 'results.job_id').select(RESULT_COLUMNS).select(['jobs.seq', 'jobs.file']).where('results.run_id', '=', runId);
    if (seqs) q = q.where('jobs.seq', 'in', seqs);
    const rows = await q.orderBy('jobs.seq').execute();
    return rows.map((r) => ({ jobId: r.job_id, seq: r.seq, file: r.file, outcome: outcomeOf(r) }));
  }

  /** A run's results in input order, fetched `page` rows at a time. */
  async *resultPages(runId: string, page = 64): AsyncGenerator<StoredResult> {
    let after = -1;
    for (;;) {
      const rows = await this.db
        .selectFrom('results')
        .innerJoin('jobs', 'jobs.id', 'results.job_id')
        .select(RESULT_COLUMNS)
        .select(['jobs.seq', 'jobs.file'])
        .where('results.run_id', '=', runId)
        .where('jobs.seq', '>', after)
        .orderBy('jobs.seq')
        .limit(page)
        .execute();
      for (const r of rows) yield { jobId: r.job_id, seq: r.seq, file: r.file, outcome: outcomeOf(r) };
      if (rows.length < page) return;
      after = rows[rows.length - 1].seq;
    }
  }

  /**
   * The stored corpus models of a run's read documents, in input order, fetched `page` rows at a time
   * (the caller holds what it keeps, the store never the whole run). Results stored without one
   * (extract runs, results of an older version) are left out; `missing` counts them.
   */
  async *corpusModels(runId: string, page = 64, missing?: { count: number }): AsyncGenerator<{ seq: number; file: string; json: string }> {
    let after = -1;
    for (;;) {
      const rows = await this.db
        .selectFrom('results')
        .innerJoin('jobs', 'jobs.id', 'results.job_id')
        .select(['jobs.seq', 'jobs.file', 'results.corpus_model'])
        .where('results.run_id', '=', runId)
        .where('results.ok', '=', 1)
        .where('jobs.seq', '>', after)
        .orderBy('jobs.seq')
        .limit(page)
        .execute();
      for (const r of rows) {
        if (r.corpus_model) yield { seq: r.seq, file: r.file, json: r.corpus_model };
        else if (missing) missing.count++;
      }
      if (rows.length < page) return;
      after = rows[rows.length - 1].seq;
    }
  }

  async resultCount(runId: string): Promise<number> {
    const r = await this.db.selectFrom('results').select((eb) => eb.fn.countAll<number>().as('n')).where('run_id', '=', runId).executeTakeFirstOrThrow();
    return Number(r.n);
  }
}

const RESULT_COLUMNS = ['results.job_id', 'results.run_id', 'results.doc_hash', 'results.ruleset_version', 'results.ok', 'results.error_count', 'results.output', 'results.json', 'results.error', 'results.reason', 'results.worker', 'results.created_at'] as const;

function outcomeOf(r: Omit<Selectable<ResultsTable>, 'corpus_model'>): JobOutcome {
  if (r.ok) return { ok: true, output: r.output ?? r.json ?? '', json: r.json ?? '', errorCount: r.error_count, ruleset: r.ruleset_version };
  return { ok: false, error: r.error ?? '', reason: (r.reason ?? 'internal') as never };
}

const runInfo = (r: Selectable<RunsTable>): RunInfo => ({
  id: r.id,
  name: r.name,
  mode: r.mode as JobMode,
  format: r.format as OutputFormat,
  rulesetVersion: r.ruleset_version,
  status: r.status as RunStatus,
  createdAt: r.created_at,
});

const jobInfo = (r: Selectable<JobsTable>): JobInfo => ({
  id: r.id,
  runId: r.run_id,
  seq: r.seq,
  file: r.file,
  docHash: r.doc_hash,
  status: r.status as JobStatus,
  attempts: r.attempts,
  timeoutMs: r.timeout_ms,
});

function chunks<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}
