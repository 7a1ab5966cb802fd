/** `budgetlens sample --format xlsx|xls|docx|doc|rtf|html|html-gbk --out FILE`: the generated disclosure as a file of that format (doc/rtf need soffice). */
import { writeFileSync } from 'node:fs';
import type { StyleName } from '../sample/generate.js';
import { renderSampleFormat, type SampleFormat } from '../sample/formats/index.js';

export async function writeSampleFormat(o: { kind: 'budget' | 'final'; seed: string; style?: StyleName; out?: string; format: SampleFormat }): Promise<void> {
  if (!o.out) {
    process.stderr.write(`budgetlens: --format ${o.format} 须用 --out 指定输出文件\n`);
    process.exitCode = 2;
    return;
  }
  const { data } = await renderSampleFormat({ kind: o.kind, seed: Number(o.seed), style: o.style }, o.format);
  writeFileSync(o.out, data);
}
