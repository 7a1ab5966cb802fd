/**
 * .xlsx (exceljs): every visible sheet a page; each row a line of grid cells (merged cells at their
 * top-left cell, spanning their columns); hidden rows and columns skipped; numbers as their number
 * format prints them; formulas by their cached result. Evidence: sheet + A1 cell.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { GridDocumentBuilder, a1, type GridCell } from './grid.js';
import { formatNumber } from './number-format.js';
import { withLines, xlsxOriginal } from './sheet-original.js';
import { inflateZip } from './zip-guard.js';
import { NDocument, ReadError } from './types.js';

export const MAX_SHEET_CELLS = 1_000_000;

/** Counts cells (`<c `) and shared strings (`<si>`) before exceljs builds them (huge sheets refused). */
function checkCells(file: string, parts: Map<string, Buffer>): void {
  let cells = 0;
  for (const [name, buf] of parts) {
    // cells of the sheets, and shared strings (which exceljs also builds up front)
    const tag = /^xl\/worksheets\/[^/]+\.xml$/.test(name) ? '<c ' : name === 'xl/sharedStrings.xml' ? '<si>' : null;
    if (!tag) continue;
    for (let i = buf.indexOf(tag); i >= 0; i = buf.indexOf(tag, i + 3)) if (++cells > MAX_SHEET_CELLS) throw new ReadError(file, 'too-large', `${file}: 表格单元格过多（超过 ${MAX_SHEET_CELLS} 个）`);
  }
}

export function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return formatNumber(v, cell.numFmt);
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return `${v.getUTCFullYear()}-${String(v.getUTCMonth() + 1).padStart(2, '0')}-${String(v.getUTCDate()).padStart(2, '0')}`;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('result' in v || 'formula' in v || 'sharedFormula' in v) {
      const r = (v as { result?: unknown }).result;
      if (typeof r === 'number') return formatNumber(r, cell.numFmt);
      if (r === undefined || r === null || typeof r === 'object') return '';
      return String(r);
    }
    if ('text' in v) return String((v as { text: unknown }).text);
    return ''; // errors, unknown objects
  }
  return String(v);
}

export async function readXlsx(file: string, buf: Buffer = readFileSync(file)): Promise<NDocument> {
  const parts = inflateZip(file, buf);
  if (!parts.has('xl/workbook.xml')) throw new ReadError(file, 'unsupported', `${file}: 不是 Excel 工作簿（缺少 xl/workbook.xml）`);
  checkCells(file, parts);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    throw new ReadError(file, 'corrupt', `${file}: Excel 文件无法解析（${String((e as Error).message ?? e).split('\n')[0].slice(0, 80)}）`);
  }
  const b = new GridDocumentBuilder(file, 'xlsx');
  for (const ws of wb.worksheets) {
    if (ws.state !== 'visible') continue;
    b.newPage();
    const firstLine = b.lineCount;
    const sheet = ws.name;
    // merged ranges: span of each master cell, and the cells they cover
    const span = new Map<string, number>();
    const covered = new Set<string>();
    for (const r of ((ws.model as unknown as { merges?: string[] }).merges ?? [])) {
      const [tl, br] = r.split(':');
      const m0 = ws.getCell(tl);
      const m1 = ws.getCell(br ?? tl);
      let hiddenCols = 0;
      for (let c = Number(m0.col); c <= Number(m1.col); c++) if (ws.getColumn(c).hidden) hiddenCols++;
      span.set(m0.address, Number(m1.col) - Number(m0.col) + 1 - hiddenCols);
      for (let rr = Number(m0.row); rr <= Number(m1.row); rr++) for (let c = Number(m0.col); c <= Number(m1.col); c++) if (rr !== Number(m0.row) || c !== Number(m0.col)) covered.add(a1(rr - 1, c - 1));
    }
    // visible columns, renumbered so that hidden ones leave no gap
    const colIndex: number[] = [];
    let k = 0;
    for (let c = 1; c <= ws.columnCount; c++) colIndex[c] = ws.getColumn(c).hidden ? -1 : k++;
    ws.eachRow({ includeEmpty: false }, (row) => {
      if (row.hidden) return;
      const cells: GridCell[] = [];
      row.eachCell({ includeEmpty: false }, (cell) => {
        const ci = colIndex[Number(cell.col)] ?? Number(cell.col) - 1;
        if (ci < 0 || covered.has(cell.address)) return;
        const text = cellText(cell);
        const v = cell.value;
        if (!text && v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v) && (v as { result?: unknown }).result === undefined)
          b.warn('formula-without-value', `${sheet}!${cell.address}：公式没有保存计算结果，按空白读取（请在 Excel 中重新计算并保存）`);
        if (text) cells.push({ text, col: ci, span: span.get(cell.address) ?? 1, loc: { sheet, cell: cell.address } });
      });
      b.row(cells, { sheet });
    });
    b.endSheet(sheet, firstLine);
  }
  const doc = b.done();
  if (!doc.lines.length) throw new ReadError(file, 'empty', `${file}: 工作簿中没有可读的内容（各工作表为空或已隐藏）`);
  doc.original = withLines(xlsxOriginal(wb, cellText), doc);
  return doc;
}
