/**
 * A figure read by OCR with low confidence may be a recognition slip, not a misstatement: an error
 * finding whose evidence quotes such a figure becomes a warning that says so (in Chinese), for
 * every rule alike. Confidence comes from the reader (NCell.confidence → SourceRef → Evidence).
 *
 * A finding that cites several rows of one table (a sum and its parts) also rests on the rows
 * lying between them: a row whose code was misread (`11` read `1`) drops out of the sum without
 * being cited, and only its own confidence shows the slip. So the rows between the first and the
 * last cited row of a table count as evidence too.
 */
import type { DisclosureModel, Row } from '../model/types.js';
import type { Evidence, Finding } from './types.js';

/** Evidence below this OCR confidence (0–100) cannot support an error. */
export const LOW_CONFIDENCE = 65;

export function lowestConfidence(f: Finding, model?: DisclosureModel): number | undefined {
  let low: number | undefined;
  for (const e of f.evidence) if (e.confidence !== undefined) low = Math.min(low ?? 100, e.confidence);
  if (low !== undefined && model) {
    const between = rowsBetweenConfidence(f.evidence, model);
    if (between !== undefined) low = Math.min(low, between);
  }
  return low;
}

const cites = (e: Evidence, r: Row) => e.line === r.source.line && e.page === r.source.page && (!e.file || !r.source.file || e.file === r.source.file);

/** Lowest confidence of the rows lying between the first and the last row a finding cites, in each table side it cites twice or more. */
export function rowsBetweenConfidence(evidence: readonly Evidence[], model: DisclosureModel): number | undefined {
  let low: number | undefined;
  for (const t of model.tables)
    for (const rows of [t.rows, t.rightRows ?? []]) {
      const cited = rows.flatMap((r, i) => (evidence.some((e) => cites(e, r)) ? [i] : []));
      if (cited.length < 2) continue;
      for (let i = cited[0] + 1; i < cited[cited.length - 1]; i++) {
        const c = rows[i].source.confidence;
        if (c !== undefined) low = Math.min(low ?? 100, c);
      }
    }
  return low;
}

export function downgradeLowConfidence(f: Finding, threshold = LOW_CONFIDENCE, model?: DisclosureModel): Finding {
  if (f.severity !== 'error') return f;
  const low = lowestConfidence(f, model);
  if (low === undefined || low >= threshold) return f;
  return { ...f, severity: 'warning', message: `${f.message}（所涉数字或文字由文字识别（OCR）得到，识别置信度低（${low}），可能是识别误差，请对照原件核对）` };
}
