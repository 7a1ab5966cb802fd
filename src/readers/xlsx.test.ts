/**
 * The spreadsheet readers on hand-built workbooks: merged title and header cells, formulas by cached
 * value, number formats as printed, hidden rows, columns and sheets, evidence by sheet and cell.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { readDocument } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'budgetlens-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('收入决算表');
  ws.getCell('A1').value = '2024年度收入决算表';
  ws.mergeCells('A1:E1');
  ws.getCell('E2').value = '单位：万元';
  ws.getCell('A3').value = '项目';
  ws.mergeCells('A3:A4');
  ws.getCell('B3').value = '本年收入';
  ws.mergeCells('B3:D3');
  ws.getCell('B4').value = '小计';
  ws.getCell('C4').value = '财政拨款';
  ws.getCell('D4').value = '其他';
  ws.getCell('E3').value = '占比';
  ws.getCell('A5').value = '合计';
  ws.getCell('B5').value = { formula: 'C5+D5', result: 12.3 };
  ws.getCell('B5').numFmt = '#,##0.00';
  ws.getCell('C5').value = 10;
  ws.getCell('C5').numFmt = '0.00';
  ws.getCell('D5').value = 2.3;
  ws.getCell('D5').numFmt = '0.00';
  ws.getCell('E5').value = 0.8130081;
  ws.getCell('E5').numFmt = '0.0%';
  ws.getCell('F5').value = '隐藏列';
  ws.getColumn(6).hidden = true;
  ws.getCell('A6').value = '草稿行';
  ws.getRow(6).hidden = true;
  ws.getCell('C7').value = { formula: 'C5*2' } as ExcelJS.CellFormulaValue; // never calculated: no cached result
  ws.getCell('A7').value = '行政运行';
  ws.getCell('B7').value = 1234567.5;
  ws.getCell('B7').numFmt = '#,##0.00';
  const hidden = wb.addWorksheet('底稿');
  hidden.getCell('A1').value = '不应读出';
  hidden.state = 'hidden';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('spreadsheets', () => {
  it('.xlsx: merged cells, formulas, number formats, hidden rows/columns/sheets, evidence', async () => {
    const f = join(dir, 'a.xlsx');
    writeFileSync(f, await workbook());
    const doc = await readDocument(f);
    expect(doc.format).toBe('xlsx');
    expect(doc.geometry).toBe('grid');
    expect(doc.lines.map((l) => l.text)).toEqual(['2024年度收入决算表', '\t\t\t\t单位：万元', '项目\t本年收入\t\t\t占比', '\t小计\t财政拨款\t其他', '合计\t12.30\t10.00\t2.30\t81.3%', '行政运行\t1,234,567.50']);
    expect(doc.pages).toHaveLength(1);
    expect(doc.warnings.map((w) => w.code)).toEqual(['formula-without-value']);
    expect(doc.warnings[0].message).toContain('收入决算表!C7');
    const head = doc.lines[2].cells;
    expect([head[1].x0, head[1].x1]).toEqual([8, 32]); // 本年收入 spans B:D
    expect(doc.lines[4].cells[4].loc).toEqual({ sheet: '收入决算表', cell: 'E5' });
  });

  it('.xls (BIFF8): the same workbook converted by SheetJS reads the same figures and merges', async () => {
    const wb = XLSX.read(await workbook(), { type: 'buffer', cellNF: true });
    const f = join(dir, 'a.xls');
    writeFileSync(f, XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer);
    const doc = await readDocument(f);
    expect(doc.format).toBe('xls');
    const texts = doc.lines.map((l) => l.text);
    // (SheetJS writes no hidden flags to BIFF8: the hidden row and column come back visible here)
    expect(texts.some((t) => t.startsWith('合计\t12.30\t10.00\t2.30\t81.3%'))).toBe(true);
    expect(texts).toContain('项目\t本年收入\t\t\t占比');
    expect(texts).toContain('行政运行\t1,234,567.50');
    expect(doc.lines.find((l) => l.text.startsWith('合计'))!.cells[1].loc).toEqual({ sheet: '收入决算表', cell: 'B5' });
  });

  it('a title printed only on the sheet tab becomes the first line of the sheet; a printed title is not doubled', async () => {
    const wb = new ExcelJS.Workbook();
    const a = wb.addWorksheet('表2 一般公共预算支出表');
    a.getCell('A1').value = '单位：万元';
    a.getCell('A2').value = '科目名称';
    a.getCell('B2').value = '合计';
    const b = wb.addWorksheet('表3 基本支出表');
    b.getCell('A1').value = '2024年基本支出表';
    b.getCell('A2').value = '注：本表为空表';
    const f = join(dir, 'tabs.xlsx');
    writeFileSync(f, Buffer.from(await wb.xlsx.writeBuffer()));
    const doc = await readDocument(f);
    expect(doc.lines.map((l) => [l.page, l.text])).toEqual([
      [1, '表2 一般公共预算支出表'],
      [1, '单位：万元'],
      [1, '科目名称\t合计'],
      [2, '2024年基本支出表'],
      [2, '注：本表为空表'],
    ]);
    expect(doc.lines.map((l) => l.index)).toEqual([0, 1, 2, 3, 4]);
    expect(doc.lines[0].loc).toEqual({ sheet: '表2 一般公共预算支出表' });
  });
});
