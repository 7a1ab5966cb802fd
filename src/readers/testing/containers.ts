/**
 * Builders of hostile containers for reader tests: zips with chosen declared sizes, OLE2 compound
 * files with chosen streams. Small and fast; nothing here is used at run time.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import XLSX from 'xlsx';

export interface ZipPart {
  name: string;
  data: Buffer;
  /** Size to declare instead of the real one (a lying header). */
  declaredSize?: number;
  /** The name's raw bytes instead of UTF-8 (a GBK name written by Chinese Windows tools, no UTF-8 flag). */
  nameBytes?: Buffer;
}

/** A zip (deflate) of the parts, sizes declared as asked. */
export function buildZip(parts: ZipPart[]): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = p.nameBytes ?? Buffer.from(p.name, 'utf8');
    const comp = deflateRawSync(p.data, { level: 1 });
    const size = p.declaredSize ?? p.data.length;
    const crc = crc32(p.data);
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(8, 8);
    lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(comp.length, 18);
    lh.writeUInt32LE(size, 22);
    lh.writeUInt16LE(name.length, 26);
    local.push(lh, name, comp);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(8, 10);
    ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(comp.length, 20);
    ch.writeUInt32LE(size, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    central.push(ch, name);
    offset += 30 + name.length + comp.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, cd, end]);
}

export const CONTENT_TYPES = Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');

/** A worksheet XML with `n` numeric cells (a huge sheet, small once compressed). */
export function hugeSheetXml(n: number): Buffer {
  const rows: string[] = [];
  for (let r = 1; r * 10 <= n; r++) rows.push(`<row r="${r}">${'<c t="n"><v>1</v></c>'.repeat(10)}</row>`);
  return Buffer.from(`<?xml version="1.0"?><worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`);
}

/** An OLE2 compound file holding the named streams. */
export function buildOle(streams: Record<string, Buffer>): Buffer {
  const cfb = XLSX.CFB.utils.cfb_new();
  for (const [name, data] of Object.entries(streams)) XLSX.CFB.utils.cfb_add(cfb, name, data);
  return Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
}
