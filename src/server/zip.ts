/**
 * Zip uploads, expanded with limits checked from the central directory before anything is inflated:
 * entry count, each entry's and the total uncompressed size, no absolute or `..` paths, no nested
 * zips. Inflation itself is bounded by the declared size (a lying entry fails, it does not grow).
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { basename } from 'node:path';

export interface ZipLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
}

export type ZipResult = { ok: true; entries: { name: string; data: Buffer }[] } | { ok: false; reason: string };

const unsafe = (n: string) => n.startsWith('/') || n.startsWith('\\') || /^[a-zA-Z]:/.test(n) || n.split(/[\\/]/).includes('..');
const skipped = (n: string) => n.endsWith('/') || n.split('/').some((p) => p.startsWith('.') || p === '__MACOSX');

/**
 * Entry names written by Chinese Windows tools are GBK bytes without the UTF-8 flag, which the zip
 * reader decodes as Latin-1: such a name is read again as UTF-8, else as GB18030.
 */
export function entryName(name: string): string {
  if (!/[\u0080-\u00ff]/.test(name) || /[^\u0000-\u00ff]/.test(name)) return name;
  const bytes = Buffer.from(name, 'latin1');
  for (const enc of ['utf-8', 'gb18030']) {
    try {
      return new TextDecoder(enc, { fatal: true }).decode(bytes);
    } catch {
      // try the next encoding
    }
  }
  return name;
}

export function expandZip(bytes: Buffer, limits: ZipLimits): ZipResult {
  const problems: string[] = [];
  let count = 0;
  let total = 0;
  const filter = (f: UnzipFileInfo) => {
    if (unsafe(f.name)) {
      problems.push(`压缩包内含不安全的路径（${f.name.slice(0, 80)}）`);
      return false;
    }
    if (skipped(f.name)) return false;
    count++;
    total += f.originalSize;
    if (/\.zip$/i.test(f.name)) problems.push('压缩包内不能再含压缩包');
    if (f.originalSize > limits.maxEntryBytes) problems.push(`压缩包内的文件 ${basename(f.name)} 超过 ${mb(limits.maxEntryBytes)} 上限`);
    return false; // first pass: read the directory only
  };
  try {
    unzipSync(bytes, { filter });
  } catch {
    return { ok: false, reason: '压缩包已损坏，无法读取' };
  }
  if (problems.length) return { ok: false, reason: problems[0] };
  if (count > limits.maxEntries) return { ok: false, reason: `压缩包内文件过多（${count} 个，上限 ${limits.maxEntries} 个）` };
  if (total > limits.maxTotalBytes) return { ok: false, reason: `压缩包解压后过大（上限 ${mb(limits.maxTotalBytes)}）` };
  try {
    const files = unzipSync(bytes, { filter: (f) => !unsafe(f.name) && !skipped(f.name) });
    const entries = Object.entries(files).map(([name, data]) => ({ name: basename(entryName(name)), data: Buffer.from(data) }));
    return { ok: true, entries };
  } catch {
    return { ok: false, reason: '压缩包已损坏，无法读取' };
  }
}

export const mb = (n: number) => (n >= 1_048_576 ? `${Math.round(n / 1_048_576)} MB` : `${Math.ceil(n / 1024)} KB`);
