/**
 * The XLSX workbook of one document: a findings sheet, then one sheet per extracted table (amounts as
 * numbers formatted with their printed precision), then a summary sheet.
 */
import ExcelJS from 'exceljs';
import type { Amount, Row, Table } from '../model/types.js';
import { summarize } from './json.js';
import { identityLine } from './text.js';
import { CATEGORY_LABEL, SEVERITY_LABEL, reportFindings, reviewText, shownName, whereText, type ReportInput } from './review.js';

export const FINDINGS_SHEET = '问题清单';
export const SUMMARY_SHEET = '概况';

const FINDING_COLUMNS = [
  { header: '规则', key: 'rule', width: 28 },
  { header: '规则名称', key: 'title', width: 28 },
  { header: '类别', key: 'category', width: 14 },
  { header: '严重程度', key: 'severity', width: 9 },
  { header: '问题说明', key: 'message', width: 60 },
  { header: '所列', key: 'stated', width: 14 },
  { header: '应为', key: 'expected', width: 14 },
  { header: '位置', key: 'page', width: 12 },
  { header: '原文', key: 'quote', width: 60 },
  { header: '建议改为', key: 'suggestion', width: 60 },
  { header: '复核', key: 'review', width: 40 },
  { header: '指纹', key: 'fingerprint', width: 18 },
];

/** Excel's sheet-name rules: ≤ 31 characters, none of []:*?/\, unique (case-insensitive). */
function sheetName(title: string, used: Set<string>): string {
  const base = title.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 28) || '表';
  let name = base;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base.slice(0, 26)}(${i})`;
  used.add(name.toLowerCase());
  return name;
}

const numFmt = (precision: number) => (precision > 0 ? `#,##0.${'0'.repeat(precision)}` : '#,##0');

function addRows(ws: ExcelJS.Worksheet, rows: Row[], width: number) {
  for (const r of rows) {
    const wr = ws.addRow([r.code ?? '', r.name, ...r.values.slice(0, width).map((a: Amount | null) => (a ? a.value.toNumber() : null))]);
    r.values.forEach((a, i) => {
      if (a) wr.getCell(i + 3).numFmt = numFmt(a.precision);
    });
    if (r.isTotal) wr.font = { bold: true };
  }
}

function addTableSheet(wb: ExcelJS.Workbook, t: Table, n: number, used: Set<string>) {
  const ws = wb.addWorksheet(sheetName(`${t.number ?? n} ${t.title}`, used));
  ws.addRow([t.title]).font = { bold: true, size: 13 };
  ws.addRow([`单位：${t.unit}${t.page !== undefined ? `　第${t.page}页` : ''}`]);
  if (t.emptyStatement) ws.addRow([t.emptyStatement.text]);
  const header = (cols: Table['columns']) => (ws.addRow(['科目编码', '项目', ...cols.map((c) => c.name)]).font = { bold: true });
  header(t.columns);
  addRows(ws, t.rows, t.columns.length);
  if (t.rightRows) {
    ws.addRow([]);
    header(t.rightColumns ?? []);
    addRows(ws, t.rightRows, (t.rightColumns ?? []).length);
  }
  ws.getColumn(1).width = 12;
  ws.getColumn(2).width = 36;
  for (let i = 3; i <= Math.max(t.columns.length, t.rightColumns?.length ?? 0) + 2; i++) ws.getColumn(i).width = 16;
}

export async function xlsxReport(input: ReportInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'budgetlens';
  const used = new Set<string>([FINDINGS_SHEET, SUMMARY_SHEET].map((s) => s.toLowerCase()));
  const ws = wb.addWorksheet(FINDINGS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = FINDING_COLUMNS;
  ws.getRow(1).font = { bold: true };
  for (const it of reportFindings(input)) {
    const f = it.finding;
    ws.addRow({
      rule: f.rule,
      title: it.title,
      category: it.category ? CATEGORY_LABEL[it.category] : '',
      severity: SEVERITY_LABEL[f.severity],
      message: f.message,
      stated: f.stated ?? '',
      expected: f.expected ?? '',
      page: whereText(f),
      quote: f.evidence.map((e) => e.text).join('\n'),
      suggestion: f.suggestion ?? '',
      review: reviewText(it.review),
      fingerprint: it.fingerprint,
    });
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: FINDING_COLUMNS.length } };
  input.model.tables.forEach((t, i) => addTableSheet(wb, t, i + 1, used));
  const s = summarize(input.findings);
  const sum = wb.addWorksheet(SUMMARY_SHEET);
  sum.addRows([
    ['文件', shownName(input)],
    ['文档', identityLine(input.model)],
    ['错误', s.error],
    ['警告', s.warning],
    ['提示', s.info],
    ['报表数', input.model.tables.length],
  ]);
  sum.getColumn(1).width = 10;
  sum.getColumn(2).width = 60;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
