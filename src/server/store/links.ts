/** A reviewer's link corrections (a document's body, year, kind), stored per document and audited. */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../engine/store/schema.js';
import type { DocKind } from '../../model/types.js';

export interface LinkCorrection {
  body?: string;
  year?: number;
  kind?: DocKind;
  by: string;
  at: string;
}

export class LinkCorrections {
  constructor(private readonly db: Kysely<Database>) {}

  /** Every correction, by document id. */
  async all(): Promise<Map<string, LinkCorrection>> {
    const rows = await this.db.selectFrom('link_overrides').selectAll().orderBy('doc_id').execute();
    return new Map(rows.map((r) => [r.doc_id, { ...(r.body ? { body: r.body } : {}), ...(r.year !== null ? { year: r.year } : {}), ...(r.kind ? { kind: r.kind as DocKind } : {}), by: r.by, at: r.at }]));
  }

  async get(docId: string): Promise<LinkCorrection | undefined> {
    return (await this.all()).get(docId);
  }

  /** Replaces a document's correction (all fields absent: removes it) and records it in the audit log, in one transaction. */
  async set(docId: string, c: Omit<LinkCorrection, 'at'>, detail: string): Promise<LinkCorrection> {
    const at = new Date().toISOString();
    await this.db.transaction().execute(async (tx) => {
      await tx.deleteFrom('link_overrides').where('doc_id', '=', docId).execute();
      if (c.body !== undefined || c.year !== undefined || c.kind !== undefined) {
        await tx.insertInto('link_overrides').values({ doc_id: docId, body: c.body ?? null, year: c.year ?? null, kind: c.kind ?? null, by: c.by, at }).execute();
      }
      await tx.insertInto('audit_events').values({ id: randomUUID(), doc_id: docId, at, by: c.by, action: 'link', fingerprint: null, detail }).execute();
    });
    return { ...c, at };
  }
}
