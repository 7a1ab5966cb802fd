/** Setup of the first admin, login/logout, the current user, user management (admin). */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { COOKIE, sessionOf } from '../auth/guard.js';
import { hashPassword, passwordProblem, verifyPassword } from '../auth/password.js';
import { HttpError } from '../errors.js';
import { ROLES, type Role, type Users } from '../store/users.js';
import type { Reviews } from '../store/reviews.js';
import { parseBody } from './validate.js';

export interface AuthState {
  /** The one-time setup token, while no user exists. */
  setupToken: string | null;
  loginRateMax: number;
}

const USERNAME = z.string().trim().regex(/^[\p{L}\p{N}_.@-]{1,64}$/u, '用户名只能包含字母、数字、汉字和 _ . @ -（最多 64 个字符）');
const Credentials = z.object({ username: USERNAME, password: z.string().max(1000) });
const Setup = Credentials.extend({ token: z.string().max(200) });
const NewUser = Credentials.extend({ role: z.enum(ROLES as [Role, ...Role[]]) });

const sameToken = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export function authRoutes(app: FastifyInstance, users: Users, reviews: Reviews, state: AuthState): void {
  const startSession = async (req: FastifyRequest, reply: FastifyReply, user: { name: string; role: Role }) => {
    const s = await users.startSession(user.name);
    void reply.setCookie(COOKIE, s.token, { httpOnly: true, sameSite: 'strict', secure: req.protocol === 'https', path: '/', expires: s.expires });
    return { user: { name: user.name, role: user.role }, csrf: s.csrf };
  };
  const loginLimit = { rateLimit: { max: state.loginRateMax, timeWindow: 60_000 } };

  app.get('/api/health', { config: { access: 'public' } }, async () => ({ ok: true }));

  app.get('/api/setup-status', { config: { access: 'public' } }, async () => ({ needsSetup: (await users.count()) === 0 }));

  app.post('/api/setup', { config: { access: 'public', noCsrf: true, ...loginLimit } }, async (req, reply) => {
    const b = parseBody(Setup, req.body);
    if ((await users.count()) > 0 || !state.setupToken) throw new HttpError(403, '已有用户，初始设置已关闭');
    if (!sameToken(b.token.trim(), state.setupToken)) throw new HttpError(403, '设置令牌不正确（见服务器启动时的输出）');
    const problem = passwordProblem(b.password);
    if (problem) throw new HttpError(400, problem);
    if (!(await users.create(b.username, 'admin', await hashPassword(b.password)))) throw new HttpError(409, '用户名已存在');
    state.setupToken = null;
    await reviews.audit(null, b.username, 'setup', '创建首个管理员');
    return startSession(req, reply, { name: b.username, role: 'admin' });
  });

  app.post('/api/login', { config: { access: 'public', noCsrf: true, ...loginLimit } }, async (req, reply) => {
    const b = parseBody(Credentials, req.body);
    const found = await users.passwordHash(b.username);
    if (!(await verifyPassword(b.password, found?.hash)) || !found) throw new HttpError(401, '用户名或密码错误');
    return startSession(req, reply, found.user);
  });

  app.post('/api/logout', { config: { access: 'readonly' } }, async (req, reply) => {
    await users.endSession(req.cookies[COOKIE]);
    void reply.clearCookie(COOKIE, { path: '/' });
    return {};
  });

  app.get('/api/me', { config: { access: 'readonly' } }, async (req) => {
    const s = sessionOf(req);
    return { user: { name: s.user.name, role: s.user.role }, csrf: s.csrf };
  });

  app.get('/api/users', { config: { access: 'admin' } }, async () => ({ users: await users.list() }));

  app.post('/api/users', { config: { access: 'admin' } }, async (req) => {
    const b = parseBody(NewUser, req.body);
    const problem = passwordProblem(b.password);
    if (problem) throw new HttpError(400, problem);
    if (!(await users.create(b.username, b.role, await hashPassword(b.password)))) throw new HttpError(409, '用户名已存在');
    await reviews.audit(null, sessionOf(req).user.name, 'user-added', `添加用户 ${b.username}（${b.role}）`);
    const u = (await users.list()).find((x) => x.name === b.username)!;
    return { user: u };
  });
}
