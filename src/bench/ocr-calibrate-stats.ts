/** Counting for the OCR calibration bench (ocr-calibrate.ts): figures, slips, thresholds. */

export interface FigureRecord {
  seed: number;
  page: number;
  line: number;
  where: 'table' | 'prose';
  /** The figure without thousands separators. */
  text: string;
  confidence: number;
  right: boolean;
  /** For a wrong figure: how it differs from the nearest figure of the document. */
  kind: string;
}

export interface FindingRecord {
  seed: number;
  rule: string;
  /** Lowest OCR confidence of its evidence. */
  low?: number;
  /** Made a warning by rules/low-confidence.ts. */
  downgraded: boolean;
  message: string;
}

/** Amounts and rates (a figure with decimals), thousands separators dropped; not a list number before a year (`3.2024年`). */
export function figureTokens(text: string): string[] {
  return [...text.matchAll(/\d[\d,]*\.\d+/g)].map((m) => m[0].replace(/,/g, '')).filter((t) => !LIST_YEAR.test(t));
}

const LIST_YEAR = /^\d{1,2}\.(19|20)\d\d$/;

/** Figure records from the TSV that `--out` writes (to summarise a run again). */
export function parseFigureTsv(tsv: string): FigureRecord[] {
  return tsv
    .split('\n')
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => {
      const [seed, page, line, where, text, confidence, right, kind] = l.split('\t');
      return { seed: +seed, page: +page, line: +line, where: where as FigureRecord['where'], text, confidence: +confidence, right: right === '1', kind: kind ?? '' };
    })
    .filter((r) => !LIST_YEAR.test(r.text));
}

function distance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return d[b.length];
}

/** How a wrong figure differs from the nearest figure of the document: one digit changed, one added or dropped, or more. */
export function slipKind(f: string, truth: string[]): string {
  let best = Infinity;
  let near = '';
  for (const t of truth) {
    if (Math.abs(t.length - f.length) > 2) continue;
    const d = distance(f, t);
    if (d < best) [best, near] = [d, t];
  }
  if (best !== 1) return 'other';
  if (near.length === f.length) return near.replace(/\d/g, '0') === f.replace(/\d/g, '0') ? 'digit changed' : 'point moved';
  return near.length < f.length ? 'character added' : 'character dropped';
}

export const THRESHOLDS = [30, 40, 50, 60, 65, 70, 75, 80, 82, 84, 86, 88, 90, 92];

/** The distribution table (Markdown) and the findings that rest on OCR'd evidence. */
export function summarizeCalibration(figures: FigureRecord[], findings: FindingRecord[]): string {
  const lines: string[] = [];
  const wrong = figures.filter((f) => !f.right);
  const right = figures.filter((f) => f.right);
  lines.push(`${figures.length} figures read (${right.length} right, ${wrong.length} not in the generated text) on ${new Set(figures.map((f) => f.seed)).size} documents`);
  lines.push('', '| threshold T | wrong figures at ≥ T (table/prose) | right figures below T | error findings at T |', '|---|---|---|---|');
  for (const t of THRESHOLDS) {
    const w = wrong.filter((f) => f.confidence >= t);
    const r = right.filter((f) => f.confidence < t).length;
    const e = findings.filter((f) => f.low === undefined || f.low >= t).length;
    lines.push(`| ${t} | ${w.length} (${w.filter((f) => f.where === 'table').length}/${w.filter((f) => f.where === 'prose').length}) | ${r} (${((100 * r) / Math.max(1, right.length)).toFixed(1)}%) | ${e} |`);
  }
  const kinds = new Map<string, number>();
  for (const f of wrong) kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1);
  lines.push('', `wrong figures by kind: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  lines.push('wrong figures at confidence ≥ 65:');
  for (const f of wrong.filter((x) => x.confidence >= 65).sort((a, b) => b.confidence - a.confidence)) lines.push(`  seed ${f.seed} p.${f.page} line ${f.line} ${f.where} ${f.text} conf ${f.confidence} (${f.kind})`);
  lines.push('findings on OCR evidence (error or downgraded):');
  for (const f of findings) lines.push(`  seed ${f.seed} ${f.downgraded ? 'warning' : 'ERROR'} low ${f.low ?? '-'} ${f.rule}: ${f.message}`);
  return lines.join('\n');
}
