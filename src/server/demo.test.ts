/** `serve --demo`: three generated documents (one with a planted error) queued, and an admin with a random password that works. */
import { describe, expect, it } from 'vitest';
import { demoAdmin, loadDemo } from './demo.js';
import { login, tempDir, testApp } from './testing.js';

describe('demo', () => {
  it('loads the demo corpus once, creates a random-password admin, renews it on the next demo start', async () => {
    const data = tempDir();
    let wb = await testApp(data);
    const admin = (await demoAdmin(wb))!;
    expect(admin.password.length).toBeGreaterThanOrEqual(12);
    expect(wb.auth.setupToken).toBeNull();
    const { planted } = await loadDemo(wb);
    expect(planted).toHaveLength(1);
    await wb.queue.idle();
    const who = await login(wb, admin.name, admin.password);
    const docs = (await wb.app.inject({ method: 'GET', url: '/api/documents?sort=errors', headers: who.headers })).json().documents;
    expect(docs).toHaveLength(3);
    expect(docs.every((d: { status: string }) => d.status === 'done')).toBe(true);
    expect(docs[0].errors).toBeGreaterThan(0);
    await wb.close();

    wb = await testApp(data);
    const again = (await demoAdmin(wb))!;
    await loadDemo(wb);
    expect(again.renewed).toBe(true);
    expect(again.password).not.toBe(admin.password);
    await expect(login(wb, admin.name, admin.password)).rejects.toThrow(/401/);
    await login(wb, again.name, again.password);
    expect((await wb.app.inject({ method: 'GET', url: '/api/progress', headers: (await login(wb, 'admin', again.password)).headers })).json()).toMatchObject({ done: 3 });
    await wb.close();
  });
});
