/**
 * Zip uploads, expanded with limits checked from the central directory before anything is inflated:
 * entry count, each entry's and the total uncompressed size, no absolute or `..` paths, no nested
 * zips; entries are inflated by the readers' bounded zip reader (readers/zip-guard.ts).
 */
import { basename } from 'node:path';
import { inflateZip, zipEntries } from '../readers/zip-guard.js';
import { ReadError } from '../readers/types.js';

export interface ZipLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
}

export type ZipResult = { ok: true; entries: { name: string; data: Buffer }[] } | { ok: false; reason: string };

const unsafe = (n: string) => n.startsWith('/') || n.startsWith('\\') || /^[a-zA-Z]:/.test(n) || n.split(/[\\/]/).includes('..');
const skipped = (n: string) => n.endsWith('/') || n.split('/').some((p) => p.startsWith('.') || p === '__MACOSX');
const DAMAGED = '压缩包已损坏，无法读取';

/**
 * The upload's files. The directory is read and checked first (readers/zip-guard.ts, the same bounded
 * reader the Office formats use: GBK names decoded, every entry inflated into at most its declared
 * size, so an entry lying about its size fails instead of growing).
 */
export function expandZip(bytes: Buffer, limits: ZipLimits): ZipResult {
  let listed;
  try {
    listed = zipEntries('', bytes);
  } catch (e) {
    return { ok: false, reason: e instanceof ReadError && e.code === 'too-large' ? `压缩包内文件过多（上限 ${limits.maxEntries} 个）` : DAMAGED };
  }
  const bad = listed.find((e) => unsafe(e.name));
  if (bad) return { ok: false, reason: `压缩包内含不安全的路径（${bad.name.slice(0, 80)}）` };
  const kept = listed.filter((e) => !skipped(e.name));
  if (kept.some((e) => /\.zip$/i.test(e.name))) return { ok: false, reason: '压缩包内不能再含压缩包' };
  const big = kept.find((e) => e.size > limits.maxEntryBytes);
  if (big) return { ok: false, reason: `压缩包内的文件 ${basename(big.name)} 超过 ${mb(limits.maxEntryBytes)} 上限` };
  if (kept.length > limits.maxEntries) return { ok: false, reason: `压缩包内文件过多（${kept.length} 个，上限 ${limits.maxEntries} 个）` };
  if (kept.reduce((a, e) => a + e.size, 0) > limits.maxTotalBytes) return { ok: false, reason: `压缩包解压后过大（上限 ${mb(limits.maxTotalBytes)}）` };
  try {
    const files = inflateZip('', bytes, { maxEntries: limits.maxEntries, maxEntryBytes: limits.maxEntryBytes, maxTotalBytes: limits.maxTotalBytes });
    return { ok: true, entries: kept.flatMap((e) => (files.has(e.name) ? [{ name: basename(e.name), data: files.get(e.name)! }] : [])) };
  } catch (e) {
    return { ok: false, reason: e instanceof ReadError && e.code === 'too-large' ? `压缩包解压后过大（上限 ${mb(limits.maxTotalBytes)}）` : DAMAGED };
  }
}

export const mb = (n: number) => (n >= 1_048_576 ? `${Math.round(n / 1_048_576)} MB` : `${Math.ceil(n / 1024)} KB`);
