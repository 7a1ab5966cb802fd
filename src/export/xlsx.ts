/** One sheet of tidy rows as .xlsx (exceljs): a header row, numbers as numbers, the rest as text. */
import ExcelJS from 'exceljs';

export async function xlsx(sheet: string, header: string[], rows: Record<string, unknown>[], numeric: Set<string>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.addRow(header);
  ws.getRow(1).font = { bold: true };
  for (const r of rows) {
    ws.addRow(
      header.map((h) => {
        const v = r[h];
        if (v === undefined || v === null || v === '') return null;
        // exact decimals stay text unless the column is numeric and the figure fits a double exactly enough to show
        if (numeric.has(h) && /^-?\d+(\.\d+)?$/.test(String(v))) return Number(v);
        return String(v);
      }),
    );
  }
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
