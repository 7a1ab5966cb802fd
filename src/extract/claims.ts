// PLACEHOLDER — owned by the claims/rules helper; replace entirely.
import type { NDocument } from '../readers/types.js';
import type { AmountUnit, Claim, Mention, Paragraph } from '../model/types.js';
export function extractClaims(_doc: NDocument, _paragraphs: Paragraph[]): { claims: Claim[]; mentions: Mention[]; narrativeUnit: AmountUnit } {
  return { claims: [], mentions: [], narrativeUnit: '万元' };
}
