/**
 * Measures of the draft against a published disclosure and its answer key (../shared/eval/gold):
 * how many correct published figures the draft reproduces, and whether the comparison marks each
 * known inconsistency as an error. Used by the shared-samples test and the draft benchmark.
 */
import { existsSync, readFileSync } from 'node:fs';
import { analyzeFile } from '../pipeline.js';
import { compareWithPublished, type Comparison } from './compare.js';
import { draftModel } from './draft.js';

export interface GoldInconsistency {
  type: string;
  where: string;
}

export interface SampleMeasure {
  file: string;
  figures: Comparison['figures'];
  /** Per known inconsistency: marked as an error, not marked, or its quote not found in the document. */
  gold: { quote: string; verdict: 'error' | 'missed' | 'unlocated' }[];
}

/** Rules that report an inconsistency of the whole document, by the answer key's type. */
const WHOLE: Record<string, string[]> = {
  missing_table: ['standard-tables', 'tables-elsewhere', 'toc-consistency'],
  placeholder: ['placeholder-text', 'template-document', 'org-consistency'],
};

const compact = (s: string) => s.replace(/[\s，。；：、,.;:"“”]/g, '');

/** The quote of an answer key's `where` (`section: "quote"`). */
export function goldQuote(where: string): string {
  return /"([^"]+)"/.exec(where)?.[1] ?? '';
}

export async function measureSample(file: string, goldFile?: string): Promise<SampleMeasure | null> {
  const a = await analyzeFile(file, { check: true });
  if (!a.ok) return null;
  const findings = a.findings ?? [];
  const c = compareWithPublished(a.model, draftModel(a.model), findings);
  const gold: SampleMeasure['gold'] = [];
  const list: GoldInconsistency[] = goldFile && existsSync(goldFile) ? (JSON.parse(readFileSync(goldFile, 'utf8')).inconsistencies ?? []) : [];
  for (const g of list) {
    const quote = goldQuote(g.where);
    const q = compact(quote).slice(0, 12);
    if (!q) {
      // a whole-document inconsistency (a missing table, a placeholder): the rules that report it
      const ids = WHOLE[g.type];
      const hit = ids && findings.some((f) => ids.includes(f.rule));
      gold.push({ quote: g.where, verdict: hit ? 'error' : ids ? 'missed' : 'unlocated' });
      continue;
    }
    const sentence = c.sentences.find((s) => compact(s.text).includes(q));
    const errorFinding = [...c.otherFindings, ...c.sentences.flatMap((s) => s.findings)].some(
      (f) => f.severity !== 'info' && f.evidence.some((e) => compact(e.text ?? '').includes(q.slice(0, 8))),
    );
    const marked = sentence ? sentence.status === 'error' : errorFinding;
    gold.push({ quote, verdict: marked ? 'error' : 'missed' });
  }
  return { file, figures: c.figures, gold };
}
