/** Authorisation of every route, login/logout, CSRF, the one-time setup and the login rate limit. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workbench } from './app.js';
import { addUser, login, tempDir, testApp, type Login } from './testing.js';

const ROLE_RANK = { public: 0, readonly: 1, reviewer: 2, admin: 3 } as const;
const concrete = (url: string) => url.replace(':id', 'a'.repeat(64)).replace(':fingerprint', 'f'.repeat(20)).replace('*', 'x');

describe('workbench authorisation', () => {
  let wb: Workbench;
  let as: Record<'readonly' | 'reviewer' | 'admin', Login>;
  beforeAll(async () => {
    wb = await testApp(tempDir());
    await addUser(wb, 'ro', 'readonly');
    await addUser(wb, 'rev', 'reviewer');
    await addUser(wb, 'adm', 'admin');
    as = { readonly: await login(wb, 'ro'), reviewer: await login(wb, 'rev'), admin: await login(wb, 'adm') };
  });
  afterAll(() => wb.close());

  it('every registered /api route declares a role, refuses anonymous requests and requests from a lower role', async () => {
    const api = wb.routes.filter((r) => r.url.startsWith('/api'));
    expect(api.length).toBeGreaterThanOrEqual(18);
    const publicRoutes = new Set<string>();
    for (const r of api) {
      const access = r.config?.access;
      expect(access, `${r.method} ${r.url} declares no role`).toBeDefined();
      for (const method of [r.method].flat()) {
        const url = concrete(r.url);
        if (access === 'public') {
          publicRoutes.add(`${method} ${r.url}`);
          continue;
        }
        const anon = await wb.app.inject({ method, url, payload: method === 'GET' || method === 'HEAD' ? undefined : {} });
        expect(anon.statusCode, `${method} ${url} anonymous`).toBe(401);
        for (const role of ['readonly', 'reviewer'] as const) {
          if (ROLE_RANK[role] >= ROLE_RANK[access!]) continue;
          const r2 = await wb.app.inject({ method, url, headers: as[role].headers, payload: method === 'GET' || method === 'HEAD' ? undefined : {} });
          expect(r2.statusCode, `${method} ${url} as ${role}`).toBe(403);
        }
      }
    }
    expect([...publicRoutes].sort()).toEqual(['GET /api/health', 'GET /api/setup-status', 'HEAD /api/health', 'HEAD /api/setup-status', 'POST /api/login', 'POST /api/setup']);
  });

  it('a route registered without a role is refused to everyone, even an admin (fail closed)', async () => {
    // A bare guard (no workbench routes) and a route registered without config.access.
    const { default: Fastify } = await import('fastify');
    const { installGuard } = await import('./auth/guard.js');
    const { installErrorHandlers } = await import('./errors.js');
    const app = Fastify();
    await app.register((await import('@fastify/cookie')).default);
    installErrorHandlers(app, () => undefined);
    installGuard(app, { session: async () => ({ user: { name: 'adm', role: 'admin', createdAt: '' }, csrf: 'x' }) } as never);
    app.get('/api/forgotten', async () => ({ secret: true }));
    app.get('/api/broken', { config: { access: 'public' } }, async () => {
      throw new Error('internal detail /srv/secret/path');
    });
    const r = await app.inject({ method: 'GET', url: '/api/forgotten', headers: { cookie: 'bl_session=whatever' } });
    expect(r.statusCode).toBe(403);
    expect(r.json().error).toMatch(/未配置访问权限/);
    // An unexpected error answers a generic Chinese message, never the error or its stack.
    const broken = await app.inject({ method: 'GET', url: '/api/broken' });
    expect(broken.statusCode).toBe(500);
    expect(broken.json()).toEqual({ error: '服务器内部错误' });
    await app.close();
  });

  it('login sets an HttpOnly SameSite=Strict cookie; /api/me works; mutating needs the CSRF token; logout ends the session', async () => {
    const r = await wb.app.inject({ method: 'POST', url: '/api/login', payload: { username: 'rev', password: 'correct horse battery' } });
    expect(r.statusCode).toBe(200);
    const raw = String(r.headers['set-cookie']);
    expect(raw).toMatch(/bl_session=/);
    expect(raw).toMatch(/HttpOnly/i);
    expect(raw).toMatch(/SameSite=Strict/i);
    const cookie = `bl_session=${r.cookies[0].value}`;
    const { csrf } = r.json();
    const me = await wb.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.json()).toEqual({ user: { name: 'rev', role: 'reviewer' }, csrf });
    const noCsrf = await wb.app.inject({ method: 'POST', url: '/api/logout', headers: { cookie } });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error).toMatch(/CSRF/);
    const wrong = await wb.app.inject({ method: 'POST', url: '/api/logout', headers: { cookie, 'x-csrf-token': as.admin.csrf } });
    expect(wrong.statusCode).toBe(403);
    const out = await wb.app.inject({ method: 'POST', url: '/api/logout', headers: { cookie, 'x-csrf-token': csrf } });
    expect(out.statusCode).toBe(200);
    expect((await wb.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('a wrong password is refused with a Chinese message; security headers are on every response', async () => {
    const r = await wb.app.inject({ method: 'POST', url: '/api/login', payload: { username: 'rev', password: 'nope-nope-nope' } });
    expect(r.statusCode).toBe(401);
    expect(r.json()).toEqual({ error: '用户名或密码错误' });
    for (const h of ['content-security-policy', 'x-content-type-options', 'x-frame-options', 'referrer-policy']) expect(r.headers[h], h).toBeDefined();
    expect(String(r.headers['content-security-policy'])).toMatch(/frame-ancestors 'none'/);
    expect(String(r.headers['content-security-policy'])).not.toMatch(/script-src[^;]*unsafe-inline/);
    const page = await wb.app.inject({ method: 'GET', url: '/' });
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.body).toMatch(/界面尚未构建/);
  });

  it('malformed JSON is a Chinese 400 without details; unknown API paths are JSON 404s', async () => {
    const r = await wb.app.inject({ method: 'POST', url: '/api/login', headers: { 'content-type': 'application/json' }, payload: '{"username": ' });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toEqual({ error: '请求格式不正确' });
    const nf = await wb.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(nf.statusCode).toBe(404);
    expect(nf.json()).toEqual({ error: '接口不存在' });
  });

  it('admin adds users; the password must be long enough; a readonly user cannot', async () => {
    const bad = await wb.app.inject({ method: 'POST', url: '/api/users', headers: as.admin.headers, payload: { username: 'x1', password: 'short', role: 'reviewer' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatch(/密码至少/);
    const ok = await wb.app.inject({ method: 'POST', url: '/api/users', headers: as.admin.headers, payload: { username: '审核员甲', password: 'long enough pw', role: 'reviewer' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user).toMatchObject({ name: '审核员甲', role: 'reviewer' });
    const list = await wb.app.inject({ method: 'GET', url: '/api/users', headers: as.admin.headers });
    expect(list.json().users.map((u: { name: string }) => u.name)).toContain('审核员甲');
    expect(JSON.stringify(list.json())).not.toMatch(/scrypt|password/);
  });
});

describe('first start', () => {
  it('the one-time setup token creates the first admin once; no user exists before; login is rate-limited', async () => {
    const wb = await testApp(tempDir(), { loginRateMax: 3 });
    try {
      expect((await wb.app.inject({ method: 'GET', url: '/api/setup-status' })).json()).toEqual({ needsSetup: true });
      const token = wb.auth.setupToken!;
      expect(token.length).toBeGreaterThanOrEqual(20);
      const wrong = await wb.app.inject({ method: 'POST', url: '/api/setup', payload: { token: 'x'.repeat(token.length), username: 'boss', password: 'long enough pw' } });
      expect(wrong.statusCode).toBe(403);
      const ok = await wb.app.inject({ method: 'POST', url: '/api/setup', payload: { token, username: 'boss', password: 'long enough pw' } });
      expect(ok.statusCode).toBe(200);
      expect(ok.json().user).toEqual({ name: 'boss', role: 'admin' });
      const again = await wb.app.inject({ method: 'POST', url: '/api/setup', payload: { token, username: 'boss2', password: 'long enough pw' } });
      expect(again.statusCode).toBe(403);
      expect((await wb.app.inject({ method: 'GET', url: '/api/setup-status' })).json()).toEqual({ needsSetup: false });
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) codes.push((await wb.app.inject({ method: 'POST', url: '/api/login', payload: { username: 'boss', password: 'wrong password' } })).statusCode);
      expect(codes.slice(0, 1)).toEqual([401]);
      expect(codes).toContain(429);
      const limited = await wb.app.inject({ method: 'POST', url: '/api/login', payload: { username: 'boss', password: 'long enough pw' } });
      expect(limited.statusCode).toBe(429);
      expect(limited.json().error).toMatch(/过多/);
    } finally {
      await wb.close();
    }
  });
});
