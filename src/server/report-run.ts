/**
 * Runs one report build in a fresh child process (report-worker.ts) with a deadline (SIGKILL) and a
 * heap cap. When the server runs from TypeScript sources (tests) there is no compiled worker and
 * the build runs in this process.
 */
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../rules/types.js';
import { HttpError } from './errors.js';
import type { Review } from './store/reviews.js';

export interface ReportJob {
  format: string;
  file: string;
  displayName: string;
  findings: Finding[];
  reviews: [string, Review][];
  timeoutMs: number;
}

export type ReportReply = { ok: true; body: Buffer; contentType: string; fileName: string } | { ok: false; status: number; error: string };

const workerPath = fileURLToPath(new URL('./report-worker.js', import.meta.url));
const GRACE_MS = 5000;

export async function runReportJob(job: ReportJob, memoryMb = 1024): Promise<{ body: Buffer; contentType: string; fileName: string }> {
  const reply = existsSync(workerPath) ? await inChild(job, memoryMb) : await inProcess(job);
  if (!reply.ok) throw new HttpError(reply.status, reply.error);
  return { body: Buffer.from(reply.body), contentType: reply.contentType, fileName: reply.fileName };
}

function inChild(job: ReportJob, memoryMb: number): Promise<ReportReply> {
  return new Promise((resolve) => {
    const proc = fork(workerPath, [], { execArgv: [`--max-old-space-size=${memoryMb}`], stdio: ['ignore', 'ignore', 'ignore', 'ipc'], serialization: 'advanced' });
    let done = false;
    const finish = (r: ReportReply) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (proc.exitCode === null) proc.kill('SIGKILL');
      resolve(r);
    };
    const timer = setTimeout(() => finish({ ok: false, status: 504, error: '生成报告超时' }), job.timeoutMs + GRACE_MS);
    proc.on('message', (m: ReportReply) => finish(m));
    proc.on('exit', () => finish({ ok: false, status: 500, error: '生成报告的进程意外退出' }));
    proc.on('error', () => finish({ ok: false, status: 500, error: '无法启动生成报告的进程' }));
    proc.send(job);
  });
}

async function inProcess(job: ReportJob): Promise<ReportReply> {
  const { analyzeFile } = await import('../pipeline.js');
  const mod = (await import(/* @vite-ignore */ '../report/export.js' as string)) as { buildReport: (f: string, i: unknown) => Promise<{ body: Buffer; contentType: string; fileName: string }> };
  const a = await analyzeFile(job.file, { timeoutMs: job.timeoutMs });
  if (!a.ok) return { ok: false, status: 422, error: '文档无法读取，不能生成报告' };
  const r = await mod.buildReport(job.format, { file: job.file, displayName: job.displayName, model: a.model, findings: job.findings, reviews: new Map(job.reviews) });
  return { ok: true, ...r };
}
