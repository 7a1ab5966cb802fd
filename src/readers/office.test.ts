/**
 * Hostile and mislabelled input for the Word/Excel/HTML readers: zip bombs (declared and lying),
 * huge sheets, deeply nested HTML, truncated files, wrong extensions, encrypted and unknown OLE
 * files. Each gives a one-line ReadError naming the file (or, where the content is readable, the
 * right reader), in bounded time. Inputs are generated.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { readDocument } from './index.js';
import { ReadError } from './types.js';
import { buildOle, buildZip, CONTENT_TYPES, hugeSheetXml } from './testing/containers.js';
import { renderSampleFormat } from '../sample/formats/index.js';
import { buildModel } from '../extract/index.js';

const dir = mkdtempSync(join(tmpdir(), 'budgetlens-office-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const put = (name: string, data: Buffer | string) => {
  const f = join(dir, name);
  writeFileSync(f, data);
  return f;
};

async function readError(file: string): Promise<ReadError> {
  try {
    await readDocument(file);
  } catch (e) {
    expect(e).toBeInstanceOf(ReadError);
    const err = e as ReadError;
    expect(err.message).toContain(file);
    expect(err.message).not.toContain('\n');
    return err;
  }
  throw new Error(`${file}: read without error`);
}

let xlsx: Buffer;
let docx: Buffer;
let html: Buffer;
beforeAll(async () => {
  xlsx = (await renderSampleFormat({ kind: 'budget', seed: 7 }, 'xlsx')).data;
  docx = (await renderSampleFormat({ kind: 'budget', seed: 7 }, 'docx')).data;
  html = (await renderSampleFormat({ kind: 'budget', seed: 7 }, 'html-gbk')).data;
});

describe('zip bombs and huge sheets', () => {
  it('an entry declaring 300 MB is refused before inflating', async () => {
    const f = put('bomb-declared.xlsx', buildZip([{ name: '[Content_Types].xml', data: CONTENT_TYPES }, { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }, { name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<x/>'), declaredSize: 300 * 1024 * 1024 }]));
    expect((await readError(f)).code).toBe('too-large');
  });
  it('an entry inflating beyond its declared size (a lying header) is stopped', async () => {
    const f = put('bomb-lying.docx', buildZip([{ name: '[Content_Types].xml', data: CONTENT_TYPES }, { name: 'word/document.xml', data: Buffer.alloc(20 * 1024 * 1024, 0x20), declaredSize: 1000 }]));
    expect((await readError(f)).code).toBe('too-large');
  });
  it('a sheet of more than a million cells is refused before it is built', async () => {
    const f = put('huge.xlsx', buildZip([{ name: '[Content_Types].xml', data: CONTENT_TYPES }, { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }, { name: 'xl/worksheets/sheet1.xml', data: hugeSheetXml(1_000_010) }]));
    expect((await readError(f)).code).toBe('too-large');
  });
  it('a Word document of more than a million paragraphs is refused before it is built', async () => {
    const xml = Buffer.from(`<w:document><w:body>${'<w:p/>'.repeat(1_000_010)}</w:body></w:document>`);
    const f = put('huge.docx', buildZip([{ name: '[Content_Types].xml', data: CONTENT_TYPES }, { name: 'word/document.xml', data: xml }]));
    expect((await readError(f)).code).toBe('too-large');
  });
  it('a zip that is neither Word nor Excel is named as such', async () => {
    const f = put('odt-like.docx', buildZip([{ name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.text') }, { name: 'content.xml', data: Buffer.from('<x/>') }]));
    expect((await readError(f)).message).toMatch(/不是 Word\/Excel/);
  });
});

describe('truncated files', () => {
  it('a truncated .xlsx', async () => expect((await readError(put('cut.xlsx', xlsx.subarray(0, xlsx.length >> 1)))).code).toBe('corrupt'));
  it('a truncated .docx', async () => expect((await readError(put('cut.docx', docx.subarray(0, docx.length - 30)))).code).toBe('corrupt'));
  it('a truncated .xls', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['收入', 1.5]]), 'S');
    const xls = Buffer.from(XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer);
    const err = await readError(put('cut.xls', xls.subarray(0, 700)));
    expect(['corrupt', 'empty']).toContain(err.code);
  });
  it('a .doc whose WordDocument stream is garbage', async () => expect((await readError(put('bad.doc', buildOle({ WordDocument: Buffer.alloc(600, 7) })))).code).toBe('corrupt'));
});

describe('mislabelled and disguised files', () => {
  it('a ".doc" that is really an HTML page (GBK) is read as HTML', async () => {
    const doc = await readDocument(put('portal.doc', html));
    expect(doc.format).toBe('html');
    expect(buildModel(doc).identity.org).toBeTruthy();
  });
  it('an .xlsx saved with a .docx extension is read as Excel', async () => expect((await readDocument(put('wrong.docx', xlsx))).format).toBe('xlsx'));
  it('a .docx saved as .pdf is refused as not a PDF', async () => expect((await readError(put('wrong.pdf', docx))).code).toBe('unsupported'));
  it('binary noise named .xls', async () => {
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256));
    expect((await readError(put('noise.xls', noise))).code).toBe('unsupported');
  });
  it('tab-separated text named .xls goes to the text reader', async () => expect((await readDocument(put('export.xls', '项目\t金额\n合计\t1.00\n'))).format).toBe('text'));
  it('an encrypted Office file says so', async () => expect((await readError(put('secret.xlsx', buildOle({ EncryptionInfo: Buffer.alloc(100, 1), EncryptedPackage: Buffer.alloc(600, 2) })))).code).toBe('encrypted'));
  it('an OLE file that is neither Word nor Excel (and no Office extension)', async () => expect((await readError(put('other.dat', buildOle({ Foo: Buffer.alloc(600, 3) })))).code).toBe('unsupported'));
});

describe('evidence points into the original', () => {
  it('a figure read from a sheet names the sheet and the cell; from HTML/Word the element path', async () => {
    for (const [name, data, want] of [
      ['evidence.xlsx', () => xlsx, /^表\d+$/],
      ['evidence.html', () => html, /^html>body>table/],
      ['evidence.docx', () => docx, /^html>body>table/],
    ] as const) {
      const model = buildModel(await readDocument(put(name, data())));
      const src = model.facts.total_revenue?.source ?? Object.values(model.facts)[0]!.source;
      if (name.endsWith('.xlsx')) {
        expect(src.sheet).toMatch(want);
        expect(src.cell).toMatch(/^[A-Z]+\d+$/);
      } else expect(src.path ?? '').toMatch(want);
      const row = model.tables.find((t) => t.rows.length)!.rows[0];
      expect(row.source.sheet ?? row.source.path).toBeTruthy();
    }
  });
});

describe('findings on a spreadsheet', () => {
  it('a tampered total is reported with the sheet and cell of the rows concerned', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    // the summary table's 收入总计: the row whose first cell says so, its first figure
    const ws = wb.worksheets.find((w) => w.getColumn(1).values.some((v) => String(v).includes('收入总计')))!;
    const row = ws.getRow(ws.getColumn(1).values.findIndex((v) => String(v).includes('收入总计')));
    row.getCell(2).value = Number(row.getCell(2).value) + 1;
    const f = put('tampered.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const { analyzeFile } = await import('../pipeline.js');
    const a = await analyzeFile(f, { check: true });
    if (!a.ok) throw new Error(a.error);
    const ev = (a.findings ?? []).filter((x) => x.severity === 'error').flatMap((x) => x.evidence);
    expect(ev.length).toBeGreaterThan(0);
    expect(ev.some((e) => e.sheet === ws.name && e.cell === `A${row.number}`)).toBe(true);
  });
});

describe('HTML', () => {
  it('deeply nested markup (100 000 divs) is refused before parsing', async () => {
    const f = put('deep.html', `<!DOCTYPE html><html><body>${'<div>'.repeat(100_000)}收入${'</div>'.repeat(100_000)}</body></html>`);
    expect((await readError(f)).message).toMatch(/嵌套层级过深/);
  });
  it('a page without text', async () => expect((await readError(put('blank.html', '<!DOCTYPE html><html><body><script>var a=1</script></body></html>'))).code).toBe('empty'));
  it('GBK declared in meta, UTF-8 by bytes, and a BOM all decode', async () => {
    const iconv = (await import('iconv-lite')).default;
    const page = (cs: string) => `<html><head><meta charset="${cs}"></head><body><p>一般公共预算财政拨款收入</p></body></html>`;
    for (const [name, data] of [
      ['gbk.html', iconv.encode(page('gbk'), 'gbk')],
      ['gb2312.htm', iconv.encode(page('gb2312'), 'gb2312')],
      ['lying-utf8.html', iconv.encode(page('utf-8'), 'gbk')],
      ['bom.html', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page('gbk'), 'utf8')])],
    ] as const) {
      const doc = await readDocument(put(name, data));
      expect(doc.lines.map((l) => l.text)).toContain('一般公共预算财政拨款收入');
    }
  });
});
