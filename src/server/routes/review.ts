/** Review decisions on findings, and report downloads. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { sessionOf } from '../auth/guard.js';
import { HttpError } from '../errors.js';
import { apiFindings, latestCheck } from '../results.js';
import type { Review } from '../store/reviews.js';
import { attachment, documentOr404, type DocumentDeps } from './documents.js';
import { buildServerReport, REPORT_FORMATS, type ReportFormat } from '../report.js';
import { parseBody } from './validate.js';

const Decision = z
  .object({
    status: z.enum(['confirmed', 'dismissed', 'open']),
    reason: z.string().trim().max(500).optional(),
    comment: z.string().trim().max(2000).optional(),
  })
  .refine((b) => b.status !== 'dismissed' || !!b.reason, { message: '驳回时必须填写理由' });

const STATUS_ZH = { confirmed: '确认', dismissed: '驳回', open: '重新打开' };

export function reviewRoutes(app: FastifyInstance, d: DocumentDeps): void {
  app.post<{ Params: { id: string; fingerprint: string } }>('/api/documents/:id/findings/:fingerprint/review', { config: { access: 'reviewer' } }, async (req) => {
    const doc = await documentOr404(d.docs, req.params.id);
    const b = parseBody(Decision, req.body);
    const check = await latestCheck(d.store, doc);
    const finding = check && apiFindings(check.findings, doc.name, new Map()).find((f) => f.fingerprint === req.params.fingerprint);
    if (!finding) throw new HttpError(404, '该问题不存在（文档可能已重新检查）');
    const by = sessionOf(req).user.name;
    const review: Review | null = b.status === 'open' ? null : { status: b.status, by, at: new Date().toISOString(), ...(b.reason ? { reason: b.reason } : {}), ...(b.comment ? { comment: b.comment } : {}) };
    const detail = [`${STATUS_ZH[b.status]}：${finding.title}`, b.reason && `理由：${b.reason}`, b.comment && `备注：${b.comment}`].filter(Boolean).join('；');
    await d.reviews.decide(doc.id, finding.fingerprint, review, by, detail);
    return { review };
  });

  app.get<{ Params: { id: string }; Querystring: { format?: string } }>('/api/documents/:id/report', { config: { access: 'readonly' } }, async (req, reply) => {
    const doc = await documentOr404(d.docs, req.params.id);
    const format = (req.query.format ?? 'html') as ReportFormat;
    if (!REPORT_FORMATS.includes(format)) throw new HttpError(400, `不支持的报告格式：可选 ${REPORT_FORMATS.join('、')}`);
    const check = await latestCheck(d.store, doc);
    if (!check) throw new HttpError(409, '文档尚未检查完成，暂不能生成报告');
    const reviews = await d.reviews.forDocument(doc.id);
    const r = await buildServerReport(format, { doc, file: d.ingest.pathOf(doc.path), check, reviews });
    void reply.header('Content-Type', r.contentType);
    void reply.header('Content-Disposition', attachment(r.fileName));
    return reply.send(r.body);
  });
}
