/**
 * Every /api route declares who may call it (`config.access`); a route that declares nothing is
 * refused to everyone (fail closed). Mutating requests also need the session's CSRF token.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Role, Session, Users } from '../store/users.js';
import { HttpError } from '../errors.js';

export type Access = 'public' | Role;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** Mutating but exempt from the CSRF check (login, setup: no session yet). */
    noCsrf?: boolean;
  }
  interface FastifyRequest {
    session?: Session;
  }
}

export const COOKIE = 'bl_session';
const RANK: Record<Role, number> = { readonly: 1, reviewer: 2, admin: 3 };
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export const isApi = (url: string) => url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');

export function installGuard(app: FastifyInstance, users: Users): void {
  app.addHook('onRequest', async (req: FastifyRequest, _reply: FastifyReply) => {
    if (!isApi(req.url) || req.is404) return;
    const access = req.routeOptions.config?.access;
    if (access === 'public') return;
    const session = await users.session(req.cookies[COOKIE]);
    if (!access) throw new HttpError(403, '该接口未配置访问权限，已拒绝');
    if (!session) throw new HttpError(401, '请先登录');
    if (RANK[session.user.role] < RANK[access]) throw new HttpError(403, '权限不足');
    if (!SAFE.has(req.method) && !req.routeOptions.config?.noCsrf && req.headers['x-csrf-token'] !== session.csrf) throw new HttpError(403, 'CSRF 校验失败，请刷新页面后重试');
    req.session = session;
  });
}

/** The session of a request that passed the guard. */
export function sessionOf(req: FastifyRequest): Session {
  if (!req.session) throw new HttpError(401, '请先登录');
  return req.session;
}
