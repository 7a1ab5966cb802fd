// Collecting files from a drop (files and whole folders) and splitting uploads into batches.

/** Accepted upload types (the server checks the content again). */
export const ACCEPT = '.pdf,.txt,.md,.xlsx,.xls,.docx,.doc,.rtf,.html,.htm,.zip';
const ACCEPT_EXT = ACCEPT.split(',');

export function acceptedName(name: string): boolean {
  const lower = name.toLowerCase();
  return ACCEPT_EXT.some((ext) => lower.endsWith(ext));
}

interface Entry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  fullPath: string;
  file?: (ok: (f: File) => void, fail: (e: unknown) => void) => void;
  createReader?: () => { readEntries: (ok: (es: Entry[]) => void, fail: (e: unknown) => void) => void };
}

async function readEntry(entry: Entry, out: File[]): Promise<void> {
  if (entry.isFile && entry.file) {
    const f = await new Promise<File>((ok, fail) => entry.file!(ok, fail));
    const path = entry.fullPath.replace(/^\//, '');
    out.push(path && path !== f.name ? new File([f], path, { type: f.type, lastModified: f.lastModified }) : f);
  } else if (entry.isDirectory && entry.createReader) {
    const reader = entry.createReader();
    // readEntries returns at most ~100 entries per call: read until it returns none
    for (;;) {
      const batch = await new Promise<Entry[]>((ok, fail) => reader.readEntries(ok, fail));
      if (!batch.length) break;
      for (const child of batch) await readEntry(child, out);
    }
  }
}

/** Files of a drop event, walking dropped folders (Chromium/Firefox/Safari webkitGetAsEntry). */
export async function filesFromDrop(dt: DataTransfer): Promise<File[]> {
  const entries: Entry[] = [];
  for (const item of Array.from(dt.items ?? [])) {
    const get = (item as DataTransferItem & { webkitGetAsEntry?: () => Entry | null }).webkitGetAsEntry;
    const entry = item.kind === 'file' && get ? get.call(item) : null;
    if (entry) entries.push(entry);
  }
  if (!entries.length) return Array.from(dt.files);
  const out: File[] = [];
  for (const e of entries) await readEntry(e, out);
  return out;
}

/** Splits files into requests of at most `maxFiles` files (the server takes 200 per request). */
export function batches(files: File[], maxFiles = 50): File[][] {
  const out: File[][] = [];
  for (let i = 0; i < files.length; i += maxFiles) out.push(files.slice(i, i + maxFiles));
  return out;
}
