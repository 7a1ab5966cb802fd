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
  /** The document's corpus model as exact JSON (check runs; migration 0004), read by the cross-document pass. */
  corpus_model: string | null;
}

export interface JobEventsTable {
  id: string;
  job_id: string;
  kind: string;
  detail: string;
  worker: string | null;
  created_at: string;
}

/** Workbench tables (migration 0002). */
export interface UsersTable {
  name: string;
  role: string;
  /** `scrypt$N$r$p$salt$hash` (base64). */
  password_hash: string;
  created_at: string;
}

export interface SessionsTable {
  /** sha256 of the cookie token (the token itself is never stored). */
  id: string;
  user_name: string;
  csrf: string;
  expires_at: string;
  created_at: string;
}

export interface WbDocumentsTable {
  /** sha256 of the file's bytes. */
  id: string;
  name: string;
  /** Relative to the data folder. */
  path: string;
  size: number;
  format: string;
  uploaded_by: string;
  created_at: string;
  updated_at: string;
  /** The latest check job. */
  job_id: string | null;
  status: string;
  error: string | null;
  org: string | null;
  region: string | null;
  year: number | null;
  kind: string | null;
  scope: string | null;
  pages: number | null;
  errors: number;
  warnings: number;
  ruleset_version: string | null;
  search_text: string | null;
}

export interface ReviewsTable {
  doc_id: string;
  fingerprint: string;
  status: string;
  reason: string | null;
  comment: string | null;
  by: string;
  at: string;
}

export interface AuditEventsTable {
  id: string;
  doc_id: string | null;
  at: string;
  by: string;
  action: string;
  fingerprint: string | null;
  detail: string;
}

/** A reviewer's correction of a document's link (migration 0003); null: not corrected. */
export interface LinkOverridesTable {
  doc_id: string;
  body: string | null;
  year: number | null;
  kind: string | null;
  by: string;
  at: string;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  wb_documents: WbDocumentsTable;
  reviews: ReviewsTable;
  audit_events: AuditEventsTable;
  link_overrides: LinkOverridesTable;
  documents: DocumentsTable;
  runs: RunsTable;
  jobs: JobsTable;
  results: ResultsTable;
  job_events: JobEventsTable;
}
