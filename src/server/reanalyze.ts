/**
 * The full model of a stored document, for report formats that need it (HTML, PDF, XLSX). Runs in
 * the server process with the reader's deadline (the model's exact decimals do not cross a process
 * boundary); the document was already read once by a worker, so it is known to be readable.
 */
import { analyzeFile } from '../pipeline.js';
import { defaultTimeoutMs } from '../engine/timeout.js';
import type { DisclosureModel } from '../model/types.js';
import { HttpError } from './errors.js';

export async function analyzeForReport(file: string, size: number): Promise<DisclosureModel> {
  const a = await analyzeFile(file, { timeoutMs: defaultTimeoutMs(file, size) });
  if (!a.ok) throw new HttpError(422, '文档无法读取，不能生成报告');
  return a.model;
}
