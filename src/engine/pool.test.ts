/** The worker pool gives back what a document left behind: a worker above the memory threshold after a document is replaced. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { imagePdf } from '../sample/scan.js';
import { writeDocs } from './testing/fixtures.js';
import type { ProcessPool as Pool } from './pool.js';

// the pool forks the built worker (dist/engine/child.js), so the built pool is the one tested
const built = resolve(import.meta.dirname, '../../dist/engine/pool.js');

async function runAll(pool: Pool, files: string[]) {
  const out = [];
  for (const [seq, file] of files.entries()) out.push(await pool.run({ id: `t.${seq}`, runId: 't', seq, file, docHash: null, mode: 'check', format: 'json', timeoutMs: 60_000 }));
  return out;
}

describe('ProcessPool memory', () => {
  it('replaces a worker whose resident memory after a document is above recycleMb, and keeps every result', async () => {
    const { ProcessPool } = (await import(built)) as { ProcessPool: typeof Pool };
    const { files } = writeDocs(3);
    const low = new ProcessPool({ size: 1, recycleMb: 1 });
    const high = new ProcessPool({ size: 1 });
    try {
      const a = await runAll(low, files);
      const b = await runAll(high, files);
      expect(a.every((o) => o.ok)).toBe(true);
      expect(a.map((o) => (o.ok ? o.json : ''))).toEqual(b.map((o) => (o.ok ? o.json : '')));
      expect(low.recycled).toBe(3);
      expect(high.recycled).toBe(0);
    } finally {
      await low.close();
      await high.close();
    }
  }, 60_000);

  it('lets one scanned page at a time be recognised by all the workers of a pool together', async () => {
    const { ProcessPool } = (await import(built)) as { ProcessPool: typeof Pool };
    const dir = mkdtempSync(join(tmpdir(), 'bl-pool-ocr-'));
    const page = { width: 120, height: 160, data: new Uint8Array(120 * 160).fill(235) };
    const files = [0, 1].map((i) => {
      const f = join(dir, `scan${i}.pdf`);
      writeFileSync(f, imagePdf([page, page, page], 72));
      return f;
    });
    const pool = new ProcessPool({ size: 2 });
    let most = 0;
    const watch = setInterval(() => (most = Math.max(most, pool.ocr!.inUse)), 5);
    try {
      const out = await Promise.all(files.map((file, seq) => pool.run({ id: `s.${seq}`, runId: 's', seq, file, docHash: null, mode: 'check', format: 'json', timeoutMs: 60_000 })));
      // blank scans: read by OCR, nothing recognised, the usual one-line error naming the file
      expect(out.every((o) => !o.ok && o.error.includes(dir))).toBe(true);
      expect(most).toBe(1);
      expect(pool.ocr!.inUse).toBe(0);
    } finally {
      clearInterval(watch);
      await pool.close();
    }
  }, 60_000);

  it('lets an idle worker go when the work runs out, and gives its share to OCR: the last scan is read two pages at a time', async () => {
    const { ProcessPool } = (await import(built)) as { ProcessPool: typeof Pool };
    const dir = mkdtempSync(join(tmpdir(), 'bl-pool-retire-'));
    const page = { width: 120, height: 160, data: new Uint8Array(120 * 160).fill(235) };
    const scan = join(dir, 'scan.pdf');
    writeFileSync(scan, imagePdf([page, page, page, page], 72));
    const { files } = writeDocs(1);
    const pool = new ProcessPool({ size: 2 });
    let most = 0;
    const watch = setInterval(() => (most = Math.max(most, pool.ocr!.inUse)), 2);
    try {
      // one lane takes the text and then finds nothing left; the other reads the scan
      const text = pool.run({ id: 'r.0', runId: 'r', seq: 0, file: files[0], docHash: null, mode: 'check', format: 'json', timeoutMs: 60_000 });
      const scanned = pool.run({ id: 'r.1', runId: 'r', seq: 1, file: scan, docHash: null, mode: 'check', format: 'json', timeoutMs: 60_000 });
      expect((await text).ok).toBe(true);
      pool.retireIdle();
      expect(pool.retired).toBe(1);
      await expect.poll(() => pool.ocr!.capacity).toBe(2);
      const out = await scanned;
      expect(!out.ok && out.error.includes(dir)).toBe(true);
      expect(most).toBeLessThanOrEqual(2);
      expect(pool.ocr!.inUse).toBe(0);
      // a busy pool keeps its last worker
      pool.retireIdle();
      expect(pool.retired).toBe(1);
    } finally {
      clearInterval(watch);
      await pool.close();
    }
  }, 60_000);
});
