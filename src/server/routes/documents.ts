/** Documents: upload, list, progress, detail, original file, lines, original view, audit log, recheck. */
import { createReadStream } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { sessionOf } from '../auth/guard.js';
import { HttpError } from '../errors.js';
import type { Ingest, IngestResult } from '../ingest.js';
import type { CheckQueue } from '../queue.js';
import { apiFindings, latestCheck } from '../results.js';
import { CONTENT_TYPES, type StoredFormat } from '../sniff.js';
import { summaryOf, type Documents } from '../store/documents.js';
import type { Reviews } from '../store/reviews.js';
import type { Store } from '../../engine/store/store.js';
import { parseBody } from './validate.js';

export interface DocumentDeps {
  store: Store;
  docs: Documents;
  reviews: Reviews;
  ingest: Ingest;
  queue: CheckQueue;
}

const ListQuery = z.object({
  q: z.string().max(200).optional(),
  status: z.enum(['queued', 'running', 'done', 'failed']).optional(),
  kind: z.enum(['budget', 'final']).optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  severity: z.enum(['error', 'warning']).optional(),
  sort: z.enum(['name', 'org', 'year', 'errors', 'warnings', 'updated']).optional(),
  order: z.enum(['asc', 'desc']).optional(),
});

const ID = /^[0-9a-f]{64}$/;

export async function documentOr404(docs: Documents, id: string) {
  const d = ID.test(id) ? await docs.get(id) : undefined;
  if (!d) throw new HttpError(404, '文档不存在');
  return d;
}

export const attachment = (name: string, inline = false) => `${inline ? 'inline' : 'attachment'}; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export function documentRoutes(app: FastifyInstance, d: DocumentDeps): void {
  app.post('/api/documents', { config: { access: 'reviewer' } }, async (req, reply) => {
    if (!req.isMultipart()) throw new HttpError(415, '请用 multipart/form-data 上传文件（字段名 files）');
    const by = sessionOf(req).user.name;
    const result: IngestResult = { documents: [], rejected: [] };
    let count = 0;
    for await (const part of req.files()) {
      count++;
      const data = await part.toBuffer();
      if (part.file.truncated) result.rejected.push(d.ingest.tooLarge(part.filename));
      else await d.ingest.add(part.filename, data, by, result);
    }
    if (count === 0) throw new HttpError(400, '没有收到文件（字段名 files）');
    for (const doc of result.documents) if (!doc.existing) await d.reviews.audit(doc.id, by, 'uploaded', `上传 ${doc.name}`);
    return reply.send(result);
  });

  app.get('/api/documents', { config: { access: 'readonly' } }, async (req) => {
    const q = parseBody(ListQuery, req.query);
    return { documents: await d.docs.list(q) };
  });

  app.get('/api/progress', { config: { access: 'readonly' } }, async () => d.docs.progress());

  app.get<{ Params: { id: string } }>('/api/documents/:id', { config: { access: 'readonly' } }, async (req) => {
    const doc = await documentOr404(d.docs, req.params.id);
    const check = await latestCheck(d.store, doc);
    const reviews = await d.reviews.forDocument(doc.id);
    return {
      document: summaryOf(doc),
      rulesetVersion: check?.rulesetVersion ?? doc.ruleset_version,
      model: check?.bundle.model ?? null,
      findings: check ? apiFindings(check.findings, doc.name, reviews) : [],
      tables: check?.bundle.tables ?? [],
    };
  });

  app.get<{ Params: { id: string }; Querystring: { inline?: string } }>('/api/documents/:id/file', { config: { access: 'readonly' } }, async (req, reply) => {
    const doc = await documentOr404(d.docs, req.params.id);
    void reply.header('Content-Type', CONTENT_TYPES[doc.format as StoredFormat] ?? 'application/octet-stream');
    void reply.header('Content-Disposition', attachment(doc.name, req.query.inline === '1'));
    void reply.header('Content-Security-Policy', "default-src 'none'; sandbox");
    return reply.send(createReadStream(d.ingest.pathOf(doc.path)));
  });

  app.get<{ Params: { id: string } }>('/api/documents/:id/lines', { config: { access: 'readonly' } }, async (req) => {
    const doc = await documentOr404(d.docs, req.params.id);
    const check = await latestCheck(d.store, doc);
    return { lines: check?.bundle.lines ?? [], pages: check?.bundle.pages ?? [] };
  });

  app.get<{ Params: { id: string } }>('/api/documents/:id/original', { config: { access: 'readonly' } }, async (req) => {
    const doc = await documentOr404(d.docs, req.params.id);
    const check = await latestCheck(d.store, doc);
    if (!check) throw new HttpError(404, '文档尚未检查完成，暂无原文视图');
    if (!check.bundle.original) {
      // office/HTML documents checked before the view was kept: a recheck builds it
      if (['xlsx', 'xls', 'docx', 'doc', 'html'].includes(doc.format)) throw new HttpError(404, '原文视图尚未生成，请重新检查该文档');
      throw new HttpError(404, '该格式没有原文视图（PDF 和文本请看页面或提取文本）');
    }
    return { original: check.bundle.original };
  });

  app.get<{ Params: { id: string } }>('/api/documents/:id/audit', { config: { access: 'readonly' } }, async (req) => {
    const doc = await documentOr404(d.docs, req.params.id);
    return { events: await d.reviews.events(doc.id) };
  });

  app.post<{ Params: { id: string } }>('/api/documents/:id/recheck', { config: { access: 'reviewer' } }, async (req) => {
    const doc = await documentOr404(d.docs, req.params.id);
    if (doc.status === 'queued' || doc.status === 'running') return { status: doc.status };
    await d.queue.submit(doc.id, doc.name, d.ingest.pathOf(doc.path), doc.size);
    await d.reviews.audit(doc.id, sessionOf(req).user.name, 'recheck', '重新检查');
    return { status: 'queued' };
  });
}
