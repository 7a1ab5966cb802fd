/**
 * Checks an OOXML (zip) container before any library inflates it: the central directory must be
 * intact, entries few, and every entry is inflated here with a hard output limit (the declared
 * size, and a total budget), so that a zip bomb — declared honestly or lying about its sizes —
 * costs bounded time and memory and ends in a one-line ReadError.
 */
import { inflateRawSync } from 'node:zlib';
import { ReadError } from './types.js';

export const ZIP_LIMITS = { maxEntries: 5_000, maxTotalBytes: 200 * 1024 * 1024, maxEntryBytes: 100 * 1024 * 1024 };

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/**
 * An entry's name: UTF-8 when the entry says so or the bytes are valid UTF-8, else GB18030 (zips made
 * by Chinese Windows tools store GBK names without the UTF-8 flag).
 */
function entryName(bytes: Buffer, utf8Flag: boolean): string {
  if (utf8Flag) return bytes.toString('utf8');
  for (const enc of ['utf-8', 'gb18030']) {
    try {
      return new TextDecoder(enc, { fatal: true }).decode(bytes);
    } catch {
      // try the next encoding
    }
  }
  return bytes.toString('latin1');
}

function corrupt(file: string, what: string): ReadError {
  return new ReadError(file, 'corrupt', `${file}: 文件已损坏或不完整（${what}）`);
}

/** Entries of the central directory (no inflating). */
export function zipEntries(file: string, buf: Buffer): ZipEntry[] {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt(file, 'ZIP 目录缺失');
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new ReadError(file, 'too-large', `${file}: 文件过大（ZIP64 容器）`);
  if (count > ZIP_LIMITS.maxEntries) throw new ReadError(file, 'too-large', `${file}: 压缩包条目过多（${count} 个）`);
  if (cdOffset + cdSize > eocd) throw corrupt(file, 'ZIP 目录越界');
  const out: ZipEntry[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw corrupt(file, 'ZIP 目录条目无效');
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const n = buf.readUInt16LE(p + 28);
    const m = buf.readUInt16LE(p + 30);
    const c = buf.readUInt16LE(p + 32);
    const offset = buf.readUInt32LE(p + 42);
    const name = entryName(buf.subarray(p + 46, p + 46 + n), (buf.readUInt16LE(p + 8) & 0x800) !== 0);
    out.push({ name, method, compressedSize, size, offset });
    p += 46 + n + m + c;
  }
  return out;
}

/**
 * Inflates every entry under the limits and returns their contents by name. Throws ReadError
 * `too-large` for bombs and `corrupt` for damaged containers.
 */
export function inflateZip(file: string, buf: Buffer, limits = ZIP_LIMITS): Map<string, Buffer> {
  const entries = zipEntries(file, buf);
  const declared = entries.reduce((a, e) => a + e.size, 0);
  const tooLarge = (bytes: number) => new ReadError(file, 'too-large', `${file}: 解压后内容过大（超过 ${Math.round(bytes / 1048576)} MB，疑似压缩炸弹）`);
  if (declared > limits.maxTotalBytes) throw tooLarge(limits.maxTotalBytes);
  const out = new Map<string, Buffer>();
  let total = 0;
  for (const e of entries) {
    if (e.size > limits.maxEntryBytes) throw tooLarge(limits.maxEntryBytes);
    if (e.offset + 30 > buf.length || buf.readUInt32LE(e.offset) !== 0x04034b50) throw corrupt(file, `条目 ${e.name} 缺失`);
    const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
    if (start + e.compressedSize > buf.length) throw corrupt(file, `条目 ${e.name} 被截断`);
    const data = buf.subarray(start, start + e.compressedSize);
    let content: Buffer;
    if (e.method === 0) content = data;
    else if (e.method === 8) {
      try {
        content = inflateRawSync(data, { maxOutputLength: Math.max(1, Math.min(e.size, limits.maxTotalBytes - total)) });
      } catch (err) {
        if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(limits.maxTotalBytes);
        throw corrupt(file, `条目 ${e.name} 无法解压`);
      }
    } else throw corrupt(file, `不支持的压缩方式 ${e.method}`);
    if (content.length !== e.size) throw corrupt(file, `条目 ${e.name} 大小不符`);
    total += content.length;
    if (total > limits.maxTotalBytes) throw tooLarge(limits.maxTotalBytes);
    if (!e.name.endsWith('/')) out.set(e.name, content);
  }
  return out;
}
