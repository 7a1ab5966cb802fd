/**
 * A minimal Word 97 binary (.doc) for tests: FIB, UTF-16 text in one piece, one FKP page of
 * paragraph properties (table flags, row ends, cell boundaries, page break before), optionally
 * moved into the Data stream behind sprmPHugePapx as Word and LibreOffice do for wide tables.
 */
import { buildOle } from './containers.js';

export interface TestParagraph {
  text: string;
  /** 0x07 ends a table cell (and a row, with `ttp`), 0x0d a paragraph. */
  end?: 0x07 | 0x0d;
  inTable?: boolean;
  ttp?: boolean;
  /** Cell boundaries (twips) of the row, on its row-end paragraph. */
  bounds?: number[];
  pageBefore?: boolean;
  /** Put the properties in the Data stream (sprmPHugePapx). */
  huge?: boolean;
}

const TEXT_FC = 1024;

function sprms(p: TestParagraph): Buffer {
  const parts: number[] = [];
  if (p.inTable) parts.push(0x16, 0x24, 1);
  if (p.ttp) parts.push(0x17, 0x24, 1);
  if (p.pageBefore) parts.push(0x07, 0x24, 1);
  if (p.bounds) {
    const n = p.bounds.length - 1;
    const cb = 1 + 2 * (n + 1) + 1;
    parts.push(0x08, 0xd6, cb & 0xff, cb >> 8, n);
    for (const b of p.bounds) parts.push(b & 0xff, (b >> 8) & 0xff);
  }
  return Buffer.from(parts);
}

export function buildWord97(paragraphs: TestParagraph[]): Buffer {
  const text = paragraphs.map((p) => p.text + String.fromCharCode(p.end ?? 0x0d)).join('');
  const textBytes = Buffer.from(text, 'utf16le');
  const pn = Math.ceil((TEXT_FC + textBytes.length) / 512);
  const wd = Buffer.alloc((pn + 1) * 512);
  wd.writeUInt16LE(0xa5ec, 0);
  wd.writeUInt16LE(0xc1, 2);
  wd.writeUInt16LE(0x0200, 0x0a); // 1Table
  wd.writeUInt16LE(14, 32); // csw
  wd.writeUInt16LE(22, 62); // cslw
  wd.writeInt32LE(text.length, 64 + 12); // ccpText
  wd.writeUInt16LE(93, 152); // cbRgFcLcb
  textBytes.copy(wd, TEXT_FC);

  // paragraph properties: one FKP page, PAPXs from the page's end downwards; huge ones in Data
  const page = wd.subarray(pn * 512, pn * 512 + 512);
  const data: Buffer[] = [Buffer.alloc(16)];
  let dataLen = 16;
  let free = 511;
  let fc = TEXT_FC;
  page[511] = paragraphs.length;
  page.writeUInt32LE(fc, 0);
  paragraphs.forEach((p, j) => {
    fc += 2 * (p.text.length + 1);
    page.writeUInt32LE(fc, (j + 1) * 4);
    let grpprl = sprms(p);
    if (p.huge) {
      const huge = Buffer.alloc(2 + grpprl.length);
      huge.writeUInt16LE(grpprl.length, 0);
      grpprl.copy(huge, 2);
      grpprl = Buffer.from([0x46, 0x66, dataLen & 0xff, (dataLen >> 8) & 0xff, 0, 0]);
      data.push(huge);
      dataLen += huge.length;
    }
    const body = Buffer.concat([Buffer.alloc(2), grpprl, Buffer.alloc(grpprl.length % 2)]); // istd 0, padded to even
    const at = (free - (body.length + 2)) & ~1;
    page[at] = 0; // cb 0: the next byte counts words
    page[at + 1] = body.length / 2;
    body.copy(page, at + 2);
    free = at;
    page[(paragraphs.length + 1) * 4 + j * 13] = at / 2;
  });

  // table stream: CLX (one uncompressed piece) and PlcBtePapx (one FKP)
  const clx = Buffer.alloc(1 + 4 + 16);
  clx[0] = 2;
  clx.writeUInt32LE(16, 1);
  clx.writeUInt32LE(0, 5);
  clx.writeUInt32LE(text.length, 9);
  clx.writeUInt32LE(TEXT_FC, 13 + 2);
  const bte = Buffer.alloc(12);
  bte.writeUInt32LE(TEXT_FC, 0);
  bte.writeUInt32LE(fc, 4);
  bte.writeUInt32LE(pn, 8);
  const table = Buffer.concat([clx, bte, Buffer.alloc(512)]);
  const fcLcb = (i: number, off: number, len: number) => {
    wd.writeUInt32LE(off, 154 + i * 8);
    wd.writeUInt32LE(len, 154 + i * 8 + 4);
  };
  fcLcb(33, 0, clx.length);
  fcLcb(13, clx.length, bte.length);
  return buildOle({ WordDocument: wd, '1Table': table, Data: Buffer.concat([...data, Buffer.alloc(512)]) });
}
