/** Request validation with zod: the first problem as a Chinese 400. */
import type { z } from 'zod';
import { HttpError } from '../errors.js';

export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const r = schema.safeParse(body ?? {});
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const custom = issue && issue.code === 'custom' ? issue.message : issue?.message && /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : undefined;
  const field = issue?.path.join('.') || '请求';
  throw new HttpError(400, custom ?? `参数 ${field} 不正确`);
}
