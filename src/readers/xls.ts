/**
 * Legacy .xls (BIFF, SheetJS `xlsx` 0.18.5, used for .xls only): like the .xlsx reader — sheets are
 * pages, rows lines of grid cells, merges span, hidden rows/columns skipped, numbers as formatted.
 */
import { readFileSync } from 'node:fs';
import XLSX from 'xlsx';
import { GridDocumentBuilder, a1, type GridCell } from './grid.js';
import { formatNumber } from './number-format.js';
import { withLines, xlsOriginal } from './sheet-original.js';
import { MAX_SHEET_CELLS } from './xlsx.js';
import { NDocument, ReadError } from './types.js';

export const MAX_XLS_BYTES = 50 * 1024 * 1024;

function text(c: XLSX.CellObject): string {
  if (c.t === 'n' && typeof c.v === 'number') return formatNumber(c.v, typeof c.z === 'string' ? c.z : undefined);
  if (c.t === 'e' || c.v === undefined || c.v === null) return '';
  if (c.t === 'b') return c.v ? 'TRUE' : 'FALSE';
  if (c.w !== undefined) return c.w;
  return String(c.v);
}

export function readXls(file: string, buf: Buffer = readFileSync(file)): NDocument {
  if (buf.length > MAX_XLS_BYTES) throw new ReadError(file, 'too-large', `${file}: 文件过大（上限 ${MAX_XLS_BYTES / 1048576} MB）`);
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(buf, { type: 'buffer', cellNF: true, cellText: true, cellDates: false, sheetRows: 200_000 });
  } catch (e) {
    throw new ReadError(file, 'corrupt', `${file}: Excel 文件无法解析（${String((e as Error).message ?? e).split('\n')[0].slice(0, 80)}）`);
  }
  const b = new GridDocumentBuilder(file, 'xls');
  let total = 0;
  wb.SheetNames.forEach((sheet, si) => {
    if (wb.Workbook?.Sheets?.[si]?.Hidden) return;
    const ws = wb.Sheets[sheet];
    if (!ws || !ws['!ref']) return;
    b.newPage();
    const firstLine = b.lineCount;
    const range = XLSX.utils.decode_range(ws['!ref']);
    const keys = Object.keys(ws).filter((k) => k[0] !== '!');
    total += keys.length;
    if (total > MAX_SHEET_CELLS) throw new ReadError(file, 'too-large', `${file}: 表格单元格过多（超过 ${MAX_SHEET_CELLS} 个）`);
    const hiddenCol = (c: number) => !!ws['!cols']?.[c]?.hidden;
    const colIndex: number[] = [];
    let k = 0;
    for (let c = 0; c <= range.e.c; c++) colIndex[c] = hiddenCol(c) ? -1 : k++;
    const span = new Map<string, number>();
    const covered = new Set<string>();
    for (const m of ws['!merges'] ?? []) {
      let n = 0;
      for (let c = m.s.c; c <= m.e.c; c++) if (!hiddenCol(c)) n++;
      span.set(a1(m.s.r, m.s.c), n);
      for (let r = m.s.r; r <= m.e.r; r++) for (let c = m.s.c; c <= m.e.c; c++) if (r !== m.s.r || c !== m.s.c) covered.add(a1(r, c));
    }
    // cells by row, from the sheet's own keys (a sparse sheet with a huge range costs nothing)
    const rows = new Map<number, GridCell[]>();
    for (const key of keys) {
      const { r, c } = XLSX.utils.decode_cell(key);
      if (ws['!rows']?.[r]?.hidden || colIndex[c] < 0 || covered.has(key)) continue;
      const t = text(ws[key] as XLSX.CellObject);
      if (!t) continue;
      let row = rows.get(r);
      if (!row) rows.set(r, (row = []));
      row.push({ text: t, col: colIndex[c] ?? c, span: span.get(key) ?? 1, loc: { sheet, cell: key } });
    }
    for (const r of [...rows.keys()].sort((x, y) => x - y)) b.row(rows.get(r)!, { sheet });
    b.endSheet(sheet, firstLine);
  });
  const doc = b.done();
  if (!doc.lines.length) throw new ReadError(file, 'empty', `${file}: 工作簿中没有可读的内容（各工作表为空或已隐藏）`);
  doc.original = withLines(xlsOriginal(wb, text), doc);
  return doc;
}
