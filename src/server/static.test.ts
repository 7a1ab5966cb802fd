/** The built web UI: files from web/dist, the index for client-side routes, security headers; the API stays JSON. */
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir, testApp } from './testing.js';

describe('static web UI', () => {
  it('serves web/dist with security headers and falls back to index.html for client routes', async () => {
    const data = tempDir();
    const web = join(data, 'web');
    mkdirSync(join(web, 'assets'), { recursive: true });
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>工作台</title><script type="module" src="/assets/app.js"></script>');
    writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1)');
    const wb = await testApp(data, { webDist: web });
    try {
      const index = await wb.app.inject({ method: 'GET', url: '/' });
      expect(index.statusCode).toBe(200);
      expect(index.body).toMatch(/工作台/);
      expect(String(index.headers['content-security-policy'])).toMatch(/script-src 'self'(;|$)/);
      expect(index.headers['x-frame-options']).toBe('DENY');
      const js = await wb.app.inject({ method: 'GET', url: '/assets/app.js' });
      expect(js.body).toBe('console.log(1)');
      expect(js.headers['x-content-type-options']).toBe('nosniff');
      const route = await wb.app.inject({ method: 'GET', url: '/documents/abc' });
      expect(route.body).toMatch(/工作台/);
      const outside = await wb.app.inject({ method: 'GET', url: '/assets/..%2f..%2fbudgetlens.db' });
      expect(outside.body).not.toMatch(/SQLite/);
      const api = await wb.app.inject({ method: 'GET', url: '/api/nope' });
      expect(api.json()).toEqual({ error: '接口不存在' });
    } finally {
      await wb.close();
    }
  });
});
