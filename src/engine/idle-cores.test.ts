import { describe, expect, it } from 'vitest';
import { idleCores, workersFor } from './idle-cores.js';
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

  it('measures idle cores between none and all of them', async () => {
    const idle = await idleCores(50);
    expect(idle).toBeGreaterThanOrEqual(0);
    expect(idle).toBeLessThanOrEqual(cpus().length + 1e-9);
  });
});
