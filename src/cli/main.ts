#!/usr/bin/env -S MALLOC_ARENA_MAX=2 MALLOC_TRIM_THRESHOLD_=1048576 node --max-semi-space-size=2
/**
 * budgetlens command line.
 *
 * The first line gives node a young generation of 2 MB semi-spaces (default 16): the CLI process only
 * coordinates (queue, store, printing) while it receives every document's result, which grows a
 * default young generation to ~50 MB of resident memory for nothing (issue 8: a 1,000-document batch
 * within 600 MiB). It also sets glibc's malloc to two arenas that give back freed memory
 * (engine/malloc-env.ts). Whoever starts this file with `node` directly can pass the same flags and
 * environment (`cliNodeFlags()` and `cliEnv()` in cli/node-flags.ts read them from this line).
 */
import { Command, Option } from 'commander';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkText, extractText } from '../report/text.js';
import { CSV_HEADER } from '../report/csv.js';
import { runBatchCommand } from './batch.js';
// commands that need heavy modules (pdf-lib, exceljs, docx) load them when they run: `check` starts light
import { REPORT_FORMATS, type ReportFormat } from '../report/formats.js';
import { CROSS_MAX_FILES, crossCheck, type CorpusSource } from './cross.js';
import { readLinks } from './links.js';
import { corpusRules } from '../rules/corpus-engine.js';
import { DEFAULT_MEMORY_MB } from '../engine/pool.js';
import type { JobMode, OutputFormat, RuleConfigSpec } from '../engine/types.js';
import { rules } from '../rules/engine.js';
import { rulesJson, rulesMarkdown, rulesText } from '../rules/catalog.js';
import { ConfigError, loadConfig, resolveConfig, type EffectiveConfig } from '../rules/config.js';
import { PRESETS } from '../rules/presets/index.js';
import { STYLE_NAMES, generateSample, renderSample, type StyleName } from '../sample/generate.js';
import { MUTATION_CLASSES, makeMutation } from '../sample/mutate.js';
import { SAMPLE_FORMATS, type SampleFormat } from '../sample/formats/names.js';
import { registerServerCommands } from '../server/cli.js';
import { registerDraftCommands } from './draft.js';

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
function readConfig(o: { config?: string; preset?: string }): { spec: RuleConfigSpec; effective: EffectiveConfig } | null {
  try {
    const { config, file } = loadConfig(o.config);
    const spec: RuleConfigSpec = { config };
    if (file) spec.file = file;
    if (o.preset) spec.preset = o.preset;
    return { spec, effective: resolveConfig([...rules, ...corpusRules], config, { file, preset: o.preset }) };
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    err(`budgetlens: ${e.message}`);
    process.exitCode = 2;
    return null;
  }
}

/** Options shared by `extract` and `check`: the batch, its bounds, the run store and the distributed queue. */
function batchOptions(c: Command): Command {
  return c
    .option('--timeout <seconds>', '每个文件的处理时限（秒；默认按文件大小确定）')
    .option('--jobs <n>', '并行处理的文件数（默认为此刻空闲的 CPU 核数，至少 1）')
    .option('--memory <mb>', '每个处理进程的内存上限（MB）', String(DEFAULT_MEMORY_MB))
    .option('--fail-fast', '遇到第一个有错误或无法读取的文件即停止（可用 --resume 继续）')
    .option('--run <name>', '给本次批处理命名；同名批处理已存在时继续它')
    .option('--resume [name]', '继续被中断的批处理（默认为最近一次未完成的），不重做已完成的文件')
    .option('--data <dir>', '批处理记录的存放目录（默认 ./.budgetlens）')
    .option('--db <url>', '改用 Postgres 存放批处理记录（postgres://…）')
    .option('--redis <url>', '把文件交给分布式队列（redis://…），由 budgetlens worker 处理；需要 --db')
    .option('--no-progress', '不显示进度');
}

interface BatchFlags {
  timeout?: string;
  jobs?: string;
  memory: string;
  failFast?: boolean;
  run?: string;
  resume?: string | true;
  data?: string;
  db?: string;
  redis?: string;
  progress: boolean;
}

const positive = (s: string | undefined) => (s && Number(s) > 0 ? Number(s) : undefined);

function batch(files: string[], mode: JobMode, format: OutputFormat, o: BatchFlags, ruleConfig?: RuleConfigSpec, cross?: (s: CorpusSource) => Promise<number>): Promise<number> {
  return runBatchCommand(files, {
    cross,
    ...(ruleConfig ? { ruleConfig } : {}),
    mode,
    format,
    timeoutSec: positive(o.timeout),
    jobs: positive(o.jobs) && Math.floor(positive(o.jobs)!),
    memoryMb: positive(o.memory),
    failFast: o.failFast,
    run: o.run,
    resume: o.resume,
    data: o.data,
    db: o.db,
    redis: o.redis,
    progress: o.progress,
    header: () => out(CSV_HEADER),
  });
}

batchOptions(
  program
    .command('extract')
    .description('提取文档的结构化数据（身份、关键数据、报表）；可给出文件、目录或通配符')
    .option('--json', '输出 JSON（每个文件一行）'),
)
  .argument('[inputs...]')
  .action(async (files: string[], o: BatchFlags & { json?: boolean }) => {
    process.exitCode = await batch(files, 'extract', o.json ? 'json' : 'text', o);
  });

batchOptions(
  program
    .command('check')
    .description('检查文档的完整性与勾稽关系；可给出文件、目录（递归查找 .pdf/.txt/.md）或通配符；发现错误时退出码为 1')
    .option('--json', '同 --format json')
    .addOption(new Option('--format <format>', '输出格式').choices(['text', 'json', 'csv']).default('text'))
    .option('--config <file>', CONFIG_HELP)
    .option('--preset <name>', PRESET_HELP)
    .option('--no-cross', '不做跨文件检查（预决算、上下年、部门与单位）')
    .option('--cross-max <n>', `跨文件检查最多一并读取的文件数（默认 ${CROSS_MAX_FILES}；更大的批次请按单位或年度分批）`, String(CROSS_MAX_FILES))
    .option('--links <file>', '跨文件链接的人工更正（JSON：{"docs": {"文件名": {"body": …, "year": …, "kind": …}}, "aliases": {"别名": "名称"}}）'),
)
  .argument('[inputs...]')
  .action(async (files: string[], o: BatchFlags & { json?: boolean; format: string; config?: string; preset?: string; cross: boolean; crossMax: string; links?: string }) => {
    const cfg = readConfig(o);
    if (!cfg) return;
    const overrides = o.cross ? readLinks(o.links) : undefined;
    if (overrides === null) return;
    const format = (o.json ? 'json' : o.format) as 'text' | 'json' | 'csv';
    const cross = o.cross && !o.failFast ? async (s: CorpusSource) => (await crossCheck(s, format, { config: cfg.effective, overrides, maxFiles: positive(o.crossMax) })).errors : undefined;
    process.exitCode = await batch(files, 'check', format, o, cfg.spec, cross);
  });

program
  .command('export')
  .description('导出一并给出的文件的报表数据：财政数据包（fdp，datapackage.json + CSV）或每个单元格一行的 CSV / XLSX（含出处）')
  .addOption(new Option('--format <format>', '导出格式').choices(['fdp', 'csv', 'xlsx']).default('fdp'))
  .requiredOption('--out <dir>', '输出目录')
  .option('--links <file>', '跨文件链接的人工更正（JSON，同 check --links）')
  .argument('<inputs...>')
  .action(async (files: string[], o: { format: 'fdp' | 'csv' | 'xlsx'; out: string; links?: string }) => {
    const overrides = readLinks(o.links);
    if (overrides === null) return;
    process.exitCode = await (await import('./export.js')).exportCommand(files, { ...o, overrides });
  });

program
  .command('report')
  .description('检查一个文档并生成报告：html（可打印的独立网页）、pdf（在原 PDF 上批注）、xlsx、csv、json')
  .addOption(new Option('--format <format>', '报告格式').choices([...REPORT_FORMATS]).default('html'))
  .option('--out <file>', '输出文件（默认为当前目录下的 <文件名>.report.html 等）')
  .option('--config <file>', CONFIG_HELP)
  .option('--preset <name>', PRESET_HELP)
  .argument('<file>')
  .action(async (file: string, o: { format: ReportFormat; out?: string; config?: string; preset?: string }) => {
    const cfg = readConfig(o);
    if (cfg) process.exitCode = await (await import('./report.js')).runReportCommand(file, { format: o.format, out: o.out, config: cfg.effective }, err);
  });

program
  .command('worker')
  .description('分布式批处理的工作进程：从 Redis 队列取文件处理，结果写入 Postgres；可在多台机器上各启动若干个')
  .requiredOption('--redis <url>', 'Redis 地址（redis://host:6379）')
  .requiredOption('--db <url>', 'Postgres 地址（postgres://user:pass@host/db）')
  .option('--jobs <n>', '本进程同时处理的文件数（默认为 CPU 核数）')
  .option('--memory <mb>', '每个处理进程的内存上限（MB）', String(DEFAULT_MEMORY_MB))
  .option('--lock <seconds>', '处理进程失去联系多久后把文件重新排队（秒）', '30')
  .action(async (o: { redis: string; db: string; jobs?: string; memory: string; lock: string }) => {
    const { startQueueWorker } = await import('../engine/queue-worker.js');
    const w = await startQueueWorker({
      redisUrl: o.redis,
      dbUrl: o.db,
      concurrency: Math.floor(positive(o.jobs) ?? availableParallelism()),
      memoryMb: positive(o.memory),
      lockMs: (positive(o.lock) ?? 30) * 1000,
      log: err,
    });
    err(`budgetlens worker ${w.name} 已启动，等待任务（Ctrl-C 退出）`);
    const stop = () => void w.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });

program
  .command('rules')
  .description('列出全部检查规则及其生效配置（开关、严重程度、选项、来源）')
  .option('--markdown', '输出 Markdown（docs/rules.md，由规则元数据生成，不读配置文件）')
  .option('--json', '输出 JSON')
  .option('--config <file>', CONFIG_HELP)
  .option('--preset <name>', PRESET_HELP)
  .action((o: { markdown?: boolean; json?: boolean; config?: string; preset?: string }) => {
    if (o.markdown) {
      out(rulesMarkdown([...rules, ...corpusRules]));
      return;
    }
    const cfg = readConfig(o);
    if (!cfg) return;
    if (o.json) out(JSON.stringify(rulesJson([...rules, ...corpusRules], cfg.effective), null, 2));
    else out(rulesText([...rules, ...corpusRules], cfg.effective));
  });

program
  .command('sample')
  .description('生成一份合成的预算或决算公开文本（数字一致），用作演示和测试输入')
  .addOption(new Option('--kind <kind>', '预算 budget 或决算 final').choices(['budget', 'final']).default('budget'))
  .option('--seed <n>', '随机种子', '1')
  .addOption(new Option('--style <style>', '地区版式（不指定则随种子混合）').choices([...STYLE_NAMES]))
  .option('--artefacts', '加入真实文本中的提取痕迹（字间空格、断行、页码、全角数字等）')
  .option('--misgrouped', '报表数字的千分位分隔符错位，只保留最后一个逗号（如 128138,600）')
  .option('--out <file>', '输出文件（默认输出到标准输出）')
  .addOption(new Option('--format <format>', '输出格式：txt 文本；xlsx/xls/docx/doc/rtf/html/html-gbk 须用 --out 指定文件，表格为规整网格（不加提取痕迹；doc/rtf 由 LibreOffice 的 soffice 转换）').choices([...SAMPLE_FORMATS]).default('txt'))
  .action(async (o: { kind: 'budget' | 'final'; seed: string; style?: StyleName; artefacts?: boolean; misgrouped?: boolean; out?: string; format: SampleFormat }) => {
    if (o.format !== 'txt') return (await import('./sample-format.js')).writeSampleFormat(o);
    const { text } = generateSample({ kind: o.kind, seed: Number(o.seed), artefacts: !!o.artefacts, style: o.style, misgrouped: !!o.misgrouped });
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
    const { analyzeFile } = await import('../pipeline.js');
    const a = await analyzeFile(file, { check: true });
    if (!a.ok) {
      err(a.error);
      process.exitCode = 2;
      return;
    }
    out(extractText(file, a.model) + '\n');
    out(checkText(file, a.model, a.findings ?? []));
  });

registerServerCommands(program);
registerDraftCommands(program);

program.parseAsync(process.argv).catch((e) => {
  err(`budgetlens: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 2;
});
