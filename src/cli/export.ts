/**
 * `budgetlens export --format fdp|csv|xlsx --out DIR FILE...`: the corpus's tables as a Fiscal Data
 * Package (datapackage.json + CSV, validated before it is written), or one tidy CSV / XLSX of every
 * table cell with its source.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFile } from '../pipeline.js';
import { linkCorpus } from '../corpus/link.js';
import type { LinkOverrides } from '../corpus/types.js';
import type { DisclosureModel } from '../model/types.js';
import { fiscalDataPackage } from '../export/fdp.js';
import { validatePackage } from '../export/validate.js';
import { TIDY_HEADER, tidyRows } from '../export/tidy.js';
import { toCsv } from '../export/csv.js';
import { xlsx } from '../export/xlsx.js';
import { expandInputs } from './inputs.js';

export async function exportCommand(inputs: string[], o: { format: 'fdp' | 'csv' | 'xlsx'; out: string; overrides?: LinkOverrides }): Promise<number> {
  const { files, unmatched } = expandInputs(inputs);
  for (const u of unmatched) process.stderr.write(`budgetlens: ${u}: 没有找到可读取的文件\n`);
  const models: DisclosureModel[] = [];
  let code = unmatched.length ? 2 : 0;
  for (const f of files) {
    const a = await analyzeFile(f);
    if (a.ok) models.push(a.model);
    else {
      process.stderr.write(`${a.error}\n`);
      code = 2;
    }
  }
  mkdirSync(o.out, { recursive: true });
  if (o.format === 'fdp') {
    const p = fiscalDataPackage(linkCorpus(models, o.overrides));
    const problems = validatePackage(p);
    if (problems.length) {
      process.stderr.write(`budgetlens: 导出的数据包未通过校验：${problems.slice(0, 3).join('；')}\n`);
      return 2;
    }
    writeFileSync(join(o.out, 'datapackage.json'), JSON.stringify(p.descriptor, null, 2) + '\n');
    for (const [name, text] of p.files) writeFileSync(join(o.out, name), text);
  } else if (o.format === 'csv') {
    writeFileSync(join(o.out, 'cells.csv'), toCsv(TIDY_HEADER, tidyRows(models)));
  } else {
    writeFileSync(join(o.out, 'cells.xlsx'), await xlsx('cells', TIDY_HEADER, tidyRows(models), new Set(['year', 'row', 'code_level', 'column', 'value', 'page', 'line', 'x0', 'y0', 'x1', 'y1', 'is_total'])));
  }
  return code;
}
