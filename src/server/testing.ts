/** Test helpers for the workbench: an app on a temporary data folder with jobs run in-process, users, logins, uploads. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runJob } from '../engine/run-job.js';
import { buildApp, type AppOptions, type Workbench } from './app.js';
import { hashPassword } from './auth/password.js';
import type { Role } from './store/users.js';

export const tempDir = () => mkdtempSync(join(tmpdir(), 'budgetlens-server-'));

export async function testApp(data: string, o: Partial<AppOptions> = {}): Promise<Workbench> {
  return buildApp({ data, runner: runJob, log: () => undefined, webDist: join(data, 'no-web'), ...o });
}

export const PASSWORD = 'correct horse battery';

export async function addUser(wb: Workbench, name: string, role: Role): Promise<void> {
  await wb.users.create(name, role, await hashPassword(PASSWORD));
}

export interface Login {
  cookie: string;
  csrf: string;
  headers: Record<string, string>;
}

export async function login(wb: Workbench, name: string, password = PASSWORD): Promise<Login> {
  const r = await wb.app.inject({ method: 'POST', url: '/api/login', payload: { username: name, password } });
  if (r.statusCode !== 200) throw new Error(`login ${name}: ${r.statusCode} ${r.body}`);
  const c = r.cookies.find((x) => x.name === 'bl_session')!;
  const csrf = (r.json() as { csrf: string }).csrf;
  const cookie = `bl_session=${c.value}`;
  return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } };
}

/** A multipart body with one part per file in field `files`. */
/** A reviewer `rev` and a read-only `ro`, logged in. */
export async function reviewerAndReader(wb: Workbench): Promise<{ rev: Login; ro: Login }> {
  await addUser(wb, 'rev', 'reviewer');
  await addUser(wb, 'ro', 'readonly');
  return { rev: await login(wb, 'rev'), ro: await login(wb, 'ro') };
}

export function multipart(files: { name: string; data: Buffer | string }[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----budgetlens${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const f of files) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name.replace(/"/g, '%22')}"\r\nContent-Type: application/octet-stream\r\n\r\n`));
    parts.push(Buffer.isBuffer(f.data) ? f.data : Buffer.from(f.data));
    parts.push(Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export async function upload(wb: Workbench, who: Login, files: { name: string; data: Buffer | string }[]) {
  const m = multipart(files);
  const r = await wb.app.inject({ method: 'POST', url: '/api/documents', payload: m.payload, headers: { ...m.headers, ...who.headers } });
  return { status: r.statusCode, body: r.json() as { documents: { id: string; name: string; status: string }[]; rejected: { name: string; reason: string }[]; error?: string } };
}

/** A one-page PDF showing `lines` in Helvetica (ASCII text), for hostile-text tests. */
export function tinyPdf(lines: string[]): Buffer {
  const content = lines.map((l, i) => `BT /F1 12 Tf 72 ${720 - i * 20} Td (${l.replace(/[()\\]/g, (c) => '\\' + c)}) Tj ET`).join('\n');
  const bodies = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  bodies.forEach((b, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${b}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}
