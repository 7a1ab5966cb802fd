/**
 * A generated disclosure as an .xlsx workbook: each table on a sheet of its own (title, unit row,
 * merged header cells, figures stored as numbers with the number format that prints them as in the
 * text), the narrative between tables on sheets of its own (one paragraph per row). Some sheets carry
 * a hidden row and a hidden column of scratch figures, which readers must skip; in some documents a
 * table's title is only the sheet's name.
 */
import ExcelJS from 'exceljs';
import XLSX from 'xlsx';
import { asSpreadsheetNumber, rowCells, toBlocks, type FormatBlock } from './blocks.js';
import type { OutLine } from '../render.js';

function setCell(ws: ExcelJS.Worksheet, r: number, c: number, text: string): void {
  const cell = ws.getCell(r, c);
  const n = asSpreadsheetNumber(text);
  if (n) {
    cell.value = n.value;
    cell.numFmt = n.numFmt;
  } else cell.value = text;
}

/** Whether a text can name a sheet (at most 31 characters, none of `:\\/?*[]`, not taken). */
function sheetName(text: string, wb: ExcelJS.Workbook): boolean {
  return text.length <= 31 && !/[:\\/?*[\]]/.test(text) && !wb.worksheets.some((w) => w.name === text);
}

export async function renderXlsx(lines: OutLine[], seed: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const blocks = toBlocks(lines);
  let ws: ExcelJS.Worksheet | null = null;
  let row = 0;
  let kind: 'text' | 'table' | null = null;
  let nText = 0;
  let nTable = 0;
  const sheet = (k: 'text' | 'table', name?: string) => {
    ws = wb.addWorksheet(name ?? (k === 'text' ? `说明${++nText}` : `表${++nTable}`));
    ws.getColumn(1).width = 40;
    kind = k;
    row = 0;
    return ws;
  };
  for (let i = 0; i < blocks.length; i++) {
    const b: FormatBlock = blocks[i];
    if (b.t === 'p') {
      // a table's title and note go on the table's sheet
      const tableSide = b.kind === 'table-title' || b.kind === 'table-note';
      // every table on its own sheet (a title printed on two lines stays on one sheet)
      const prev = blocks[i - 1];
      if (b.kind === 'table-title' && !(prev?.t === 'p' && prev.kind === 'table-title')) {
        // every fourth document prints a one-line title on the sheet tab only
        const next = blocks[i + 1];
        if (seed % 4 === 1 && !(next?.t === 'p' && next.kind === 'table-title') && sheetName(b.text, wb)) {
          sheet('table', b.text);
          continue;
        }
        sheet('table');
      } else if (!tableSide && kind !== 'text') sheet('text');
      ws!.getCell(++row, 1).value = b.text;
      continue;
    }
    if (kind !== 'table') sheet('table');
    const w = ws!;
    const hide = seed % 3 === 0;
    b.rows.forEach((r, ri) => {
      row++;
      for (const c of rowCells(r)) {
        if (!c.text && c.from === c.to) continue;
        setCell(w, row, c.from + 1, c.text);
        if (c.to > c.from) w.mergeCells(row, c.from + 1, row, c.to + 1);
      }
      if (hide && ri === 0) {
        // a hidden scratch row under the first row
        row++;
        w.getCell(row, 1).value = '（内部核对行，隐藏）';
        w.getCell(row, 2).value = 999999.99;
        w.getRow(row).hidden = true;
      }
    });
    if (hide) {
      const col = w.getColumn(b.width + 1);
      col.hidden = true;
      w.getCell(row, b.width + 1).value = 123456.78;
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * The same workbook as legacy .xls (BIFF8, SheetJS): number formats and merges kept. SheetJS does not
 * write hidden rows/columns to BIFF8, so the hidden scratch cells are left out of the .xls.
 */
export function renderXls(xlsx: Buffer): Buffer {
  const wb = XLSX.read(xlsx, { type: 'buffer', cellNF: true, cellStyles: true });
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    for (const key of Object.keys(ws)) {
      if (key[0] === '!') continue;
      const { r, c } = XLSX.utils.decode_cell(key);
      if (ws['!rows']?.[r]?.hidden || ws['!cols']?.[c]?.hidden) delete ws[key];
    }
  }
  return Buffer.from(XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer);
}
