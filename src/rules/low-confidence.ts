/**
 * A figure read by OCR with low confidence may be a recognition slip, not a misstatement: an error
 * finding whose evidence quotes such a figure becomes a warning that says so (in Chinese), for
 * every rule alike. Confidence comes from the reader (NCell.confidence → SourceRef → Evidence).
 */
import type { Finding } from './types.js';

/** Evidence below this OCR confidence (0–100) cannot support an error. */
export const LOW_CONFIDENCE = 65;

export function lowestConfidence(f: Finding): number | undefined {
  let low: number | undefined;
  for (const e of f.evidence) if (e.confidence !== undefined) low = Math.min(low ?? 100, e.confidence);
  return low;
}

export function downgradeLowConfidence(f: Finding, threshold = LOW_CONFIDENCE): Finding {
  if (f.severity !== 'error') return f;
  const low = lowestConfidence(f);
  if (low === undefined || low >= threshold) return f;
  return { ...f, severity: 'warning', message: `${f.message}（所涉数字或文字由文字识别（OCR）得到，识别置信度低（${low}），可能是识别误差，请对照原件核对）` };
}
