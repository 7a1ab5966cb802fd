/**
 * The original view of a workbook (`NDocument.original`): every sheet, hidden ones flagged, with
 * its cells as displayed, merged ranges and hidden rows/columns — what the readers skip is shown
 * (flagged) here, so a reviewer sees the sheet as Excel has it.
 */
import type ExcelJS from 'exceljs';
import XLSX from 'xlsx';
import { a1 } from './grid.js';
import { SheetsRecorder, type OriginalView } from './original.js';
import type { NDocument } from './types.js';

/** .xlsx (exceljs): `text` is the reader's displayed text of a cell. */
export function xlsxOriginal(wb: ExcelJS.Workbook, text: (cell: ExcelJS.Cell) => string): OriginalView {
  const rec = new SheetsRecorder();
  for (const ws of wb.worksheets) {
    const merges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
    const covered = new Set<string>();
    for (const m of merges.slice(0, 1000)) {
      const [tl, br] = m.split(':');
      const m0 = ws.getCell(tl);
      const m1 = ws.getCell(br ?? tl);
      const rows = Math.min(Number(m1.row), Number(m0.row) + 1000);
      const cols = Math.min(Number(m1.col), Number(m0.col) + 100);
      for (let r = Number(m0.row); r <= rows; r++) for (let c = Number(m0.col); c <= cols; c++) if (r !== Number(m0.row) || c !== Number(m0.col)) covered.add(a1(r - 1, c - 1));
    }
    const hiddenRows: number[] = [];
    const hiddenCols: number[] = [];
    for (let c = 1; c <= Math.min(ws.columnCount, 1000); c++) if (ws.getColumn(c).hidden) hiddenCols.push(c - 1);
    const s = rec.sheet(ws.name, { hidden: ws.state !== 'visible', merges, hiddenCols });
    ws.eachRow({ includeEmpty: false }, (row) => {
      if (row.hidden) hiddenRows.push(Number(row.number) - 1);
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (!covered.has(cell.address)) rec.cell(s, cell.address, Number(cell.row) - 1, Number(cell.col) - 1, () => text(cell));
      });
    });
    s.hiddenRows = hiddenRows;
  }
  return rec.done();
}

/** .xls (SheetJS): `text` is the reader's displayed text of a cell. */
export function xlsOriginal(wb: XLSX.WorkBook, text: (c: XLSX.CellObject) => string): OriginalView {
  const rec = new SheetsRecorder();
  wb.SheetNames.forEach((name, si) => {
    const ws = wb.Sheets[name];
    if (!ws) return;
    const merges = (ws['!merges'] ?? []).map((m) => XLSX.utils.encode_range(m));
    const covered = new Set<string>();
    for (const m of (ws['!merges'] ?? []).slice(0, 1000))
      for (let r = m.s.r; r <= Math.min(m.e.r, m.s.r + 1000); r++) for (let c = m.s.c; c <= Math.min(m.e.c, m.s.c + 100); c++) if (r !== m.s.r || c !== m.s.c) covered.add(a1(r, c));
    const hiddenRows: number[] = [];
    (ws['!rows'] ?? []).forEach((r, i) => r?.hidden && hiddenRows.push(i));
    const hiddenCols: number[] = [];
    (ws['!cols'] ?? []).forEach((c, i) => c?.hidden && hiddenCols.push(i));
    const s = rec.sheet(name, { hidden: !!wb.Workbook?.Sheets?.[si]?.Hidden, merges, hiddenRows, hiddenCols });
    for (const key of Object.keys(ws)) {
      if (key[0] === '!' || covered.has(key)) continue;
      const { r, c } = XLSX.utils.decode_cell(key);
      rec.cell(s, key, r, c, () => text(ws[key] as XLSX.CellObject));
    }
  });
  return rec.done();
}

/** Puts on each cell of the view the line the reader read it into (a place given by line finds its cells). */
export function withLines(view: OriginalView, doc: NDocument): OriginalView {
  if (view.kind !== 'sheets') return view;
  const at = new Map(view.sheets.flatMap((s) => s.cells.map((c) => [`${s.name}!${c.ref}`, c] as const)));
  for (const l of doc.lines)
    for (const c of l.cells) {
      const v = c.loc?.cell ? at.get(`${c.loc.sheet}!${c.loc.cell}`) : undefined;
      if (v) v.line = l.lineNo;
    }
  return view;
}
