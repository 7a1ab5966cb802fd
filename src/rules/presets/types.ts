/** The shape of rule settings shared by presets and `budgetlens.config.json` (ESLint-like). */
import type { Severity } from '../types.js';

/** `off` turns a rule off; a severity turns it on at that severity. */
export type RuleLevel = 'off' | Severity;

/** `"warning"`, or `["warning", { ...options }]`. */
export type RuleSetting = RuleLevel | [RuleLevel] | [RuleLevel, Record<string, unknown>];

export interface Preset {
  /** Stable id used in configs: `"preset": "shanghai"`. */
  id: string;
  /** Chinese name for the docs. */
  name: string;
  /** Chinese description: where the requirements come from. */
  description: string;
  rules: Record<string, RuleSetting>;
}
