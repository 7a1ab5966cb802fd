/**
 * The drafting acceptance measure on generated documents: draft the narrative of a synthetic
 * disclosure from its tables, put it beside the tables (the generated narrative removed), check the
 * result with budgetlens, and compare the drafted figures with the generator's truth.
 * Shared by the test (a few documents) and `npm run bench:draft` (hundreds).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeFile } from '../pipeline.js';
import { Decimal } from '../model/decimal.js';
import type { Finding } from '../rules/types.js';
import { renderSample, type StyleName } from '../sample/generate.js';
import { draftModel, type Draft } from './draft.js';
import { draftText } from './render-text.js';

export interface GeneratedDraftResult {
  label: string;
  /** Findings of budgetlens on tables + drafted narrative. */
  findings: Finding[];
  /** Drafted figures compared with the truth (contract facts). */
  compared: number;
  /** `key: drafted ≠ truth` for each figure that differs. */
  mismatches: string[];
  draft: Draft;
  text: string;
}

export async function draftGenerated(kind: 'budget' | 'final', seed: number, style?: StyleName): Promise<GeneratedDraftResult> {
  const label = `${kind}/${style ?? 'mixed'}/${seed}`;
  const dir = mkdtempSync(join(tmpdir(), 'budgetlens-draft-'));
  try {
    const full = renderSample({ kind, seed, style });
    const src = join(dir, 'published.txt');
    writeFileSync(src, full.text);
    const a = await analyzeFile(src);
    if (!a.ok) throw new Error(`${label}: ${a.error}`);
    const draft = draftModel(a.model);
    const tablesOnly = renderSample({ kind, seed, style }, { omitSections: full.sections }).text;
    const text = `${tablesOnly.trimEnd()}\n\n${draftText(draft)}`;
    const out = join(dir, 'drafted.txt');
    writeFileSync(out, text);
    const b = await analyzeFile(out, { check: true });
    if (!b.ok) throw new Error(`${label}: ${b.error}`);
    let compared = 0;
    const mismatches: string[] = [];
    // function classes and 项 against the truth's 一般公共预算 table (its 合计 column)
    const gb = full.truth.tables.find((t) => t.key === 'general_budget');
    const col = gb ? Math.max(0, gb.columns.findIndex((c) => /合计/.test(c))) : 0;
    const tableTruth = new Map<string, string>();
    for (const r of gb?.rows ?? []) {
      const v = r.values[col];
      if (!r.code || r.codeSystem !== 'function' || v === null || v === undefined) continue;
      const d = Decimal.parse(v)!;
      tableTruth.set(`${r.code.length === 3 ? 'class' : 'item'}:${r.code}`, (gb!.unit === '元' ? d.shift(-4) : d).toString());
    }
    for (const s of draft.sections)
      for (const p of s.paragraphs)
        for (const f of p.figures) {
          const truth = full.truth.facts[f.key as keyof typeof full.truth.facts] ?? tableTruth.get(f.key);
          if (f.kind !== 'amount' || truth === undefined) continue;
          compared++;
          const t = Decimal.parse(truth)!;
          const printedTruth = (draft.unit === '元' ? t.shift(4) : t).round(draft.precision).toFixed(draft.precision);
          if (printedTruth !== f.printed) mismatches.push(`${f.key}: ${f.printed} ≠ ${printedTruth}`);
        }
    return { label, findings: b.findings ?? [], compared, mismatches, draft, text };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
