/** `budgetlens report`: check one document and write its report (html, annotated pdf, xlsx, csv, json). */
import { writeFileSync } from 'node:fs';
import { analyzeFile } from '../pipeline.js';
import type { EffectiveConfig } from '../rules/config.js';
import { ReportError, buildReport, reportFileName, type ReportFormat } from '../report/export.js';

/** Returns the exit status: 0 when the report is written, 2 when the input or the output fails (one line on stderr). */
export async function runReportCommand(file: string, o: { format: ReportFormat; out?: string; config?: EffectiveConfig }, err: (s: string) => void): Promise<number> {
  const a = await analyzeFile(file, { check: true, config: o.config });
  if (!a.ok) {
    err(a.error);
    return 2;
  }
  const out = o.out ?? reportFileName(file, o.format);
  try {
    const r = await buildReport(o.format, { file, model: a.model, findings: a.findings ?? [] });
    writeFileSync(out, r.body);
  } catch (e) {
    if (e instanceof ReportError) err(e.message);
    else err(`${file}: 生成报告失败（${e instanceof Error ? e.message.split('\n')[0] : String(e)}）`);
    return 2;
  }
  err(`已生成报告：${out}`);
  return 0;
}
