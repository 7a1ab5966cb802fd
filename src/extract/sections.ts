// PLACEHOLDER — owned by the extraction helper; replace entirely.
import type { NDocument } from '../readers/types.js';
import type { Section } from '../model/types.js';
export function extractSections(_doc: NDocument): Section[] {
  return [];
}
