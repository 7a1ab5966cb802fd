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
  /** The answer key says an error is not required (e.g. a share forced so that the shares total 100%). */
  optional?: boolean;
}

export interface SampleMeasure {
  file: string;
  figures: Comparison['figures'];
  /**
   * Per known inconsistency: marked as an error, not marked, or its quote not found in the document.
   * Entries the answer key marks optional (an error not required) are not listed.
   */
  gold: { quote: string; verdict: 'error' | 'missed' | 'unlocated'; by?: string }[];
}

/** Rules that report an inconsistency of the whole document, by the answer key's type. */
const WHOLE: Record<string, string[]> = {
  missing_table: ['standard-tables', 'tables-elsewhere', 'toc-consistency'],
  placeholder: ['placeholder-text', 'template-document', 'org-consistency'],
};

const compact = (s: string) => s.replace(/[\s，。；：、,.;:"“”]/g, '');

/** The quote of an answer key's `where` (`section: "quote"`); the first when there are several. */
export function goldQuote(where: string): string {
  return goldQuotes(where)[0] ?? '';
}

/** Every quote of an answer key's `where` (`p.30, 表5: "合计 …", "交通运输支出 …"`). */
export function goldQuotes(where: string): string[] {
  return [...where.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
}

/**
 * The pieces of the quotes a sentence or a finding's evidence must contain, compacted: a quote is cut
 * at `…` (elisions) and ` / ` (several table lines quoted together).
 */
export function quotePieces(where: string): string[] {
  return goldQuotes(where)
    .flatMap((q) => q.split(/…|\s\/\s/))
    .map(compact)
    .filter((p) => p.length >= 6);
}

/** Longest run of characters `a` and `b` share (both compacted). */
function commonRun(a: string, b: string): number {
  let best = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) if (a[i - 1] === b[j - 1]) best = Math.max(best, (cur[j] = prev[j - 1] + 1));
    prev = cur;
  }
  return best;
}

/** How much of the quote a text holds: the longest run it shares with one of the pieces. */
const overlap = (text: string, pieces: string[]) => Math.max(...pieces.map((p) => commonRun(compact(text), p)));

/**
 * The run that locates a quote: its whole shortest piece when short, else at least 12 characters and
 * half of it (the answer key's quote may reword a little, e.g. `主要原因是：` for `主要原因：`).
 */
const enough = (pieces: string[]) => {
  const n = Math.min(...pieces.map((p) => p.length));
  return Math.min(n, Math.max(12, Math.ceil(n / 2)));
};

function bestBy<T>(items: T[], score: (x: T) => number): { item: T; score: number } | undefined {
  let best: { item: T; score: number } | undefined;
  for (const item of items) {
    const v = score(item);
    if (!best || v > best.score) best = { item, score: v };
  }
  return best;
}

export async function measureSample(file: string, goldFile?: string): Promise<SampleMeasure | null> {
  const a = await analyzeFile(file, { check: true });
  if (!a.ok) return null;
  const findings = a.findings ?? [];
  const c = compareWithPublished(a.model, draftModel(a.model), findings);
  const gold: SampleMeasure['gold'] = [];
  const list: GoldInconsistency[] = goldFile && existsSync(goldFile) ? (JSON.parse(readFileSync(goldFile, 'utf8')).inconsistencies ?? []) : [];
  for (const g of list.filter((x) => !x.optional)) {
    const quote = goldQuote(g.where);
    const pieces = quotePieces(g.where);
    if (!pieces.length) {
      // a whole-document inconsistency (a missing table, a placeholder): the rules that report it
      const ids = WHOLE[g.type];
      const hit = ids && findings.some((f) => ids.includes(f.rule));
      gold.push({ quote: g.where, verdict: hit ? 'error' : ids ? 'missed' : 'unlocated' });
      continue;
    }
    // the published sentence holding the quote best (the quote's words, not a prefix such as the org
    // name, which many sentences share); else — a table line, a sentence without compared figures —
    // an error finding quoting it
    const best = bestBy(c.sentences, (s) => overlap(s.text, pieces));
    const sentence = best && best.score >= enough(pieces) ? best.item : undefined;
    const quoted = [...c.otherFindings, ...c.sentences.flatMap((s) => s.findings)]
      .filter((f) => f.severity === 'error')
      .flatMap((f) => f.evidence.map((e) => ({ f, text: e.text ?? '' })));
    const hit = bestBy(quoted, (q) => overlap(q.text, pieces));
    const errorFinding = hit && hit.score >= enough(pieces) ? hit.item : undefined;
    const marked = sentence ? sentence.status === 'error' : !!errorFinding;
    const by = sentence ? `sentence: ${sentence.text}` : errorFinding ? `finding: [${errorFinding.f.rule}] ${errorFinding.text}` : undefined;
    gold.push({ quote, verdict: marked ? 'error' : 'missed', by });
  }
  return { file, figures: c.figures, gold };
}
