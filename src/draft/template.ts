/**
 * Drafting templates: the sentence patterns of one region's narrative, per document kind, as data
 * (src/draft/templates/*.json, read at run time; docs/drafting.md describes the format).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { DisclosureModel } from '../model/types.js';

const SENTENCE = z.union([
  z.string(),
  z
    .object({
      text: z.string().describe('the sentence; `{items}` stands for the joined items of `each`'),
      if: z.string().optional().describe('figure key: the sentence is left out when the figure is absent or zero'),
      ifAny: z.array(z.string()).optional().describe('figure keys: the sentence is left out unless one of them is present'),
      notZero: z.string().optional().describe('figure key: the sentence is left out when the figure is present and zero (kept, with blanks, when absent)'),
      unless: z.string().optional().describe('figure key: the sentence is left out when the figure is present and not zero'),
      each: z
        .enum(['class', 'item', 'allclass'])
        .optional()
        .describe('repeat `item` for each function class (类) or 项 of 一般公共预算支出, or (`allclass`) each class of the all-funds 支出表 when other funds change them'),
      item: z.string().optional(),
      join: z.string().optional(),
    })
    .strict(),
]);
export type TemplateSentence = z.infer<typeof SENTENCE>;

const SECTION = z
  .object({
    id: z.string(),
    title: z.string(),
    /** Heading level: 1 = 一、, 2 = （一）. */
    level: z.union([z.literal(1), z.literal(2)]).optional(),
    paragraphs: z.array(SENTENCE),
  })
  .strict();
export type TemplateSection = z.infer<typeof SECTION>;

const TEMPLATE = z
  .object({
    id: z.string(),
    name: z.string(),
    /** Regions (`model.identity.region`) this template is the default for. */
    regions: z.array(z.string()),
    unit: z.enum(['万元', '元']),
    precision: z.number().int().min(0).max(6),
    /** Heading of the drafted narrative ({Y}, {unitWord}, {kindWord} are filled in). */
    heading: z.string(),
    /** Words of a change clause. */
    change: z
      .object({
        label: z.string(),
        increase: z.string(),
        decrease: z.string(),
        pctIncrease: z.string(),
        pctDecrease: z.string(),
        /** `{label}`, `{dir}`, `{delta}`, `{pdir}`, `{pct}`; `{delta}` carries its unit. */
        form: z.string(),
        formNoPct: z.string(),
        flat: z.string(),
        /** Printed when the prior year's figure is unknown. */
        unknown: z.string(),
      })
      .strict(),
    blanks: z.object({ reason: z.string(), figure: z.string() }).strict(),
    budget: z.array(SECTION),
    final: z.array(SECTION),
  })
  .strict();
export type DraftTemplate = z.infer<typeof TEMPLATE>;

export const TEMPLATE_DIR = fileURLToPath(new URL('../../src/draft/templates/', import.meta.url));

export class TemplateError extends Error {}

export function loadTemplate(file: string): DraftTemplate {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new TemplateError(`${file}: 无法读取起草模板（${(e as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : e instanceof SyntaxError ? '不是有效的 JSON' : '无法打开'}）`);
  }
  const r = TEMPLATE.safeParse(raw);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new TemplateError(`${file}: 起草模板格式错误：${i.path.join('.')} ${i.message}`);
  }
  return r.data;
}

/** The bundled templates, by id. */
export function bundledTemplates(): Map<string, DraftTemplate> {
  const out = new Map<string, DraftTemplate>();
  for (const f of readdirSync(TEMPLATE_DIR).filter((x) => x.endsWith('.json')).sort()) {
    const t = loadTemplate(TEMPLATE_DIR + f);
    out.set(t.id || basename(f, '.json'), t);
  }
  return out;
}

/** A template id or file; else the bundled template whose regions include the document's, else `national`. */
export function chooseTemplate(model: DisclosureModel, spec?: string): DraftTemplate {
  const all = bundledTemplates();
  if (spec) return all.get(spec) ?? loadTemplate(spec);
  const region = model.identity.region ?? 'national';
  for (const t of all.values()) if (t.regions.includes(region)) return t;
  return all.get('national')!;
}
