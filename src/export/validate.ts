/**
 * Validation of an exported package: the descriptor against the Data Package / Table Schema / FDP
 * JSON Schemas in `schemas/` (ajv), then every CSV against its Table Schema (header, field count,
 * field types) and the model against the columns (every `source` a field of its resource).
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { Decimal } from '../model/decimal.js';
import { parseCsv } from './csv.js';
import type { Package } from './fdp.js';

const schema = (name: string) => JSON.parse(readFileSync(new URL(`../../schemas/${name}.json`, import.meta.url), 'utf8')) as object;

const TYPE_OK: Record<string, (s: string) => boolean> = {
  number: (s) => Decimal.parse(s) !== null,
  integer: (s) => /^-?\d+$/.test(s),
  year: (s) => /^\d{4}$/.test(s),
  string: () => true,
};

interface Field {
  name: string;
  type?: string;
}
interface Resource {
  name: string;
  path: string;
  schema: { fields: Field[]; missingValues?: string[] };
}

/** Problems found (empty: valid). */
export function validatePackage(p: Package): string[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addSchema(schema('table-schema'));
  const ok = ajv.validate(schema('data-package'), p.descriptor);
  const errors = ok ? [] : (ajv.errors ?? []).map((e) => `datapackage.json${e.instancePath} ${e.message ?? ''}`);
  const resources = (p.descriptor.resources ?? []) as Resource[];
  const fieldsOf = new Map<string, Set<string>>();
  for (const r of resources) {
    const text = p.files.get(r.path);
    if (text === undefined) {
      errors.push(`${r.path}: 缺少文件`);
      continue;
    }
    const rows = parseCsv(text);
    const names = r.schema.fields.map((f) => f.name);
    fieldsOf.set(r.name, new Set(names));
    if (rows[0]?.join(',') !== names.join(',')) errors.push(`${r.path}: 表头与 schema 不符`);
    const missing = new Set(r.schema.missingValues ?? ['']);
    rows.slice(1).forEach((row, i) => {
      if (row.length !== names.length) errors.push(`${r.path} 第${i + 2}行：字段数 ${row.length}，应为 ${names.length}`);
      r.schema.fields.forEach((f, j) => {
        const v = row[j] ?? '';
        if (missing.has(v)) return;
        if (!(TYPE_OK[f.type ?? 'string'] ?? (() => true))(v)) errors.push(`${r.path} 第${i + 2}行 ${f.name}：“${v}”不是 ${f.type}`);
      });
    });
  }
  const model = p.descriptor.model as { measures?: Record<string, { source: string; resource?: string }>; dimensions?: Record<string, { resource?: string; attributes: Record<string, { source: string }> }> } | undefined;
  const has = (res: string | undefined, src: string) => (res ? fieldsOf.get(res)?.has(src) : [...fieldsOf.values()].every((s) => s.has(src)));
  for (const [k, m] of Object.entries(model?.measures ?? {})) if (!has(m.resource, m.source)) errors.push(`measure ${k}: 列 ${m.source} 不存在`);
  for (const [k, d] of Object.entries(model?.dimensions ?? {})) for (const a of Object.values(d.attributes)) if (!has(d.resource, a.source)) errors.push(`dimension ${k}: 列 ${a.source} 不存在`);
  return errors;
}
