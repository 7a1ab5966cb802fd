/**
 * Which generated document a seed of the scan benches stands for (ocr-generated.ts makes and keeps
 * the scans, ocr-calibrate.ts reads the kept ones): kind and ruling follow the seed, not its place
 * in a run, so `--seeds` re-reads chosen documents and both benches name the same file.
 */
export interface ScanPlan {
  kind: 'budget' | 'final';
  ruled: boolean;
  /** File name of the kept scan. */
  name: string;
}

export function scanPlan(seed: number): ScanPlan {
  const kind = (seed - 1) % 2 ? 'final' : 'budget';
  const ruled = ((seed - 1) % 50) % 4 < 2;
  return { kind, ruled, name: `generated-${kind}-${seed}-${ruled ? 'ruled' : 'plain'}.pdf` };
}
