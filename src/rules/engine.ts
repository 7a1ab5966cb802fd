/**
 * The rule engine: the ordered registry and `runRules`. Applies every rule whose `appliesTo` matches
 * the document's kind and scope, fills `rule` and the default severity, removes duplicates, sorts by
 * position, and never throws: a rule that throws becomes one `info` finding `rule-crashed`.
 * An effective configuration (config.ts) turns rules off and sets their severity and options.
 */
import type { DisclosureModel } from '../model/types.js';
import type { Finding, FindingDraft, Rule, Severity } from './types.js';
import type { EffectiveConfig } from './config.js';
import { downgradeLowConfidence } from './low-confidence.js';

import { rule as standardTables } from './completeness/standard-tables.js';
import { rule as tablesElsewhere } from './completeness/tables-elsewhere.js';
import { rule as requiredTopics } from './completeness/required-topics.js';
import { rule as detailLevel } from './completeness/detail-level.js';
import { rule as emptyTableUndeclared } from './completeness/empty-table-undeclared.js';
import { rule as rowTotal } from './table-arithmetic/row-total.js';
import { rule as columnTotal } from './table-arithmetic/column-total.js';
import { rule as hierarchySum } from './table-arithmetic/hierarchy-sum.js';
import { rule as summaryBalance } from './table-arithmetic/summary-balance.js';
import { rule as summaryClassSum } from './table-arithmetic/summary-class-sum.js';
import { rule as crossTableFigure } from './cross-table/cross-table-figure.js';
import { rule as generalBudgetTotal } from './cross-table/general-budget-total.js';
import { rule as changeAmount } from './narrative/narrative-change-amount.js';
import { rule as changePercent } from './narrative/narrative-change-percent.js';
import { rule as share } from './narrative/narrative-share.js';
import { rule as shareGroup } from './narrative/narrative-share-group.js';
import { rule as completion } from './narrative/narrative-completion.js';
import { rule as flat } from './narrative/narrative-flat.js';
import { rule as compare } from './narrative/narrative-compare.js';
import { rule as amountInconsistent } from './narrative/narrative-amount-inconsistent.js';
import { rule as narrativeVsTable } from './narrative-vs-table/narrative-vs-table.js';
import { rule as truncatedFigure } from './narrative/truncated-figure.js';
import { rule as basicVsTable } from './narrative-vs-table/narrative-basic-vs-table.js';
import { rule as performanceCount } from './narrative-vs-table/performance-projects-count.js';
import { rule as breakdownSum } from './narrative/narrative-breakdown-sum.js';
import { rule as threePublicTotal } from './three-public/three-public-total.js';
import { rule as threePublicNarrative } from './three-public/three-public-narrative-total.js';
import { rule as threePublicVsTable } from './three-public/three-public-vs-table.js';
import { rule as emptyWithFigures } from './three-public/table-empty-with-figures.js';
import { rule as codeName } from './codes/code-name-consistency.js';
import { rule as codePrefix } from './codes/code-hierarchy-prefix.js';
import { rule as directionVsFigures } from './statements/direction-vs-figures.js';
import { rule as reasonDirection } from './statements/reason-contradicts-direction.js';
import { rule as flatVsReason } from './statements/flat-vs-reason.js';
import { rule as zeroBase } from './statements/zero-base.js';
import { rule as changeWithoutDirection } from './statements/change-without-direction.js';
import { rule as placeholders } from './identity/placeholder-text.js';
import { rule as yearMismatch } from './identity/year-mismatch.js';
import { rule as orgMismatch } from './identity/org-mismatch.js';
import { rule as templateDocument } from './identity/template-document.js';
import { rule as yearConsistency } from './identity/year-consistency.js';
import { rule as orgConsistency } from './identity/org-consistency.js';
import { rule as tocConsistency } from './completeness/toc-consistency.js';
import { rule as tableUnreliable } from './table-arithmetic/table-unreliable.js';
import type { RuleCategory } from './types.js';
import { withRuleIndex } from './resolve-index.js';

/** Every rule, in catalog order (category by category). */
export const rules: Rule[] = [
  standardTables,
  tablesElsewhere,
  requiredTopics,
  detailLevel,
  emptyTableUndeclared,
  tocConsistency,
  tableUnreliable,
  rowTotal,
  columnTotal,
  hierarchySum,
  summaryBalance,
  summaryClassSum,
  crossTableFigure,
  generalBudgetTotal,
  changeAmount,
  changePercent,
  share,
  shareGroup,
  completion,
  flat,
  compare,
  amountInconsistent,
  breakdownSum,
  narrativeVsTable,
  basicVsTable,
  performanceCount,
  truncatedFigure,
  threePublicTotal,
  threePublicNarrative,
  threePublicVsTable,
  emptyWithFigures,
  codeName,
  codePrefix,
  directionVsFigures,
  reasonDirection,
  flatVsReason,
  zeroBase,
  changeWithoutDirection,
  placeholders,
  yearMismatch,
  orgMismatch,
  templateDocument,
  yearConsistency,
  orgConsistency,
];

/** Does the rule apply to this document? A kind- or scope-specific rule needs the kind/scope known. */
export function applies(rule: Rule, model: DisclosureModel): boolean {
  const { kinds, scopes } = rule.meta.appliesTo;
  if (kinds && (!model.identity.kind || !kinds.includes(model.identity.kind))) return false;
  if (scopes && (!model.identity.scope || !scopes.includes(model.identity.scope))) return false;
  return true;
}

/**
 * Categories whose rules compute with table figures: they see only the tables extraction could read
 * reliably (a table it could not gets one `table-unreliable` finding instead of many false ones).
 */
const FIGURE_CATEGORIES: RuleCategory[] = ['table-arithmetic', 'cross-table', 'three-public', 'codes', 'narrative-vs-table'];

function reliableView(model: DisclosureModel): DisclosureModel {
  return withRuleIndex(model.tables.some((t) => t.unreliable) ? { ...model, tables: model.tables.filter((t) => !t.unreliable) } : model);
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * The severity of a finding under a configured severity: findings at the rule's default level take the
 * configured one; findings the rule itself put at another level (an `info` note, an `error` for a
 * placeholder standing for a figure) keep theirs, capped at the configured level.
 */
export function effectiveSeverity(rule: Rule, drafted: Severity | undefined, configured: Severity): Severity {
  const base = drafted ?? rule.meta.severity;
  if (configured === rule.meta.severity) return base;
  if (base === rule.meta.severity) return configured;
  return RANK[base] > RANK[configured] ? configured : base;
}

function complete(rule: Rule, d: FindingDraft, file: string, severity: Severity): Finding {
  const f: Finding = {
    rule: rule.meta.id,
    severity: effectiveSeverity(rule, d.severity, severity),
    message: d.message,
    evidence: d.evidence.map((e) => ({ ...e, file: e.file ?? file })),
  };
  if (d.stated !== undefined) f.stated = d.stated;
  if (d.expected !== undefined) f.expected = d.expected;
  if (d.suggestion !== undefined) f.suggestion = d.suggestion;
  return f;
}

const position = (f: Finding): [number, number] => {
  const e = f.evidence[0];
  return e ? [e.page ?? 0, e.line ?? 0] : [-1, -1];
};

const key = (f: Finding) => JSON.stringify([f.rule, f.severity, f.message, f.stated, f.expected, f.evidence.map((e) => [e.page, e.line, e.text])]);

/**
 * Runs the rules over a model (all of them, or the ones given) under a configuration (default: each
 * rule's metadata, the national preset). Never throws.
 */
export function runRules(model: DisclosureModel, only: Rule[] = rules, config?: EffectiveConfig): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  const reliable = reliableView(model);
  const whole = withRuleIndex(model);
  for (const rule of only) {
    const eff = config?.rules.get(rule.meta.id);
    if (eff && !eff.enabled) continue;
    if (!applies(rule, model)) continue;
    const options = eff?.options ?? rule.meta.options?.defaults ?? {};
    const severity = eff?.severity ?? rule.meta.severity;
    let drafts: FindingDraft[];
    try {
      drafts = rule.check(!rule.meta.allTables && FIGURE_CATEGORIES.includes(rule.meta.category) ? reliable : whole, { options });
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      drafts = [];
      const f: Finding = {
        rule: 'rule-crashed',
        severity: 'info',
        message: `规则 ${rule.meta.id} 执行失败，未能完成该项检查（${why.slice(0, 200)}）`,
        evidence: [],
      };
      if (!seen.has(key(f))) {
        seen.add(key(f));
        out.push(f);
      }
    }
    for (const d of drafts) {
      const f = downgradeLowConfidence(complete(rule, d, model.file, severity), undefined, model);
      const k = key(f);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(f);
    }
  }
  return out
    .map((f, i) => ({ f, i }))
    .sort((a, b) => {
      const [pa, la] = position(a.f);
      const [pb, lb] = position(b.f);
      return pa - pb || la - lb || a.i - b.i;
    })
    .map((x) => x.f);
}
