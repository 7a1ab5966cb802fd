/** The region presets shipped with the tool (data in regions.ts). */
import { REGION_PRESETS } from './regions.js';
import type { Preset } from './types.js';

export type { Preset, RuleLevel, RuleSetting } from './types.js';

export const DEFAULT_PRESET = 'national';

export const PRESETS: Preset[] = REGION_PRESETS;

export function presetById(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
