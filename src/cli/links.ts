/** `--links FILE`: a reviewer's corrections of the cross-document links (corpus/types.ts `LinkOverrides`). */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { LinkOverrides } from '../corpus/types.js';

const SCHEMA = z
  .object({
    docs: z.record(z.string(), z.object({ body: z.string().optional(), year: z.number().int().optional(), kind: z.enum(['budget', 'final']).optional(), scope: z.enum(['department', 'unit']).optional() }).strict()).optional(),
    aliases: z.record(z.string(), z.string()).optional(),
  })
  .strict();

/** The overrides (undefined without a file); null after printing a one-line error naming the file. */
export function readLinks(file: string | undefined): LinkOverrides | undefined | null {
  if (!file) return undefined;
  try {
    return SCHEMA.parse(JSON.parse(readFileSync(file, 'utf8'))) as LinkOverrides;
  } catch (e) {
    const why = e instanceof z.ZodError ? e.issues.map((i) => `${i.path.join('.')}：${i.message}`).join('；') : e instanceof Error ? e.message : String(e);
    process.stderr.write(`budgetlens: ${file}: 链接更正文件无效（${why.replace(/\s+/g, ' ').slice(0, 200)}）\n`);
    process.exitCode = 2;
    return null;
  }
}
