/** The rule catalog, generated from rule metadata (never written twice), and the effective configuration. */
import { z } from 'zod';
import { CATEGORY_LABEL } from './types.js';
import type { AnyRule as Rule } from './types.js';
import type { EffectiveConfig } from './config.js';
import { PRESETS } from './presets/index.js';
import type { RuleSetting } from './presets/types.js';

const SEV = { error: '错误', warning: '警告', info: '提示' } as const;
const KIND = { budget: '预算', final: '决算' } as const;
const SOURCE = { default: '默认', preset: '预设', config: '配置文件' } as const;
const cat = (r: Rule) => `${CATEGORY_LABEL[r.meta.category] ?? r.meta.category}（${r.meta.category}）`;

const applies = (r: Rule) => (r.meta.appliesTo.kinds ?? ['budget', 'final']).map((k) => KIND[k]).join('、');

const json = (v: unknown) => JSON.stringify(v);

/** Each option of a rule: name, description (from the schema's `.describe()`), default. */
export function optionDocs(r: Rule): { name: string; description: string; default: unknown }[] {
  const spec = r.meta.options;
  if (!spec) return [];
  const shape = spec.schema instanceof z.ZodObject ? (spec.schema.shape as Record<string, z.ZodType>) : {};
  const defaults = spec.defaults as Record<string, unknown>;
  return Object.keys(defaults).map((name) => ({ name, description: shape[name]?.description ?? '', default: defaults[name] }));
}

/** `budgetlens rules`: every rule with its effective setting (on/off, severity, options, where it came from). */
export function rulesText(rules: Rule[], config?: EffectiveConfig): string {
  const head = config ? [`预设：${config.preset}${config.file ? `　配置文件：${config.file}` : '　（未使用配置文件）'}`, ''] : [];
  const lines = rules.map((r) => {
    const e = config?.rules.get(r.meta.id);
    const on = e ? (e.enabled ? '开' : '关') : '开';
    const sev = SEV[e?.severity ?? r.meta.severity];
    const from = e ? SOURCE[e.source] : SOURCE.default;
    const opts = e && Object.keys(e.options).length ? `  选项 ${json(e.options)}` : '';
    return `${r.meta.id.padEnd(34)} ${on}  ${sev}  ${from.padEnd(4, '　')}  ${r.meta.title}（${applies(r)}）${opts}`;
  });
  return [...head, ...lines].join('\n');
}

/** `budgetlens rules --json`: metadata plus the effective setting; option schemas as JSON Schema. */
export function rulesJson(rules: Rule[], config?: EffectiveConfig): unknown {
  return rules.map((r) => {
    const { options, ...meta } = r.meta;
    const e = config?.rules.get(r.meta.id);
    return {
      ...meta,
      ...(options ? { optionsSchema: z.toJSONSchema(options.schema, { unrepresentable: 'any' }), defaultOptions: options.defaults } : {}),
      effective: e ? { enabled: e.enabled, severity: e.severity, options: e.options, source: e.source } : { enabled: true, severity: r.meta.severity, options: options?.defaults ?? {}, source: 'default' },
    };
  });
}

const settingText = (s: RuleSetting) => (typeof s === 'string' ? `\`${s}\`` : `\`${json(s)}\``);

export function rulesMarkdown(rules: Rule[]): string {
  const out = [
    '# Rule catalog',
    '',
    'Generated from rule metadata by `npm run docs:rules` (`budgetlens rules --markdown`); do not edit by hand.',
    '',
    '## Configuration',
    '',
    'A file `budgetlens.config.json` in the current directory (or `--config PATH` on `check` and `rules`) picks a region preset and turns rules off or sets their severity and options, ESLint-like. Layers, later wins: the rule defaults below → the preset → the config file. Options given are merged key by key over the layer below and validated; an unknown rule, preset or option is an error (exit status 2). `budgetlens rules` prints the effective configuration.',
    '',
    '```json',
    '{ "preset": "shanghai", "rules": { "narrative-share": "off", "detail-level": ["warning", { "functionLevel": 2 }] } }',
    '```',
    '',
    'Levels: `off`, `info`, `warning`, `error` (ESLint spellings `0`/`1`/`2` and `warn` are accepted). A configured severity applies to the findings a rule reports at its default severity; findings the rule itself reports at another level (an `info` note, an `error` for a placeholder that stands for a figure) keep theirs, capped at the configured level.',
    '',
    '| id | 标题 | 严重程度 | 类别 | 适用 | 选项 |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rules.map((r) => `| \`${r.meta.id}\` | ${r.meta.title} | ${SEV[r.meta.severity]} | ${cat(r)} | ${applies(r)} | ${optionDocs(r).map((o) => `\`${o.name}\``).join(' ') || '—'} |`),
    '',
    '## Presets',
    '',
    ...PRESETS.flatMap((p) => [
      `### \`${p.id}\` — ${p.name}`,
      '',
      p.description,
      '',
      ...(Object.keys(p.rules).length ? Object.entries(p.rules).map(([id, s]) => `- \`${id}\`: ${settingText(s)}`) : ['- （各规则的默认设置）']),
      '',
    ]),
    '## Rules',
    '',
  ];
  for (const r of rules) {
    out.push(`### \`${r.meta.id}\` — ${r.meta.title}`, '', `- 严重程度：${SEV[r.meta.severity]}`, `- 类别：${cat(r)}`, `- 适用：${applies(r)}`, `- 依据：${r.meta.basis}`);
    const opts = optionDocs(r);
    if (opts.length) {
      out.push('- 选项：');
      for (const o of opts) out.push(`  - \`${o.name}\`（默认 \`${json(o.default)}\`）：${o.description}`);
    }
    out.push('', r.meta.docs, '');
  }
  return out.join('\n');
}
