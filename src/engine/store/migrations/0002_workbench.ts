/** The workbench (`budgetlens serve`): users, sessions, uploaded documents, reviews and the audit log. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_name', 'text', (c) => c.notNull().references('users.name'))
    .addColumn('csrf', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('wb_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('job_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('org', 'text')
    .addColumn('region', 'text')
    .addColumn('year', 'integer')
    .addColumn('kind', 'text')
    .addColumn('scope', 'text')
    .addColumn('pages', 'integer')
    .addColumn('errors', 'integer', (c) => c.notNull())
    .addColumn('warnings', 'integer', (c) => c.notNull())
    .addColumn('ruleset_version', 'text')
    .addColumn('search_text', 'text')
    .execute();
  await db.schema.createIndex('wb_documents_status').on('wb_documents').column('status').execute();
  await db.schema
    .createTable('reviews')
    .addColumn('doc_id', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('comment', 'text')
    .addColumn('by', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('reviews_pk', ['doc_id', 'fingerprint'])
    .execute();
  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('doc_id', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('by', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text')
    .addColumn('detail', 'text', (c) => c.notNull())
    .execute();
  // The workbench finds a document's latest check by content hash.
  await db.schema.createIndex('results_doc_hash').on('results').column('doc_hash').execute();
  await db.schema.createIndex('audit_events_doc').on('audit_events').columns(['doc_id', 'at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('results_doc_hash').ifExists().execute();
  for (const t of ['audit_events', 'reviews', 'wb_documents', 'sessions', 'users']) await db.schema.dropTable(t).ifExists().execute();
}
