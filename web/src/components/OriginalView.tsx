// The original of a spreadsheet, Word document or web page as its reader saw it (GET …/original),
// with the selected finding's evidence marked: sheet tabs + grid for workbooks (the tab switched to
// the evidence's sheet), paragraphs and tables for Word and HTML.
import { useEffect, useMemo, useState } from 'react';
import { sheetMarks } from '../lib/original';
import type { Evidence, Original, OriginalSheet } from '../lib/types';
import { BlocksView } from './BlocksView';
import { SheetGrid } from './SheetGrid';

const NONE = new Set<string>();
const NO_SHEETS: OriginalSheet[] = [];

export function OriginalView({ original, evidence, focusKey }: { original: Original; evidence: Evidence[]; focusKey: string }) {
  const sheets = original.kind === 'sheets' ? original.sheets : NO_SHEETS;
  const marks = useMemo(() => sheetMarks(evidence, sheets), [evidence, sheets]);
  const [active, setActive] = useState(() => sheets.findIndex((s) => !s.hidden));
  // a newly selected finding shows its evidence's sheet
  useEffect(() => {
    const i = marks.sheet ? sheets.findIndex((s) => s.name === marks.sheet) : -1;
    if (i >= 0) setActive(i);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on a new selection only
  }, [focusKey, original]);

  const truncated = original.truncated ? <p className="notice small">原文较大，只显示了前一部分。</p> : null;
  if (original.kind === 'blocks')
    return (
      <div className="original-view" data-testid="original-view">
        {truncated}
        <BlocksView blocks={original.blocks} evidence={evidence} focusKey={focusKey} />
      </div>
    );
  const sheet = sheets[Math.max(0, active)];
  return (
    <div className="original-view" data-testid="original-view">
      <div className="sheet-tabs" role="tablist">
        {sheets.map((s, i) => (
          <button key={i} type="button" role="tab" aria-selected={s === sheet} className={`${s === sheet ? 'active' : ''}${s.hidden ? ' hidden-sheet' : ''}`} data-testid="sheet-tab" data-sheet={s.name} onClick={() => setActive(i)} title={s.hidden ? '隐藏的工作表（不参与检查）' : undefined}>
            {s.name}
            {s.hidden ? '（隐藏）' : ''}
            {marks.cells.has(s.name) || marks.sheet === s.name ? <span className="evidence-dot" aria-label="含证据"> ●</span> : null}
          </button>
        ))}
      </div>
      {truncated}
      {sheet ? <SheetGrid sheet={sheet} marked={marks.cells.get(sheet.name) ?? NONE} evidence={evidence} focusKey={focusKey} /> : <p className="muted">没有工作表。</p>}
    </div>
  );
}
