/** One tidy row per table cell of the corpus, with its source (file, page, line, box). */
import type { DisclosureModel, Row, Column, Table } from '../model/types.js';

export const TIDY_HEADER = [
  'file', 'org', 'year', 'kind', 'scope', 'table', 'table_title', 'unit', 'side', 'row', 'code', 'code_system', 'code_level', 'row_name',
  'is_total', 'column', 'column_name', 'column_role', 'value', 'raw', 'page', 'line', 'x0', 'y0', 'x1', 'y1',
];

export function tidyRows(models: DisclosureModel[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const m of models) {
    for (const t of m.tables) {
      const side = (rows: Row[], cols: Column[], name: string) =>
        rows.forEach((r, ri) =>
          r.values.forEach((v, ci) => {
            if (!v) return;
            const s = v.source;
            out.push({
              file: m.file, org: m.identity.org, year: m.identity.year, kind: m.identity.kind, scope: m.identity.scope,
              table: t.key, table_title: t.title, unit: v.unit, side: name, row: ri + 1, code: r.code, code_system: r.codeSystem, code_level: r.codeLevel,
              row_name: r.name, is_total: r.isTotal ? 1 : 0, column: ci + 1, column_name: cols[ci]?.name, column_role: cols[ci]?.role,
              value: v.value.toString(), raw: v.raw, page: s.page, line: s.line, x0: s.box?.x0, y0: s.box?.y0, x1: s.box?.x1, y1: s.box?.y1,
            });
          }),
        );
      side(t.rows, t.columns, t.rightRows ? 'left' : '');
      if (t.rightRows) side(t.rightRows, t.rightColumns ?? [], 'right');
    }
  }
  return out;
}

export type { Table };
