/** The worker pool gives back what a document left behind: a worker above the memory threshold after a document is replaced. */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
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
});
