// PLACEHOLDER — owned by the rules helper; replace entirely.
import type { DisclosureModel } from '../model/types.js';
import type { Finding, Rule } from './types.js';
export const rules: Rule[] = [];
export function runRules(_model: DisclosureModel): Finding[] {
  return [];
}
