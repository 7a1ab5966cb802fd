/** The workbench: a reviewer's corrections of a document's link (body, year, kind), one row per document. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('link_overrides')
    .addColumn('doc_id', 'text', (c) => c.primaryKey())
    .addColumn('body', 'text')
    .addColumn('year', 'integer')
    .addColumn('kind', 'text')
    .addColumn('by', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('link_overrides').ifExists().execute();
}
