/** Series views across the stored documents: the linked bodies, and one body's timeline and classes. */
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../errors.js';
import { storedCorpus } from '../series.js';
import type { LinkCorrections } from '../store/links.js';
import type { DocumentDeps } from './documents.js';

export function seriesRoutes(app: FastifyInstance, d: Pick<DocumentDeps, 'store' | 'docs'> & { links?: LinkCorrections }): void {
  app.get('/api/bodies', { config: { access: 'readonly' } }, async () => {
    const c = await storedCorpus(d.store, d.docs, d.links);
    return { bodies: c.bodies, compare: c.compare };
  });

  app.get<{ Params: { key: string } }>('/api/bodies/:key/series', { config: { access: 'readonly' } }, async (req) => {
    const key = req.params.key;
    if (key.length > 200) throw new HttpError(400, '主体标识过长');
    const view = (await storedCorpus(d.store, d.docs, d.links)).series.get(key);
    if (!view) throw new HttpError(404, '主体不存在');
    return view;
  });
}
