/**
 * Child process for report downloads that need the full model (the report module's `buildReport`):
 * reads the stored document again and builds the report, so a slow or hostile document is bounded
 * by the parent's deadline and this process's heap cap, never by the server process.
 */
import { analyzeFile } from '../pipeline.js';
import type { ReportJob, ReportReply } from './report-run.js';

const EXPORT_MODULE = '../report/export.js';

async function handle(job: ReportJob): Promise<ReportReply> {
  const mod = (await import(/* @vite-ignore */ EXPORT_MODULE)) as { buildReport: (f: string, i: unknown) => Promise<{ body: Buffer; contentType: string; fileName: string }> };
  const a = await analyzeFile(job.file, { timeoutMs: job.timeoutMs });
  if (!a.ok) return { ok: false, status: 422, error: '文档无法读取，不能生成报告' };
  try {
    const r = await mod.buildReport(job.format, { file: job.file, displayName: job.displayName, model: a.model, findings: job.findings, reviews: new Map(job.reviews) });
    return { ok: true, body: Buffer.from(r.body), contentType: r.contentType, fileName: r.fileName };
  } catch (e) {
    if (e instanceof Error && e.name === 'ReportError') return { ok: false, status: 422, error: `无法生成报告：${e.message.split(job.file).join(job.displayName)}` };
    throw e;
  }
}

process.on('message', (job: ReportJob) => {
  handle(job)
    .catch((): ReportReply => ({ ok: false, status: 500, error: '生成报告时出错' }))
    .then((reply) => process.send!(reply, () => process.exit(0)));
});
