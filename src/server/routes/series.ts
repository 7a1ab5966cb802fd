/** Series views across the stored documents: the linked bodies, and one body's timeline and classes. */
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../errors.js';
import { compareDepartments } from '../compare.js';
import { storedCorpus } from '../series.js';
import type { LinkCorrections } from '../store/links.js';
import type { DocumentDeps } from './documents.js';

export function seriesRoutes(app: FastifyInstance, d: Pick<DocumentDeps, 'store' | 'docs'> & { links?: LinkCorrections }): void {
  app.get<{ Querystring: { year?: string } }>('/api/bodies', { config: { access: 'readonly' } }, async (req) => {
    const y = req.query.year;
    if (y !== undefined && !/^\d{4}$/.test(y)) throw new HttpError(400, '年度应为四位数字');
    const c = await storedCorpus(d.store, d.docs, d.links);
    // ?year=Y: the departments compared that year (default: the year most departments have figures for)
    return { bodies: c.bodies, compare: y === undefined ? c.compare : compareDepartments(c.series.values(), Number(y)) };
  });

  app.get<{ Params: { key: string } }>('/api/bodies/:key/series', { config: { access: 'readonly' } }, async (req) => {
    const key = req.params.key;
    if (key.length > 200) throw new HttpError(400, '主体标识过长');
    const view = (await storedCorpus(d.store, d.docs, d.links)).series.get(key);
    if (!view) throw new HttpError(404, '主体不存在');
    return view;
  });
}
