/** Table types for Kysely: the same schema in SQLite (embedded) and Postgres (distributed). */

export interface DocumentsTable {
  /** sha256 of the file's bytes. */
  hash: string;
  size: number;
  first_path: string;
  created_at: string;
}

export interface RunsTable {
  id: string;
  name: string;
  mode: string;
  format: string;
  ruleset_version: string;
  status: string;
  /** JSON: the options the run was started with (timeout override, fail-fast …). */
  options: string;
  created_at: string;
  updated_at: string;
}

export interface JobsTable {
  id: string;
  run_id: string;
  seq: number;
  file: string;
  doc_hash: string | null;
  status: string;
  attempts: number;
  timeout_ms: number;
  worker: string | null;
  started_at: string | null;
  finished_at: string | null;
}

export interface ResultsTable {
  /** Primary key: a job has at most one result, whichever worker finishes it. */
  job_id: string;
  run_id: string;
  doc_hash: string | null;
  ruleset_version: string;
  /** 1 when the document was read (output/json set), 0 when it failed (error/reason set). */
  ok: number;
  error_count: number;
  output: string | null;
  json: string | null;
  error: string | null;
  reason: string | null;
  worker: string | null;
  created_at: string;
}

export interface JobEventsTable {
  id: string;
  job_id: string;
  kind: string;
  detail: string;
  worker: string | null;
  created_at: string;
}

export interface Database {
  documents: DocumentsTable;
  runs: RunsTable;
  jobs: JobsTable;
  results: ResultsTable;
  job_events: JobEventsTable;
}
