/** A reviewer corrects a document's link (body, year, kind): stored, audited, applied to the series views. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { sameBody } from '../../corpus/names.js';
import { sessionOf } from '../auth/guard.js';
import { storedCorpus } from '../series.js';
import type { LinkCorrections } from '../store/links.js';
import { documentOr404, type DocumentDeps } from './documents.js';
import { parseBody } from './validate.js';

const Link = z.object({
  body: z.string().trim().max(100, '主体名称过长').optional(),
  year: z.number().int().min(1990, '年度不正确').max(2100, '年度不正确').nullable().optional(),
  kind: z.enum(['budget', 'final'], { message: '类型只能是预算或决算' }).nullable().optional(),
});

const KIND_ZH = { budget: '预算', final: '决算' };

export function linkRoutes(app: FastifyInstance, d: Pick<DocumentDeps, 'store' | 'docs'> & { links: LinkCorrections }): void {
  app.get<{ Params: { id: string } }>('/api/documents/:id/link', { config: { access: 'readonly' } }, async (req) => {
    const doc = await documentOr404(d.docs, req.params.id);
    const corpus = await storedCorpus(d.store, d.docs, d.links);
    const current = corpus.bodies.find((b) => b.documents.some((x) => x.id === doc.id));
    const own = current?.documents.find((x) => x.id === doc.id);
    return {
      link: current ? { body: current.key, bodyName: current.name, year: own?.year, kind: own?.kind } : null,
      correction: (await d.links.get(doc.id)) ?? null,
      bodies: corpus.bodies.map((b) => ({ key: b.key, name: b.name })),
    };
  });

  app.post<{ Params: { id: string } }>('/api/documents/:id/link', { config: { access: 'reviewer' } }, async (req) => {
    const doc = await documentOr404(d.docs, req.params.id);
    const b = parseBody(Link, req.body);
    // a typed name of a known body is that body; an unknown name makes a new one
    const typed = b.body || undefined;
    const bodies = typed ? (await storedCorpus(d.store, d.docs, d.links)).bodies : [];
    const body = typed && (bodies.find((x) => x.key === typed) ?? bodies.find((x) => x.names.some((n) => sameBody(n, typed))))?.key;
    const by = sessionOf(req).user.name;
    const c = { by, ...(typed ? { body: body ?? typed } : {}), ...(b.year ? { year: b.year } : {}), ...(b.kind ? { kind: b.kind } : {}) };
    const parts = [c.body && `主体：${c.body}`, c.year && `年度：${c.year}`, c.kind && `类型：${KIND_ZH[c.kind]}`].filter(Boolean);
    const saved = await d.links.set(doc.id, c, parts.length ? `更正关联（${parts.join('；')}）` : '撤销关联更正');
    return { correction: saved };
  });
}
