// PLACEHOLDER — owned by the extraction helper; replace entirely.
import type { NDocument } from '../readers/types.js';
import type { Identity, Paragraph } from '../model/types.js';
export function extractIdentity(_doc: NDocument, _paragraphs: Paragraph[]): Identity {
  return { isTemplate: false };
}
