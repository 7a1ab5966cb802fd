/**
 * Cross-document rules: the registry and `runCorpusRules`, the corpus counterpart of engine.ts
 * (same configuration, severities and crash handling); findings are attached to the file they concern.
 */
import type { Corpus } from '../corpus/types.js';
import type { CorpusFinding, CorpusRule, Finding, Severity } from './types.js';
import type { EffectiveConfig } from './config.js';
import { rule as finalVsBudget } from './cross-document/final-vs-budget.js';
import { rule as budgetVsPrior } from './cross-document/budget-vs-prior-budget.js';
import { rule as finalVsPrior } from './cross-document/final-vs-prior-final.js';
import { rule as deptVsUnits } from './cross-document/department-vs-units.js';
import { rule as bodyNaming } from './cross-document/body-naming.js';
import { rule as codeNameYears } from './cross-document/code-name-across-years.js';
import { rule as yoy } from './cross-document/yoy-unexplained.js';

export const corpusRules: CorpusRule[] = [finalVsBudget, budgetVsPrior, finalVsPrior, deptVsUnits, bodyNaming, codeNameYears, yoy];

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export function runCorpusRules(corpus: Corpus, only: CorpusRule[] = corpusRules, config?: EffectiveConfig): CorpusFinding[] {
  const out: CorpusFinding[] = [];
  const seen = new Set<string>();
  for (const rule of only) {
    const eff = config?.rules.get(rule.meta.id);
    if (eff && !eff.enabled) continue;
    const options = eff?.options ?? rule.meta.options?.defaults ?? {};
    const configured = eff?.severity ?? rule.meta.severity;
    try {
      for (const d of rule.checkCorpus(corpus, { options })) {
        const base = d.severity ?? rule.meta.severity;
        const severity = configured === rule.meta.severity ? base : base === rule.meta.severity ? configured : RANK[base] > RANK[configured] ? configured : base;
        const f: CorpusFinding = { file: d.file, rule: rule.meta.id, severity, message: d.message, evidence: d.evidence };
        if (d.stated !== undefined) f.stated = d.stated;
        if (d.expected !== undefined) f.expected = d.expected;
        const k = JSON.stringify([f.file, f.rule, f.message]);
        if (seen.has(k)) continue;
        seen.add(k);
        out.push(f);
      }
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      out.push({ file: '', rule: 'rule-crashed', severity: 'info', message: `规则 ${rule.meta.id} 执行失败，未能完成该项检查（${why.slice(0, 200)}）`, evidence: [] } as Finding & { file: string });
    }
  }
  return out;
}
