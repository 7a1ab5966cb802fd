import { describe, expect, it } from 'vitest';
import { renderSample } from '../sample/generate.js';
import { textToDocument } from '../readers/text.js';
import { buildModel } from '../extract/index.js';
import { TIDY_HEADER, tidyRows } from './tidy.js';
import { parseCsv, toCsv } from './csv.js';
import { xlsx } from './xlsx.js';
import ExcelJS from 'exceljs';

describe('tidy cells export', () => {
  const m = buildModel(textToDocument('a.txt', renderSample({ kind: 'budget', seed: 7 }).text));
  const rows = tidyRows([m]);
  it('has one row per printed cell, with its source', () => {
    const cells = m.tables.reduce((n, t) => n + [...t.rows, ...(t.rightRows ?? [])].reduce((k, r) => k + r.values.filter(Boolean).length, 0), 0);
    expect(rows.length).toBe(cells);
    expect(rows.every((r) => r.file === 'a.txt' && Number(r.line) > 0)).toBe(true);
    const back = parseCsv(toCsv(TIDY_HEADER, rows));
    expect(back.length).toBe(rows.length + 1);
    expect(back[1][TIDY_HEADER.indexOf('value')]).toBe(rows[0].value);
  });
  it('writes an XLSX workbook with the cells (read back with exceljs)', async () => {
    const b = await xlsx('cells', TIDY_HEADER, rows, new Set(['value']));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(b as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('cells')!;
    expect(ws.rowCount).toBe(rows.length + 1);
    expect(ws.getRow(2).getCell(TIDY_HEADER.indexOf('value') + 1).value).toBe(Number(rows[0].value));
    expect(ws.getRow(2).getCell(TIDY_HEADER.indexOf('file') + 1).value).toBe('a.txt');
  });
});
