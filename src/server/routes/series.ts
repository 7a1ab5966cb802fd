/** Series views across the stored documents: the linked bodies, and one body's timeline and classes. */
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../errors.js';
import { bodiesJson, seriesJson, storedCorpus } from '../series.js';
import type { DocumentDeps } from './documents.js';

export function seriesRoutes(app: FastifyInstance, d: Pick<DocumentDeps, 'store' | 'docs'>): void {
  app.get('/api/bodies', { config: { access: 'readonly' } }, async () => ({ bodies: bodiesJson(await storedCorpus(d.store, d.docs)) }));

  app.get<{ Params: { key: string } }>('/api/bodies/:key/series', { config: { access: 'readonly' } }, async (req) => {
    const key = req.params.key;
    if (key.length > 200) throw new HttpError(400, '主体标识过长');
    const view = seriesJson(await storedCorpus(d.store, d.docs), key);
    if (!view) throw new HttpError(404, '主体不存在');
    return view;
  });
}
