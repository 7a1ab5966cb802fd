/** One document end to end: read → normalise → extract → (check). Never throws for a bad document. */
import { readDocument, ReadOptions } from './readers/index.js';
import { ReadError } from './readers/types.js';
import { buildModel } from './extract/index.js';
import { runRules } from './rules/engine.js';
import type { DisclosureModel } from './model/types.js';
import type { NDocument } from './readers/types.js';
import type { Finding } from './rules/types.js';
import type { EffectiveConfig } from './rules/config.js';

export type Analysis =
  | { ok: true; file: string; model: DisclosureModel; findings?: Finding[]; doc: NDocument }
  | { ok: false; file: string; error: string; code: string };

export async function analyzeFile(file: string, opts: ReadOptions & { check?: boolean; config?: EffectiveConfig } = {}): Promise<Analysis> {
  try {
    const doc = await readDocument(file, opts);
    const model = buildModel(doc);
    const findings = opts.check ? runRules(model, undefined, opts.config) : undefined;
    return { ok: true, file, model, findings, doc };
  } catch (e) {
    if (e instanceof ReadError) return { ok: false, file, error: oneLine(e.message), code: e.code };
    const msg = e instanceof Error ? e.message : String(e);
    return { ok: false, file, error: oneLine(`${file}: 处理失败（内部错误：${msg}）`), code: 'internal' };
  }
}

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').slice(0, 500);
