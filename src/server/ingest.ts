/**
 * Accepting uploaded files: size limit, type by content, zip expansion, stored once by sha256 under
 * DATA/files/, then queued for checking. Each refusal is a Chinese reason naming the file.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { CheckQueue } from './queue.js';
import type { Documents, DocStatus } from './store/documents.js';
import { sniff } from './sniff.js';
import { expandZip, mb, type ZipLimits } from './zip.js';

export interface UploadLimits {
  maxFileBytes: number;
  maxFiles: number;
  zip: ZipLimits;
}

export const DEFAULT_LIMITS: UploadLimits = {
  maxFileBytes: 50 * 1_048_576,
  maxFiles: 200,
  zip: { maxEntries: 200, maxEntryBytes: 50 * 1_048_576, maxTotalBytes: 200 * 1_048_576 },
};

export interface Accepted {
  id: string;
  name: string;
  status: DocStatus;
  /** The same bytes were already stored (under this id and name). */
  existing?: true;
}
export interface Rejected {
  name: string;
  reason: string;
}
export interface IngestResult {
  documents: Accepted[];
  rejected: Rejected[];
}

/** A file name fit to show: its last path part, no control characters, bounded. */
export const displayName = (name: string) => basename(name.replace(/\\/g, '/')).replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 200) || '未命名';

export class Ingest {
  constructor(
    private readonly dataDir: string,
    private readonly docs: Documents,
    private readonly queue: CheckQueue,
    readonly limits: UploadLimits,
  ) {}

  /** Absolute path of a stored document. */
  pathOf(relative: string): string {
    return join(this.dataDir, relative);
  }

  tooLarge(name: string): Rejected {
    return { name: displayName(name), reason: `文件超过 ${mb(this.limits.maxFileBytes)} 上限，未接收` };
  }

  async add(rawName: string, data: Buffer, by: string, into: IngestResult = { documents: [], rejected: [] }, depth = 0): Promise<IngestResult> {
    const name = displayName(rawName);
    if (data.length > this.limits.maxFileBytes) {
      into.rejected.push(this.tooLarge(name));
      return into;
    }
    if (data.length === 0) {
      into.rejected.push({ name, reason: '文件为空，未接收' });
      return into;
    }
    const s = sniff(name, data.subarray(0, 8192));
    if (s.kind === 'refused') {
      into.rejected.push({ name, reason: s.reason });
      return into;
    }
    if (s.kind === 'zip') {
      if (depth > 0) into.rejected.push({ name, reason: '压缩包内不能再含压缩包' });
      else {
        const z = expandZip(data, this.limits.zip);
        if (!z.ok) into.rejected.push({ name, reason: z.reason });
        else for (const e of z.entries) await this.add(e.name, e.data, by, into, depth + 1);
      }
      return into;
    }
    into.documents.push(await this.store(name, data, s.format, by));
    return into;
  }

  private async store(name: string, data: Buffer, format: string, by: string): Promise<Accepted> {
    const id = createHash('sha256').update(data).digest('hex');
    const existing = await this.docs.get(id);
    if (existing) return { id, name: existing.name, status: existing.status as DocStatus, existing: true };
    const ext = extname(name).toLowerCase();
    const relative = join('files', id.slice(0, 2), `${id}${ext}`);
    const abs = this.pathOf(relative);
    if (!existsSync(abs)) {
      mkdirSync(join(this.dataDir, 'files', id.slice(0, 2)), { recursive: true });
      const tmp = `${abs}.${process.pid}.tmp`;
      writeFileSync(tmp, data);
      renameSync(tmp, abs);
    }
    if (!(await this.docs.insert({ id, name, path: relative, size: data.length, format, uploadedBy: by }))) {
      const row = await this.docs.get(id); // uploaded concurrently by another request
      return { id, name: row?.name ?? name, status: (row?.status ?? 'queued') as DocStatus, existing: true };
    }
    await this.queue.submit(id, name, abs, data.length);
    return { id, name, status: 'queued' };
  }
}
