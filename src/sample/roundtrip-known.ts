/**
 * Round-trip mismatches of the named regional styles that are known extraction weaknesses (not
 * generator bugs), each with its cause. The round-trip test tolerates exactly these (style, kind,
 * what — and, where the cause is seed-specific, the seed); any other mismatch fails it. Remove an
 * entry when extraction learns the layout: the test then guards it.
 */
import type { StyleName } from './style.js';

export interface KnownIssue {
  styles: readonly StyleName[];
  kinds: readonly ('budget' | 'final')[];
  /** Matches `Mismatch.what` (`table:summary`, `fact:total_revenue` …). */
  what: RegExp;
  /** Only these documents (seed, with artefacts or not); all documents of the style when absent. */
  docs?: readonly { seed: number; artefacts: boolean }[];
  cause: string;
}

const ALL: readonly StyleName[] = ['shanghai', 'beijing', 'jiangsu', 'guangdong'];

export const KNOWN_ISSUES: readonly KnownIssue[] = [
  {
    styles: ALL,
    kinds: ['final'],
    what: /^(table:(summary|fiscal_summary)|fact:(total_revenue|total_expenditure|current_revenue|current_expenditure|fiscal_appropriation_revenue|general_budget_appropriation))$/,
    cause: '行次 column of the two-sided summary tables read as an amount column (totals of 12, 40 …)',
  },
  {
    styles: ALL,
    kinds: ['final'],
    what: /^table:(revenue|expenditure|general_budget|basic|gov_fund|state_capital|three_public)$/,
    cause: '栏次 row (`栏次 1 2 3 …`) under the header read as a data row',
  },
  {
    styles: ['jiangsu'],
    kinds: ['budget'],
    what: /^(table:(revenue|expenditure|general_budget|basic|gov_fund|state_capital|three_public)|fact:three_public_\w+)$/,
    cause: '栏次 row read as a data row (list tables, empty tables, the "三公" table with 会议费/培训费 columns)',
  },
  {
    styles: ['guangdong'],
    kinds: ['budget', 'final'],
    what: /^(table:(basic|expenditure|general_budget|gov_fund|state_capital|fiscal_summary|revenue|three_public)|fact:(basic_expenditure|personnel_expenses|public_expenses|project_expenditure))$/,
    cause: 'titles with a classification suffix (`…（按功能分类科目）`) not recognised; the TOC entries are then taken for tables (unit 万元 ≠ 元) and facts fall back to the rounded narrative',
  },
  {
    styles: ['jiangsu'],
    kinds: ['budget'],
    what: /^table:(summary|fiscal_summary)$/,
    docs: [{ seed: 5, artefacts: true }, { seed: 27, artefacts: true }, { seed: 40, artefacts: true }],
    cause: 'a table title wrapped over two lines right under the running header is not recognised; the previous table swallows the next one',
  },
  {
    styles: ['jiangsu'],
    kinds: ['final'],
    what: /^fact:(staff_actual|three_public_vehicle_operation|three_public_outbound)$/,
    docs: [{ seed: 23, artefacts: true }, { seed: 18, artefacts: true }, { seed: 40, artefacts: true }],
    cause: 'a sentence broken by a page break and the running header (`实有人数100` / header / `人。`) is not joined',
  },
];

export function knownIssue(style: StyleName | undefined, kind: 'budget' | 'final', seed: number, artefacts: boolean, what: string): KnownIssue | undefined {
  if (!style) return undefined;
  return KNOWN_ISSUES.find(
    (k) => k.styles.includes(style) && k.kinds.includes(kind) && k.what.test(what) && (!k.docs || k.docs.some((d) => d.seed === seed && d.artefacts === artefacts)),
  );
}
