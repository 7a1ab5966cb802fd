// One sheet of a workbook as Excel shows it: A1 column and row headers, merged cells spanning,
// hidden rows and columns shown greyed and flagged, the evidence cells outlined red and scrolled
// into view (figures the evidence quotes in the same row outlined too).
import { useEffect, useMemo, useRef } from 'react';
import { columnName, mergesOf, quotedFigure } from '../lib/original';
import type { Evidence, OriginalSheet } from '../lib/types';

export function SheetGrid({ sheet, marked, evidence, focusKey }: { sheet: OriginalSheet; marked: Set<string>; evidence: Evidence[]; focusKey: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const { cells, merges, rows, cols, hiddenRows, hiddenCols, markedRows } = useMemo(() => {
    const cells = new Map(sheet.cells.map((c) => [`${c.r}:${c.c}`, c]));
    const markedRows = new Set(sheet.cells.filter((c) => marked.has(c.ref)).map((c) => c.r));
    return {
      cells,
      merges: mergesOf(sheet),
      rows: Array.from({ length: sheet.rowCount }, (_, i) => i),
      cols: Array.from({ length: sheet.colCount }, (_, i) => i),
      hiddenRows: new Set(sheet.hiddenRows),
      hiddenCols: new Set(sheet.hiddenCols),
      markedRows,
    };
  }, [sheet, marked]);

  useEffect(() => {
    ref.current?.querySelector('[data-evidence=true]')?.scrollIntoView({ block: 'center', inline: 'center' });
  }, [sheet, focusKey]);

  if (!sheet.cells.length) return <p className="muted">此工作表为空。</p>;
  const missing = [...marked].filter((r) => !sheet.cells.some((c) => c.ref === r));
  return (
    <div className="sheet-grid-wrap" ref={ref}>
      {missing.length > 0 && <p className="notice small">证据单元格 {missing.join('、')} 不在显示范围内。</p>}
      <table className="sheet-grid" data-testid="sheet-grid" data-sheet={sheet.name}>
        <thead>
          <tr>
            <th className="corner" />
            {cols.map((c) => (
              <th key={c} className={hiddenCols.has(c) ? 'hidden-rc' : undefined} title={hiddenCols.has(c) ? '隐藏列（不参与检查）' : undefined}>
                {columnName(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r} className={hiddenRows.has(r) ? 'hidden-rc' : undefined}>
              <th className="row-head" title={hiddenRows.has(r) ? '隐藏行（不参与检查）' : undefined}>
                {r + 1}
              </th>
              {cols.map((c) => {
                const key = `${r}:${c}`;
                if (merges.covered.has(key)) return null;
                const cell = cells.get(key);
                const m = merges.at.get(key);
                const ref1 = `${columnName(c)}${r + 1}`;
                const isEvidence = marked.has(ref1);
                const quoted = !isEvidence && !!cell && markedRows.has(r) && quotedFigure(cell.text, evidence);
                const cls = [isEvidence ? 'evidence' : '', quoted ? 'quoted' : '', hiddenCols.has(c) ? 'hidden-rc' : '', cell && /^-?[\d,]*\.?\d+%?$/.test(cell.text) && /[.,%]/.test(cell.text) ? 'num' : ''].filter(Boolean).join(' ');
                return (
                  <td key={c} data-ref={ref1} data-evidence={isEvidence ? 'true' : undefined} data-quoted={quoted ? 'true' : undefined} rowSpan={m && m.rows > 1 ? m.rows : undefined} colSpan={m && m.cols > 1 ? m.cols : undefined} className={cls || undefined} title={ref1}>
                    {cell?.text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
