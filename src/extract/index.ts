/** Extraction: normalised document → document model. Each stage is its own module. */
import type { NDocument } from '../readers/types.js';
import type { DisclosureModel } from '../model/types.js';
import { buildParagraphs } from '../normalize/paragraphs.js';
import { extractIdentity } from './identity.js';
import { extractSections } from './sections.js';
import { extractTables } from './tables/index.js';
import { extractClaims } from './claims.js';
import { extractFacts } from './facts.js';
import { extractYearMentions } from './year-mentions.js';
import { extractToc } from './toc.js';
import { finishTable } from '../model/table-stats.js';
import { misgroupedNote } from './tables/grouping-note.js';

export function buildModel(doc: NDocument): DisclosureModel {
  const paragraphs = buildParagraphs(doc);
  const identity = extractIdentity(doc, paragraphs);
  const sections = extractSections(doc);
  const { tables, references, tablesElsewhere } = extractTables(doc, paragraphs);
  const { claims, mentions, narrativeUnit } = extractClaims(doc, paragraphs);
  const model: DisclosureModel = {
    file: doc.file,
    format: doc.format,
    identity,
    narrativeUnit,
    sections,
    paragraphs,
    tables,
    tableReferences: references,
    tablesElsewhere,
    facts: {},
    claims,
    mentions,
    yearMentions: extractYearMentions(doc, tables, sections, paragraphs),
    toc: extractToc(doc),
    warnings: [...doc.warnings],
  };
  for (const t of tables) finishTable(t);
  const note = misgroupedNote(tables);
  if (note) model.warnings.push(note);
  model.facts = extractFacts(model, doc);
  return model;
}
