/**
 * Rule configuration, ESLint-like: `budgetlens.config.json` (or `--config PATH`) picks a region
 * preset and turns rules off or sets their severity and options:
 *
 *   { "preset": "shanghai", "rules": { "narrative-share": "off", "detail-level": ["warning", { "functionLevel": 2 }] } }
 *
 * Layers, later wins: rule defaults (metadata) → preset → config file. Options are merged key by key
 * over the layer below and validated against the rule's schema. A bad file is a `ConfigError` with a
 * one-line Chinese message naming the file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { AnyRule as Rule, Severity } from './types.js';
import type { RuleLevel, RuleSetting } from './presets/types.js';
import { DEFAULT_PRESET, PRESETS, presetById } from './presets/index.js';

export const CONFIG_FILE = 'budgetlens.config.json';

// validation messages in Chinese, like every other user-facing message
z.config(z.locales.zhCN());

export class ConfigError extends Error {}

/** ESLint spellings are accepted too: 0/1/2, `warn`. */
const LEVEL = z.preprocess(
  (v) => (v === 0 ? 'off' : v === 1 || v === 'warn' ? 'warning' : v === 2 ? 'error' : v),
  z.enum(['off', 'info', 'warning', 'error']),
);
const SETTING = z.union([LEVEL, z.tuple([LEVEL]), z.tuple([LEVEL, z.record(z.string(), z.unknown())])]);

export const CONFIG_SCHEMA = z
  .object({
    $schema: z.string().optional(),
    preset: z.string().optional(),
    rules: z.record(z.string(), SETTING).optional(),
  })
  .strict();

export interface ConfigFile {
  preset?: string;
  rules?: Record<string, RuleSetting>;
}

export type SettingSource = 'default' | 'preset' | 'config';

export interface EffectiveRule {
  id: string;
  enabled: boolean;
  severity: Severity;
  options: Record<string, unknown>;
  /** The last layer that set the rule's level or options. */
  source: SettingSource;
}

export interface EffectiveConfig {
  preset: string;
  /** The config file read, if any. */
  file?: string;
  rules: Map<string, EffectiveRule>;
}

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, '；').slice(0, 300);

function zodWhy(e: z.ZodError): string {
  const i = e.issues[0];
  return i ? `${i.path.length ? `${i.path.join('.')}：` : ''}${i.message}` : '格式不符';
}

/** Validates a parsed config object (`where` names it in messages). */
export function parseConfig(raw: unknown, where: string): ConfigFile {
  const r = CONFIG_SCHEMA.safeParse(raw);
  if (!r.success) throw new ConfigError(oneLine(`配置文件 ${where} 无效：${zodWhy(r.error)}`));
  const out: ConfigFile = {};
  if (r.data.preset !== undefined) out.preset = r.data.preset;
  if (r.data.rules) out.rules = r.data.rules as Record<string, RuleSetting>;
  return out;
}

/** Reads a config file: the one given, else `budgetlens.config.json` in `cwd` when there is one. */
export function loadConfig(path: string | undefined, cwd = process.cwd()): { config: ConfigFile; file?: string } {
  const file = path ? resolve(cwd, path) : resolve(cwd, CONFIG_FILE);
  if (!path && !existsSync(file)) return { config: {} };
  const shown = path ?? CONFIG_FILE;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ConfigError(`配置文件 ${shown} 无法读取（文件不存在或无权限）`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(oneLine(`配置文件 ${shown} 不是有效的 JSON：${e instanceof Error ? e.message : String(e)}`));
  }
  return { config: parseConfig(raw, shown), file: shown };
}

const split = (s: RuleSetting): { level: RuleLevel; options?: Record<string, unknown> } =>
  typeof s === 'string' ? { level: s } : s.length === 2 ? { level: s[0], options: s[1] } : { level: s[0] };

/**
 * The effective configuration of every rule: defaults, then the preset (the config's, else
 * `presetOverride`, else `national`), then the config's own rules. Throws `ConfigError` for an unknown
 * preset or rule id and for options the rule does not accept (`where` names the file in messages).
 */
export function resolveConfig(all: Rule[], config: ConfigFile = {}, o: { file?: string; preset?: string } = {}): EffectiveConfig {
  const where = o.file ?? CONFIG_FILE;
  const presetId = o.preset ?? config.preset ?? DEFAULT_PRESET;
  const preset = presetById(presetId);
  if (!preset) throw new ConfigError(`${o.preset ? '' : `配置文件 ${where} 无效：`}未知的预设“${presetId}”（可用：${PRESETS.map((p) => p.id).join('、')}）`);
  const byId = new Map(all.map((r) => [r.meta.id, r]));
  const rules = new Map<string, EffectiveRule>();
  for (const r of all) rules.set(r.meta.id, { id: r.meta.id, enabled: true, severity: r.meta.severity, options: { ...(r.meta.options?.defaults ?? {}) }, source: 'default' });
  const layer = (settings: Record<string, RuleSetting> | undefined, source: SettingSource, label: string) => {
    for (const [id, setting] of Object.entries(settings ?? {})) {
      const rule = byId.get(id);
      const eff = rules.get(id);
      if (!rule || !eff) throw new ConfigError(`${label}无效：未知的规则“${id}”（可用 budgetlens rules 查看全部规则）`);
      const { level, options } = split(setting);
      eff.enabled = level !== 'off';
      if (level !== 'off') eff.severity = level;
      if (options) {
        const spec = rule.meta.options;
        if (!spec) throw new ConfigError(`${label}无效：规则“${id}”没有可设置的选项`);
        const merged = { ...eff.options, ...options };
        const r = spec.schema.safeParse(merged);
        if (!r.success) throw new ConfigError(oneLine(`${label}无效：规则“${id}”的选项 ${zodWhy(r.error)}`));
        eff.options = r.data as Record<string, unknown>;
      }
      eff.source = source;
    }
  };
  layer(preset.rules, 'preset', `预设 ${preset.id} `);
  layer(config.rules, 'config', `配置文件 ${where} `);
  const out: EffectiveConfig = { preset: preset.id, rules };
  if (o.file) out.file = o.file;
  return out;
}
