/** `budgetlens draft` and `budgetlens score`: the commands' code (registered in main.ts). */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { DisclosureModel } from '../model/types.js';
import type { Finding } from '../rules/types.js';

// the modules are loaded when a command runs: other commands do not pay for them (docx is large)

const fail = (msg: string) => {
  process.stderr.write(msg + '\n');
  process.exitCode = 2;
};

async function load(file: string, check: boolean): Promise<{ model: DisclosureModel; findings: Finding[] } | null> {
  const { analyzeFile } = await import('../pipeline.js');
  const a = await analyzeFile(file, { check });
  if (!a.ok) {
    fail(a.error);
    return null;
  }
  return { model: a.model, findings: a.findings ?? [] };
}

interface DraftFlags {
  format: string;
  out?: string;
  prior?: string;
  template?: string;
  compare?: boolean;
}

async function draftCommand(file: string, o: DraftFlags) {
  if (!['md', 'docx', 'txt'].includes(o.format)) return fail(`budgetlens: 不支持的格式 ${o.format}（可用 md、docx、txt）`);
  if (o.format === 'docx' && !o.out) return fail('budgetlens: docx 格式须用 --out 指定输出文件');
  const { draftModel } = await import('../draft/draft.js');
  const { TemplateError } = await import('../draft/template.js');
  const cur = await load(file, !!o.compare);
  if (!cur) return;
  const prior = o.prior ? await load(o.prior, false) : undefined;
  if (prior === null) return;
  let draft;
  try {
    draft = draftModel(cur.model, { prior: prior?.model, template: o.template });
  } catch (e) {
    if (e instanceof TemplateError) return fail(e.message);
    throw e;
  }
  if (![...draft.figures.values()].some((f) => !f.fromNarrative)) process.stderr.write(`${file}: 未读出报表数字，起草稿中的数字均留空待填写\n`);
  if (o.format === 'docx') {
    const { draftDocx } = await import('../draft/render-docx.js');
    writeFileSync(o.out!, await draftDocx(draft));
    return;
  }
  const { draftMarkdown, draftText } = await import('../draft/render-text.js');
  const { compareWithPublished, comparisonMarkdown } = await import('../draft/compare.js');
  let text = o.format === 'md' ? draftMarkdown(draft) : draftText(draft);
  if (o.compare) text += '\n' + comparisonMarkdown(compareWithPublished(cur.model, draft, cur.findings));
  if (o.out) writeFileSync(o.out, text);
  else process.stdout.write(text);
}

async function scoreCommand(file: string, o: { json?: boolean; weights?: string }) {
  const { loadWeights, scoreModel, WeightsError } = await import('../score/score.js');
  const { scoreText } = await import('../score/render.js');
  const { analyzeFile } = await import('../pipeline.js');
  let weights;
  try {
    weights = loadWeights(o.weights);
  } catch (e) {
    if (e instanceof WeightsError) return fail(e.message);
    throw e;
  }
  const a = await analyzeFile(file, { check: true });
  if (!a.ok) return fail(a.error);
  const s = scoreModel(a.model, a.findings ?? [], weights);
  process.stdout.write(o.json ? JSON.stringify({ file, ...s }) + '\n' : scoreText(file, s));
}

export function registerDraftCommands(program: Command) {
  program
    .command('draft')
    .description('根据报表起草情况说明（各数字由报表精确计算，并注明来源单元格）')
    .argument('<file>', '公开文件（PDF、文本）')
    .option('--format <format>', '输出格式：md、docx、txt', 'md')
    .option('--out <path>', '输出文件（默认输出到标准输出；docx 必须指定）')
    .option('--prior <file>', '上年度公开文件（用于计算增减变化）')
    .option('--template <id|file>', '起草模板：beijing、shanghai、national 或模板文件（默认按地区选择）')
    .option('--compare', '对照已公开的说明文字：逐句标出差异，并区分错误与措辞不同')
    .action(draftCommand);
  program
    .command('score')
    .description('公开透明度评分（按评分细则逐项给出依据或失分原因）')
    .argument('<file>', '公开文件（PDF、文本）')
    .option('--json', '输出 JSON')
    .option('--weights <file>', '评分权重文件（JSON，覆盖默认权重）')
    .action(scoreCommand);
}
