/** Users and sessions in the shared store (SQLite or Postgres, one set of queries). */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../engine/store/schema.js';

export type Role = 'admin' | 'reviewer' | 'readonly';
export const ROLES: Role[] = ['admin', 'reviewer', 'readonly'];

export interface User {
  name: string;
  role: Role;
  createdAt: string;
}

export interface Session {
  user: User;
  csrf: string;
}

export const SESSION_HOURS = 12;
const hashToken = (t: string) => createHash('sha256').update(t).digest('hex');

export class Users {
  constructor(private readonly db: Kysely<Database>) {}

  async count(): Promise<number> {
    const r = await this.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async list(): Promise<User[]> {
    const rows = await this.db.selectFrom('users').select(['name', 'role', 'created_at']).orderBy('name').execute();
    return rows.map((r) => ({ name: r.name, role: r.role as Role, createdAt: r.created_at }));
  }

  async passwordHash(name: string): Promise<{ user: User; hash: string } | undefined> {
    const r = await this.db.selectFrom('users').selectAll().where('name', '=', name).executeTakeFirst();
    return r && { user: { name: r.name, role: r.role as Role, createdAt: r.created_at }, hash: r.password_hash };
  }

  /** Creates a user; false when the name is taken. */
  async create(name: string, role: Role, passwordHash: string): Promise<boolean> {
    const r = await this.db
      .insertInto('users')
      .values({ name, role, password_hash: passwordHash, created_at: new Date().toISOString() })
      .onConflict((oc) => oc.column('name').doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0n) > 0;
  }

  async setPassword(name: string, passwordHash: string): Promise<void> {
    await this.db.updateTable('users').set({ password_hash: passwordHash }).where('name', '=', name).execute();
    await this.db.deleteFrom('sessions').where('user_name', '=', name).execute();
  }

  /** A new session: returns the cookie token (only its hash is stored) and the CSRF token. */
  async startSession(name: string): Promise<{ token: string; csrf: string; expires: Date }> {
    const token = randomBytes(32).toString('base64url');
    const csrf = randomBytes(24).toString('base64url');
    const expires = new Date(Date.now() + SESSION_HOURS * 3600_000);
    const t = new Date().toISOString();
    await this.db.deleteFrom('sessions').where('expires_at', '<', t).execute();
    await this.db.insertInto('sessions').values({ id: hashToken(token), user_name: name, csrf, expires_at: expires.toISOString(), created_at: t }).execute();
    return { token, csrf, expires };
  }

  async session(token: string | undefined): Promise<Session | undefined> {
    if (!token || token.length > 200) return undefined;
    const r = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.name', 'sessions.user_name')
      .select(['users.name', 'users.role', 'users.created_at', 'sessions.csrf', 'sessions.expires_at'])
      .where('sessions.id', '=', hashToken(token))
      .executeTakeFirst();
    if (!r || r.expires_at < new Date().toISOString()) return undefined;
    return { user: { name: r.name, role: r.role as Role, createdAt: r.created_at }, csrf: r.csrf };
  }

  async endSession(token: string | undefined): Promise<void> {
    if (token) await this.db.deleteFrom('sessions').where('id', '=', hashToken(token)).execute();
  }
}
