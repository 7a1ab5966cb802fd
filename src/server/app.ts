/**
 * The workbench HTTP server (Fastify): JSON API under /api (every route with a declared role,
 * fail closed), the built web UI from web/dist, security headers on every response, and the check
 * queue on the job engine's store. `buildApp` is what `serve` runs and what the tests inject into.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { Store } from '../engine/store/store.js';
import { installGuard, isApi } from './auth/guard.js';
import { installErrorHandlers } from './errors.js';
import { DEFAULT_LIMITS, Ingest, type UploadLimits } from './ingest.js';
import { CheckQueue, type JobRunner } from './queue.js';
import { authRoutes, type AuthState } from './routes/auth.js';
import { documentRoutes } from './routes/documents.js';
import { reviewRoutes } from './routes/review.js';
import { seriesRoutes } from './routes/series.js';
import { linkRoutes } from './routes/links.js';
import { Documents } from './store/documents.js';
import { LinkCorrections } from './store/links.js';
import { Reviews } from './store/reviews.js';
import { Users } from './store/users.js';

export interface AppOptions {
  /** Data folder: the SQLite store (unless `db`) and the uploaded files. */
  data: string;
  /** Postgres URL instead of the SQLite file. */
  db?: string;
  /** Worker processes for checks (default 1). */
  jobs?: number;
  memoryMb?: number;
  /** Runs jobs in-process instead of on worker processes (tests). */
  runner?: JobRunner;
  limits?: Partial<UploadLimits>;
  /** Login/setup attempts per minute per client (default 10). */
  loginRateMax?: number;
  /** The built UI (default web/dist of the package). */
  webDist?: string;
  /** Behind a reverse proxy that terminates https: trust X-Forwarded-* (the cookie then gets Secure). */
  trustProxy?: boolean;
  /** Server messages (errors, setup token); default stderr. */
  log?: (line: string) => void;
}

export interface Workbench {
  app: FastifyInstance;
  store: Store;
  queue: CheckQueue;
  ingest: Ingest;
  users: Users;
  reviews: Reviews;
  /** The one-time setup token while no user exists (printed by `serve`). */
  auth: AuthState;
  /** Every route registered (for the authorisation test). */
  routes: RouteOptions[];
  close(): Promise<void>;
}

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

const NOT_BUILT = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>budgetlens 工作台</title></head>
<body><h1>budgetlens 工作台</h1><p>网页界面尚未构建。请在项目目录中构建 web/ 后刷新本页；API 已在 /api 下可用。</p></body></html>`;

export async function buildApp(o: AppOptions): Promise<Workbench> {
  const log = o.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const data = resolve(o.data);
  const store = await Store.open(o.db ?? join(data, 'budgetlens.db'));
  const users = new Users(store.db);
  const docs = new Documents(store.db);
  const reviews = new Reviews(store.db);
  const queue = new CheckQueue(store, docs, { jobs: o.jobs ?? 1, memoryMb: o.memoryMb, runner: o.runner, onError: (e) => log(`检查队列出错：${e instanceof Error ? e.message : String(e)}`) });
  const limits: UploadLimits = { ...DEFAULT_LIMITS, ...o.limits, zip: { ...DEFAULT_LIMITS.zip, ...o.limits?.zip } };
  const ingest = new Ingest(data, docs, queue, limits);
  const auth: AuthState = { setupToken: (await users.count()) === 0 ? randomBytes(18).toString('base64url') : null, loginRateMax: o.loginRateMax ?? 10 };

  const app = Fastify({ logger: false, bodyLimit: 1_048_576, trustProxy: o.trustProxy ?? false });
  const routes: RouteOptions[] = [];
  app.addHook('onRoute', (r) => void routes.push(r));
  await app.register(cookie);
  await app.register(rateLimit, { global: false, errorResponseBuilder: () => ({ statusCode: 429, error: '尝试次数过多，请一分钟后再试' }) });
  await app.register(multipart, { throwFileSizeLimit: false, limits: { fileSize: limits.maxFileBytes, files: limits.maxFiles, fields: 10, parts: limits.maxFiles + 11 } });

  app.addHook('onSend', async (req, reply, payload) => {
    if (!reply.hasHeader('content-security-policy')) void reply.header('Content-Security-Policy', CSP);
    void reply.header('X-Content-Type-Options', 'nosniff');
    void reply.header('X-Frame-Options', 'DENY');
    void reply.header('Referrer-Policy', 'no-referrer');
    void reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    void reply.header('Cross-Origin-Resource-Policy', 'same-origin');
    void reply.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    if (isApi(req.url)) void reply.header('Cache-Control', 'no-store');
    return payload;
  });
  installErrorHandlers(app, log);
  installGuard(app, users);

  const deps = { store, docs, reviews, ingest, queue };
  authRoutes(app, users, reviews, auth);
  documentRoutes(app, deps);
  reviewRoutes(app, deps);
  const links = new LinkCorrections(store.db);
  seriesRoutes(app, { ...deps, links });
  linkRoutes(app, { ...deps, links });

  const web = o.webDist ?? DEFAULT_WEB_DIST;
  const built = existsSync(join(web, 'index.html'));
  // One route per built file (no wildcard route that would also match /api paths).
  if (built) await app.register(fastifyStatic, { root: web, wildcard: false, index: 'index.html' });
  app.setNotFoundHandler(async (req, reply) => {
    if (isApi(req.url)) return reply.status(404).send({ error: '接口不存在' });
    if (req.method !== 'GET' && req.method !== 'HEAD') return reply.status(404).send({ error: '资源不存在' });
    if (built) return reply.type('text/html; charset=utf-8').sendFile('index.html');
    return reply.status(built ? 404 : 200).type('text/html; charset=utf-8').send(NOT_BUILT);
  });

  await app.ready();
  await queue.resume(async (id) => {
    const d = await docs.get(id);
    return d && { name: d.name, file: ingest.pathOf(d.path), size: d.size };
  });

  return {
    app,
    store,
    queue,
    ingest,
    users,
    reviews,
    auth,
    routes,
    async close() {
      await queue.close();
      await app.close();
      await store.close();
    },
  };
}
