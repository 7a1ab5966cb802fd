/** The XLSX workbook, read back with exceljs: findings sheet, one sheet per table with numeric cells. */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { buildReport } from './export.js';
import { findingFingerprint } from '../rules/fingerprint.js';
import { FINDINGS_SHEET, SUMMARY_SHEET } from './xlsx.js';
import { HAVE_SHARED, SHARED_PDF, analyzed, generatedSample } from './testing.js';
import type { ReportInput } from './review.js';

async function workbook(input: ReportInput) {
  const r = await buildReport('xlsx', input);
  expect(r.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  expect(r.fileName).toMatch(/\.findings\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(r.body as never);
  return wb;
}

function checkFindings(wb: ExcelJS.Workbook, input: ReportInput) {
  const ws = wb.getWorksheet(FINDINGS_SHEET)!;
  expect(ws).toBeDefined();
  const header = (ws.getRow(1).values as unknown[]).slice(1);
  expect(header).toEqual(['规则', '规则名称', '类别', '严重程度', '问题说明', '所列', '应为', '位置', '原文', '建议改为', '复核', '指纹']);
  expect(ws.rowCount).toBe(input.findings.length + 1);
  input.findings.forEach((f, i) => {
    const row = ws.getRow(i + 2);
    expect(row.getCell(1).value).toBe(f.rule);
    expect(row.getCell(5).value).toBe(f.message);
    expect(String(row.getCell(9).value)).toContain(f.evidence[0]!.text);
    expect(row.getCell(12).value).toBe(findingFingerprint(f));
  });
}

function checkTables(wb: ExcelJS.Workbook, input: ReportInput) {
  // findings, one sheet per table, summary
  expect(wb.worksheets).toHaveLength(input.model.tables.length + 2);
  expect(wb.worksheets.at(-1)!.name).toBe(SUMMARY_SHEET);
  input.model.tables.forEach((t, i) => {
    const ws = wb.worksheets[i + 1]!;
    expect(ws.getCell('A1').value).toBe(t.title);
    const row = t.rows.find((r) => r.values.some(Boolean));
    if (!row) return;
    const idx = row.values.findIndex(Boolean);
    const a = row.values[idx]!;
    // the row is found by its name; the cell is a number with the printed precision as format
    let found = false;
    ws.eachRow((r) => {
      if (found || r.getCell(2).value !== row.name) return;
      const c = r.getCell(idx + 3);
      expect(c.value).toBe(a.value.toNumber());
      expect(typeof c.value).toBe('number');
      expect(c.numFmt).toBe(a.precision ? `#,##0.${'0'.repeat(a.precision)}` : '#,##0');
      found = true;
    });
    expect(found, t.title).toBe(true);
  });
}

describe('xlsx report', () => {
  it('generated sample: findings with reviews, every table as numbers', async () => {
    const input = await generatedSample();
    expect(input.model.tables.length).toBeGreaterThan(3);
    const f = input.findings[0]!;
    const reviews = new Map([[findingFingerprint(f), { status: 'confirmed', comment: '属实', by: '张三', at: new Date('2026-12-05T10:00:00Z') }]]);
    const wb = await workbook({ ...input, reviews });
    checkFindings(wb, input);
    expect(wb.getWorksheet(FINDINGS_SHEET)!.getRow(2).getCell(11).value).toBe('已确认（张三，2026-12-05 10:00:00）：意见：属实');
    checkTables(wb, input);
  });

  it.skipIf(!HAVE_SHARED)('shared PDF: findings and tables read back', async () => {
    const input = await analyzed(SHARED_PDF);
    const wb = await workbook(input);
    checkFindings(wb, input);
    checkTables(wb, input);
  });
});
