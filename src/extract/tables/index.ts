// PLACEHOLDER — owned by the extraction helper; replace entirely.
import type { NDocument } from '../../readers/types.js';
import type { Paragraph, Table, TableReference } from '../../model/types.js';
import type { SourceRef } from '../../model/source.js';
export function extractTables(
  _doc: NDocument,
  _paragraphs: Paragraph[],
): { tables: Table[]; references: TableReference[]; tablesElsewhere?: { text: string; source: SourceRef } } {
  return { tables: [], references: [] };
}
