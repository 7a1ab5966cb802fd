import { describe, expect, it } from 'vitest';
import { idleCores, idleShare, workersFor } from './idle-cores.js';
import { cpus } from 'node:os';

describe('workers chosen from the work left and the idle cores', () => {
  it.each([
    // cores, idle cores → workers
    [2, 2, 2],
    [2, 1.7, 2],
    [2, 1.5, 1],
    [2, 0.1, 1],
    [8, 9, 8],
    [8, 4.2, 4],
    [4, 0, 1],
  ])('%i cores, %f idle → %i workers', (cores, idle, want) => {
    expect(workersFor(cores, idle)).toBe(want);
  });

  it("counts this process's own CPU time in the window as idle (its own start-up is not other work)", () => {
    // 2 cores, 200 ms of core time: 100 idle, 60 this process, 40 other work → 1.6 idle cores
    expect(idleShare(100, 200, 60, 2)).toBeCloseTo(1.6);
    expect(workersFor(2, idleShare(100, 200, 60, 2))).toBe(2);
    // other work keeps a core busy: 1 idle core whatever this process did
    expect(idleShare(80, 200, 20, 2)).toBeCloseTo(1);
    expect(idleShare(0, 0, 0, 4)).toBe(4);
    expect(idleShare(200, 200, 50, 2)).toBe(2); // never more than the cores
  });

  it('measures idle cores between none and all of them', async () => {
    const idle = await idleCores(50);
    expect(idle).toBeGreaterThanOrEqual(0);
    expect(idle).toBeLessThanOrEqual(cpus().length + 1e-9);
  });
});
