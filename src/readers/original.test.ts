/** The original view the readers keep is bounded: far cells, wide sheets and long documents are cut and flagged. */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderSampleFormat } from '../sample/formats/index.js';
import { wordDocument } from './word-blocks.js';
import { htmlToDocument } from './html/index.js';
import { readDocument } from './index.js';
import { MAX_ORIGINAL_BLOCKS, MAX_SHEET_COLS, MAX_SHEET_ROWS } from './original.js';

const dir = mkdtempSync(join(tmpdir(), 'budgetlens-original-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('original view caps', () => {
  it('a sheet with a cell far below and one far right: the grid stops at the caps and says truncated; merges and hidden flags kept', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表1 收支总表');
    ws.getCell('A1').value = '收支总表';
    ws.getCell('A2').value = '项目';
    ws.getCell('B2').value = 12.3;
    ws.getCell('B2').numFmt = '0.00';
    ws.mergeCells('A1:C1');
    ws.getRow(3).getCell(1).value = '隐藏行';
    ws.getRow(3).hidden = true;
    ws.getCell(MAX_SHEET_ROWS + 5, 1).value = '很远的一行';
    ws.getCell(2, MAX_SHEET_COLS + 3).value = '很远的一列';
    wb.addWorksheet('草稿', { state: 'hidden' }).getCell('A1').value = '隐藏的表';
    const file = join(dir, 'far.xlsx');
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    const o = (await readDocument(file)).original;
    if (o?.kind !== 'sheets') throw new Error('no sheets');
    expect(o.truncated).toBe(true);
    const [s, hidden] = o.sheets;
    expect(s.truncated).toBe(true);
    expect(s.rowCount).toBe(3);
    expect(s.colCount).toBe(2);
    expect(s.cells.map((c) => `${c.ref}=${c.text}`)).toEqual(['A1=收支总表', 'A2=项目', 'B2=12.30', 'A3=隐藏行']);
    expect(s.merges).toEqual(['A1:C1']);
    expect(s.hiddenRows).toEqual([2]);
    // cells read carry their line; the hidden row's was not read
    expect(s.cells.map((c) => c.line)).toEqual([1, 2, 2, undefined]);
    expect(hidden).toMatchObject({ name: '草稿', hidden: true, cells: [{ ref: 'A1', text: '隐藏的表' }] });
  });

  it('a page with more blocks than the cap keeps the first ones and says truncated', () => {
    const html = `<html><body>${Array.from({ length: MAX_ORIGINAL_BLOCKS + 20 }, (_, i) => `<p>第${i + 1}段</p>`).join('')}</body></html>`;
    const doc = htmlToDocument('long.html', html);
    expect(doc.lines).toHaveLength(MAX_ORIGINAL_BLOCKS + 20);
    const o = doc.original;
    if (o?.kind !== 'blocks') throw new Error('no blocks');
    expect(o.truncated).toBe(true);
    expect(o.blocks).toHaveLength(MAX_ORIGINAL_BLOCKS);
    expect(o.blocks[4]).toEqual({ kind: 'paragraph', text: '第5段', paragraph: 5, path: 'html>body>p[5]', lines: [5] });
  });

  it('.xls: every sheet with its displayed cells and merges (as the .xlsx reader)', async () => {
    const file = join(dir, 'sample.xls');
    writeFileSync(file, (await renderSampleFormat({ kind: 'final', seed: 4 }, 'xls')).data);
    const doc = await readDocument(file);
    const o = doc.original;
    if (o?.kind !== 'sheets') throw new Error('no sheets');
    expect(o.sheets.length).toBeGreaterThan(5);
    expect(o.sheets.some((s) => s.merges.length)).toBe(true);
    // every cell the reader read is in the view at its A1 ref, with its text as displayed (the reader's is normalised: `目 录` → `目录`)
    const view = new Map(o.sheets.flatMap((s) => s.cells.map((c) => [`${s.name}!${c.ref}`, c.text] as const)));
    const bare = (t: string | undefined) => t?.replace(/\s+/g, '');
    const read = doc.lines.flatMap((l) => l.cells.filter((c) => c.loc?.cell));
    expect(read.length).toBeGreaterThan(200);
    for (const c of read) expect(bare(view.get(`${c.loc!.sheet}!${c.loc!.cell}`)), `${c.loc!.sheet}!${c.loc!.cell}`).toBe(bare(c.text));
  });

  it('.doc: paragraphs numbered, tab-separated rows grouped into a table with their paragraph numbers', () => {
    const body = '部门预算公开\n一、收支总体情况\n项目\t金额\n合计\t1,234.56\n\n说明：单位万元\n';
    const doc = wordDocument('a.doc', 'doc', body.split('\n').map((text) => ({ kind: 'paragraph' as const, text })));
    expect(doc.original).toEqual({
      kind: 'blocks',
      blocks: [
        { kind: 'paragraph', text: '部门预算公开', paragraph: 1, lines: [1] },
        { kind: 'paragraph', text: '一、收支总体情况', paragraph: 2, lines: [2] },
        {
          kind: 'table',
          rows: [
            { line: 3, paragraph: 3, cells: [{ text: '项目', col: 0, paragraph: 3 }, { text: '金额', col: 1, paragraph: 3 }] },
            { line: 4, paragraph: 4, cells: [{ text: '合计', col: 0, paragraph: 4 }, { text: '1,234.56', col: 1, paragraph: 4 }] },
          ],
        },
        { kind: 'paragraph', text: '说明：单位万元', paragraph: 5, lines: [5] },
      ],
    });
  });
});
