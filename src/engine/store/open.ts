/**
 * Opens the store: a SQLite file (embedded, through `libsql`'s better-sqlite3-compatible API) or a
 * Postgres database (`postgres://…`), both through Kysely, and brings the schema up to date.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type MigrationProvider } from 'kysely';
import type { Database } from './schema.js';
import { migrations } from './migrations/index.js';

export type StoreKind = 'sqlite' | 'postgres';

export const isPostgresUrl = (s: string) => /^postgres(ql)?:\/\//i.test(s);

export async function openDatabase(location: string): Promise<{ db: Kysely<Database>; kind: StoreKind }> {
  const kind: StoreKind = isPostgresUrl(location) ? 'postgres' : 'sqlite';
  const db = kind === 'postgres' ? await openPostgres(location) : await openSqlite(location);
  await migrate(db);
  return { db, kind };
}

async function openSqlite(file: string): Promise<Kysely<Database>> {
  mkdirSync(dirname(file), { recursive: true });
  const { default: Sqlite } = await import('libsql');
  const database = new Sqlite(file);
  database.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: database as never }) });
}

async function openPostgres(url: string): Promise<Kysely<Database>> {
  const { default: pg } = await import('pg');
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 4 }) }) });
}

async function migrate(db: Kysely<Database>): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrations };
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`数据库迁移失败${failed ? `（${failed}）` : ''}：${error instanceof Error ? error.message : String(error)}`);
  }
}
