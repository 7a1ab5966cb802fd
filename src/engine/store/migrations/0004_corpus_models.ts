/** A checked document's corpus model (src/corpus/model.ts) kept with its result: the cross-document pass reads it instead of the file. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('results').addColumn('corpus_model', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('results').dropColumn('corpus_model').execute();
}
