// A Word document or web page as read: paragraphs and tables in order, numbered, the element path on
// hover, the evidence's paragraph / cell marked red and scrolled into view. Text only (React text).
import { useEffect, useRef } from 'react';
import { marksCell, marksParagraph, marksRow, quotedFigure } from '../lib/original';
import type { Evidence, OriginalBlock, OriginalBlockCell } from '../lib/types';

const HEADING = /(?:^|>)h([1-6])(?:\[\d+\])?$/;

function rowCells(cells: OriginalBlockCell[]): (OriginalBlockCell | null)[] {
  const out: (OriginalBlockCell | null)[] = [];
  let col = 0;
  for (const c of cells) {
    for (; col < c.col; col++) out.push(null);
    out.push(c);
    col = c.col + (c.span ?? 1);
  }
  return out;
}

export function BlocksView({ blocks, evidence, focusKey }: { blocks: OriginalBlock[]; evidence: Evidence[]; focusKey: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector('[data-evidence=true], .evidence-row')?.scrollIntoView({ block: 'center' });
  }, [blocks, focusKey]);
  if (!blocks.length) return <p className="muted">没有内容。</p>;
  return (
    <div className="blocks-view" ref={ref} data-testid="blocks-view">
      {blocks.map((b, i) => {
        if (b.kind === 'paragraph') {
          const marked = marksParagraph(b, evidence);
          const h = b.path ? HEADING.exec(b.path) : null;
          return (
            <div key={i} className={`orig-block${h ? ` orig-h orig-h${h[1]}` : ''}${marked ? ' evidence' : ''}`} data-testid="orig-paragraph" data-paragraph={b.paragraph} data-path={b.path} data-evidence={marked ? 'true' : undefined} title={b.path ?? (b.paragraph != null ? `第 ${b.paragraph} 段` : undefined)}>
              <span className="block-no">{b.paragraph ?? ''}</span>
              <span className="block-text">{b.text}</span>
            </div>
          );
        }
        return (
          <div key={i} className="orig-block orig-table-wrap" title={b.path}>
            <table className="orig-table" data-path={b.path}>
              <tbody>
                {b.rows.map((row, ri) => {
                  const rowMarked = marksRow(row, evidence);
                  return (
                    <tr key={ri} className={rowMarked ? 'evidence-row' : undefined} data-path={row.path} data-paragraph={row.paragraph}>
                      {rowCells(row.cells).map((c, ci) => {
                        if (!c) return <td key={ci} />;
                        const marked = marksCell(c, evidence);
                        const quoted = !marked && rowMarked && quotedFigure(c.text, evidence);
                        return (
                          <td key={ci} colSpan={c.span} className={marked ? 'evidence' : quoted ? 'quoted' : undefined} data-testid="orig-cell" data-path={c.path} data-evidence={marked ? 'true' : undefined} data-quoted={quoted ? 'true' : undefined} title={c.path ?? (c.paragraph != null ? `第 ${c.paragraph} 段` : undefined)}>
                            {c.text}
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        );
      })}
    </div>
  );
}
