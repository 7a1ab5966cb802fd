#!/usr/bin/env node
/** budgetlens command line. */
import { Command, Option } from 'commander';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeFile } from '../pipeline.js';
import { checkText, extractText } from '../report/text.js';
import { CSV_HEADER } from '../report/csv.js';
import { runBatch, type JobConfig } from './batch.js';
import { rules } from '../rules/engine.js';
import { rulesJson, rulesMarkdown, rulesText } from '../rules/catalog.js';
import { ConfigError, loadConfig, resolveConfig, type EffectiveConfig } from '../rules/config.js';
import { PRESETS } from '../rules/presets/index.js';
import { generateSample, renderSample } from '../sample/generate.js';
import { MUTATION_CLASSES, makeMutation } from '../sample/mutate.js';

const program = new Command();
program.name('budgetlens').description('读取并检查部门预算、决算公开文件（PDF、文本）').version('0.1.0');

const out = (s: string) => process.stdout.write(s + '\n');
const err = (s: string) => process.stderr.write(s + '\n');

const CONFIG_HELP = '规则配置文件（默认为当前目录下的 budgetlens.config.json）';
const PRESET_HELP = `地区预设（覆盖配置文件中的 preset）：${PRESETS.map((p) => p.id).join('、')}`;

/**
 * Reads and validates the rule configuration (`--config`, else budgetlens.config.json in the current
 * directory, and `--preset`). On a bad configuration prints one line naming the file and returns null.
 */
function readConfig(o: { config?: string; preset?: string }): { job: JobConfig; effective: EffectiveConfig } | null {
  try {
    const { config, file } = loadConfig(o.config);
    const job: JobConfig = { config };
    if (file) job.file = file;
    if (o.preset) job.preset = o.preset;
    return { job, effective: resolveConfig(rules, config, { file, preset: o.preset }) };
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    err(`budgetlens: ${e.message}`);
    process.exitCode = 2;
    return null;
  }
}

program
  .command('extract')
  .description('提取文档的结构化数据（身份、关键数据、报表）')
  .option('--json', '输出 JSON（每个文件一行）')
  .option('--timeout <seconds>', '每个文件的处理时限（秒）', '120')
  .option('--jobs <n>', '并行处理的文件数（默认为 CPU 核数）')
  .argument('<files...>')
  .action(async (files: string[], o: { json?: boolean; timeout: string; jobs?: string }) => {
    process.exitCode = await batch(files, 'extract', o.json ? 'json' : 'text', o);
  });

program
  .command('check')
  .description('检查文档的完整性与勾稽关系；发现错误时退出码为 1')
  .option('--json', '同 --format json')
  .addOption(new Option('--format <format>', '输出格式').choices(['text', 'json', 'csv']).default('text'))
  .option('--timeout <seconds>', '每个文件的处理时限（秒）', '120')
  .option('--jobs <n>', '并行处理的文件数（默认为 CPU 核数）')
  .option('--config <file>', CONFIG_HELP)
  .option('--preset <name>', PRESET_HELP)
  .argument('<files...>')
  .action(async (files: string[], o: { json?: boolean; format: string; timeout: string; jobs?: string; config?: string; preset?: string }) => {
    const cfg = readConfig(o);
    if (!cfg) return;
    const format = (o.json ? 'json' : o.format) as 'text' | 'json' | 'csv';
    if (format === 'csv') out(CSV_HEADER);
    process.exitCode = await batch(files, 'check', format, { ...o, config: cfg.job });
  });

/** Runs files through the worker pool; returns the exit status (2 unreadable > 1 errors found > 0). */
async function batch(files: string[], mode: 'extract' | 'check', format: 'text' | 'json' | 'csv', o: { timeout: string; jobs?: string; config?: JobConfig }): Promise<number> {
  let unreadable = false;
  let errors = false;
  await runBatch(files, {
    mode,
    format,
    config: o.config,
    timeoutMs: Math.max(1, Number(o.timeout) || 120) * 1000,
    jobs: o.jobs ? Math.max(1, Number(o.jobs) || 1) : undefined,
    onResult: (r) => {
      if (!r.ok) {
        err(r.error);
        unreadable = true;
        return;
      }
      if (r.hasErrors) errors = true;
      if (r.output) out(r.output);
    },
  });
  return unreadable ? 2 : errors ? 1 : 0;
}

program
  .command('rules')
  .description('列出全部检查规则及其生效配置（开关、严重程度、选项、来源）')
  .option('--markdown', '输出 Markdown（docs/rules.md，由规则元数据生成，不读配置文件）')
  .option('--json', '输出 JSON')
  .option('--config <file>', CONFIG_HELP)
  .option('--preset <name>', PRESET_HELP)
  .action((o: { markdown?: boolean; json?: boolean; config?: string; preset?: string }) => {
    if (o.markdown) {
      out(rulesMarkdown(rules));
      return;
    }
    const cfg = readConfig(o);
    if (!cfg) return;
    if (o.json) out(JSON.stringify(rulesJson(rules, cfg.effective), null, 2));
    else out(rulesText(rules, cfg.effective));
  });

program
  .command('sample')
  .description('生成一份合成的预算或决算公开文本（数字一致），用作演示和测试输入')
  .addOption(new Option('--kind <kind>', '预算 budget 或决算 final').choices(['budget', 'final']).default('budget'))
  .option('--seed <n>', '随机种子', '1')
  .option('--artefacts', '加入真实文本中的提取痕迹（字间空格、断行、页码、全角数字等）')
  .option('--out <file>', '输出文件（默认输出到标准输出）')
  .action((o: { kind: 'budget' | 'final'; seed: string; artefacts?: boolean; out?: string }) => {
    const { text } = generateSample({ kind: o.kind, seed: Number(o.seed), artefacts: !!o.artefacts });
    if (o.out) writeFileSync(o.out, text);
    else process.stdout.write(text);
  });

program
  .command('demo')
  .description('生成一份示例预算公开文本（植入一处说明文字计算错误）并检查它（快速上手）')
  .option('--seed <n>', '随机种子', '2024')
  .option('--clean', '不植入错误')
  .action(async (o: { seed: string; clean?: boolean }) => {
    const dir = mkdtempSync(join(tmpdir(), 'budgetlens-demo-'));
    const file = join(dir, `sample-budget-${o.seed}.txt`);
    const opts = { kind: 'budget' as const, seed: Number(o.seed), artefacts: true };
    const clean = renderSample(opts);
    const pct = MUTATION_CLASSES.find((c) => c.id === 'narrative-percent');
    const planted = o.clean || !pct ? null : makeMutation(pct, clean, Number(o.seed));
    writeFileSync(file, planted ? renderSample(opts, planted.mutation).text : clean.text);
    out(`已生成示例文件：${file}${planted ? `\n植入的错误：${planted.describe}` : ''}\n`);
    const a = await analyzeFile(file, { check: true });
    if (!a.ok) {
      err(a.error);
      process.exitCode = 2;
      return;
    }
    out(extractText(file, a.model) + '\n');
    out(checkText(file, a.model, a.findings ?? []));
  });

program.parseAsync(process.argv).catch((e) => {
  err(`budgetlens: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 2;
});
