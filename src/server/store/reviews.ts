/** Review decisions keyed by (document sha256, finding fingerprint), and the audit log. */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../engine/store/schema.js';

export type ReviewStatus = 'confirmed' | 'dismissed';

export interface Review {
  status: ReviewStatus;
  reason?: string;
  comment?: string;
  by: string;
  at: string;
}

export interface AuditEvent {
  at: string;
  by: string;
  action: string;
  fingerprint?: string;
  detail: string;
}

export class Reviews {
  constructor(private readonly db: Kysely<Database>) {}

  async forDocument(docId: string): Promise<Map<string, Review>> {
    const rows = await this.db.selectFrom('reviews').selectAll().where('doc_id', '=', docId).execute();
    const m = new Map<string, Review>();
    for (const r of rows) {
      const v: Review = { status: r.status as ReviewStatus, by: r.by, at: r.at };
      if (r.reason) v.reason = r.reason;
      if (r.comment) v.comment = r.comment;
      m.set(r.fingerprint, v);
    }
    return m;
  }

  /** Sets (or with null clears) a decision and records it in the audit log, in one transaction. */
  async decide(docId: string, fingerprint: string, review: Review | null, by: string, detail: string): Promise<void> {
    const at = new Date().toISOString();
    await this.db.transaction().execute(async (tx) => {
      await tx.deleteFrom('reviews').where('doc_id', '=', docId).where('fingerprint', '=', fingerprint).execute();
      if (review) await tx.insertInto('reviews').values({ doc_id: docId, fingerprint, status: review.status, reason: review.reason ?? null, comment: review.comment ?? null, by: review.by, at: review.at }).execute();
      await tx.insertInto('audit_events').values({ id: randomUUID(), doc_id: docId, at, by, action: review ? review.status : 'reopened', fingerprint, detail }).execute();
    });
  }

  async audit(docId: string | null, by: string, action: string, detail: string): Promise<void> {
    await this.db.insertInto('audit_events').values({ id: randomUUID(), doc_id: docId, at: new Date().toISOString(), by, action, fingerprint: null, detail }).execute();
  }

  /** Whether a document-less event (setup, demo admin …) was recorded. */
  async hasSystemEvent(action: string, by: string): Promise<boolean> {
    const r = await this.db.selectFrom('audit_events').select('id').where('doc_id', 'is', null).where('action', '=', action).where('by', '=', by).executeTakeFirst();
    return !!r;
  }

  async events(docId: string): Promise<AuditEvent[]> {
    const rows = await this.db.selectFrom('audit_events').selectAll().where('doc_id', '=', docId).orderBy('at').orderBy('id').execute();
    return rows.map((r) => {
      const e: AuditEvent = { at: r.at, by: r.by, action: r.action, detail: r.detail };
      if (r.fingerprint) e.fingerprint = r.fingerprint;
      return e;
    });
  }
}
