/** Uploaded documents (one row per sha256) with their latest check's summary, for the list and filters. */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, WbDocumentsTable } from '../../engine/store/schema.js';

export type DocStatus = 'queued' | 'running' | 'done' | 'failed';

export interface DocumentSummary {
  id: string;
  name: string;
  org: string | null;
  region: string | null;
  department: string | null;
  unit: string | null;
  year: number | null;
  kind: string | null;
  scope: string | null;
  format: string;
  pages: number | null;
  status: DocStatus;
  error?: string;
  errors: number;
  warnings: number;
  updatedAt: string;
}

export interface ListQuery {
  q?: string;
  status?: string;
  kind?: string;
  year?: number;
  severity?: 'error' | 'warning';
  sort?: 'name' | 'org' | 'year' | 'errors' | 'warnings' | 'updated';
  order?: 'asc' | 'desc';
}

export interface CheckSummary {
  org?: string;
  region?: string;
  year?: number;
  kind?: string;
  scope?: string;
  pages?: number;
  errors: number;
  warnings: number;
  rulesetVersion: string;
  text: string;
}

const SORT_COLUMN = { name: 'name', org: 'org', year: 'year', errors: 'errors', warnings: 'warnings', updated: 'updated_at' } as const;
const now = () => new Date().toISOString();

/** Every column but the search text (megabytes per document; only ever matched in SQL). */
const COLUMNS = ['id', 'name', 'path', 'size', 'format', 'uploaded_by', 'created_at', 'updated_at', 'job_id', 'status', 'error', 'org', 'region', 'year', 'kind', 'scope', 'pages', 'errors', 'warnings', 'ruleset_version'] as const;
export type DocumentRow = Omit<Selectable<WbDocumentsTable>, 'search_text'>;

export function summaryOf(r: DocumentRow): DocumentSummary {
  const s: DocumentSummary = {
    id: r.id,
    name: r.name,
    org: r.org,
    region: r.region,
    department: r.org,
    unit: r.scope === 'unit' ? r.org : null,
    year: r.year,
    kind: r.kind,
    scope: r.scope,
    format: r.format,
    pages: r.pages,
    status: r.status as DocStatus,
    errors: r.errors,
    warnings: r.warnings,
    updatedAt: r.updated_at,
  };
  if (r.error) s.error = r.error;
  return s;
}

export class Documents {
  constructor(private readonly db: Kysely<Database>) {}

  async get(id: string): Promise<DocumentRow | undefined> {
    return this.db.selectFrom('wb_documents').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  }

  /** Inserts a new document; false when one with this hash is already stored. */
  async insert(d: { id: string; name: string; path: string; size: number; format: string; uploadedBy: string }): Promise<boolean> {
    const t = now();
    const r = await this.db
      .insertInto('wb_documents')
      .values({ id: d.id, name: d.name, path: d.path, size: d.size, format: d.format, uploaded_by: d.uploadedBy, created_at: t, updated_at: t, job_id: null, status: 'queued', error: null, org: null, region: null, year: null, kind: null, scope: null, pages: null, errors: 0, warnings: 0, ruleset_version: null, search_text: null })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0n) > 0;
  }

  async setJob(id: string, jobId: string): Promise<void> {
    await this.db.updateTable('wb_documents').set({ job_id: jobId, status: 'queued', error: null, updated_at: now() }).where('id', '=', id).execute();
  }

  async setStatus(id: string, jobId: string, status: DocStatus, error?: string): Promise<void> {
    await this.db
      .updateTable('wb_documents')
      .set({ status, error: error ?? null, updated_at: now() })
      .where('id', '=', id)
      .where('job_id', '=', jobId)
      .execute();
  }

  async setResult(id: string, jobId: string, s: CheckSummary): Promise<void> {
    await this.db
      .updateTable('wb_documents')
      .set({ status: 'done', error: null, org: s.org ?? null, region: s.region ?? null, year: s.year ?? null, kind: s.kind ?? null, scope: s.scope ?? null, pages: s.pages ?? null, errors: s.errors, warnings: s.warnings, ruleset_version: s.rulesetVersion, search_text: s.text, updated_at: now() })
      .where('id', '=', id)
      .where('job_id', '=', jobId)
      .execute();
  }

  /** Documents whose latest job has not ended (to resume after a restart). */
  async unfinished(): Promise<{ id: string; jobId: string | null }[]> {
    const rows = await this.db.selectFrom('wb_documents').select(['id', 'job_id']).where('status', 'in', ['queued', 'running']).orderBy('created_at').execute();
    return rows.map((r) => ({ id: r.id, jobId: r.job_id }));
  }

  async progress(): Promise<Record<DocStatus, number>> {
    const rows = await this.db.selectFrom('wb_documents').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute();
    const p = { queued: 0, running: 0, done: 0, failed: 0 };
    for (const r of rows) if (r.status in p) p[r.status as DocStatus] = Number(r.n);
    return p;
  }

  async list(q: ListQuery): Promise<DocumentSummary[]> {
    let s = this.db.selectFrom('wb_documents').select(COLUMNS);
    if (q.q) {
      // The same escape and case rule in SQLite and Postgres: lower() both sides, ESCAPE '\'.
      const like = `%${q.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const match = (col: 'name' | 'org' | 'search_text') => sql<boolean>`lower(${sql.ref(col)}) like ${like} escape '\\'`;
      s = s.where((eb) => eb.or([match('name'), match('org'), match('search_text')]));
    }
    if (q.status) s = s.where('status', '=', q.status);
    if (q.kind) s = s.where('kind', '=', q.kind);
    if (q.year !== undefined) s = s.where('year', '=', q.year);
    if (q.severity === 'error') s = s.where('errors', '>', 0);
    if (q.severity === 'warning') s = s.where('warnings', '>', 0);
    const order = q.order ?? (q.sort === 'errors' || q.sort === 'warnings' || q.sort === 'updated' ? 'desc' : 'asc');
    s = s.orderBy(SORT_COLUMN[q.sort ?? 'updated'], order).orderBy('name', 'asc');
    const rows = await s.limit(5000).execute();
    return rows.map(summaryOf);
  }
}
