// Extracted tables; a click on a cell shows its place on the page (or in the original: sheet + cell, paragraph, element path).
import type { Box, ExtractedTable, TableCell } from '../lib/types';

export function TablesView({
  tables,
  onCell,
  selectedCell,
}: {
  tables: ExtractedTable[];
  onCell: (page: number | undefined, box: Box | undefined, key: string, cell: TableCell) => void;
  selectedCell?: string;
}) {
  if (!tables.length) return <p className="muted">没有识别出表格。</p>;
  return (
    <div className="tables-view">
      {tables.map((t) => (
        <section key={t.id} className="extracted-table">
          <h4>
            {t.title}
            {t.page != null && <span className="small muted"> · 第 {t.page} 页</span>}
          </h4>
          <div className="table-scroll">
            <table className="grid compact">
              <tbody>
                {t.rows.map((r, ri) => (
                  <tr key={ri}>
                    {r.cells.map((c, ci) => {
                      const key = `${t.id}:${ri}:${ci}`;
                      return (
                        <td
                          key={ci}
                          data-testid="table-cell"
                          data-key={key}
                          className={`${c.box || c.cell || c.path || c.paragraph != null ? 'linked' : ''}${selectedCell === key ? ' selected' : ''}`}
                          onClick={() => onCell(c.page ?? t.page, c.box, key, c)}
                          title={c.page != null ? `第 ${c.page} 页` : undefined}
                        >
                          {c.text}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </div>
  );
}
