// PLACEHOLDER — owned by the generator helper; replace entirely.
export interface SampleOptions { kind: 'budget' | 'final'; seed: number; artefacts?: boolean }
export function generateSample(_o: SampleOptions): { text: string } {
  throw new Error('sample generator not built yet');
}
