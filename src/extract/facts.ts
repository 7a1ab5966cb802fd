// PLACEHOLDER — owned by the extraction helper; replace entirely.
import type { NDocument } from '../readers/types.js';
import type { DisclosureModel, Fact, FactKey } from '../model/types.js';
export function extractFacts(_model: DisclosureModel, _doc: NDocument): Partial<Record<FactKey, Fact>> {
  return {};
}
