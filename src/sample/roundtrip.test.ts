/**
 * Round-trip property test: for every seed, both kinds, with and without artefacts, generate → read
 * (textToDocument) → extract (buildModel) and compare identity, facts and tables (keys, codes, names,
 * values) with the generator's truth. `ROUNDTRIP_SEEDS` sets the number of seeds (default 300).
 * A failure prints the mismatches grouped by what went wrong, with seed, line, expected and got.
 */
import { describe, expect, it } from 'vitest';
import { roundTrip, summarize, type RoundTripResult } from './roundtrip-check.js';

const SEEDS = Number(process.env.ROUNDTRIP_SEEDS ?? 300);

describe('round trip: generated disclosures read back as generated', () => {
  for (const kind of ['budget', 'final'] as const)
    for (const artefacts of [false, true]) {
      it(`${kind}, ${SEEDS} seeds, ${artefacts ? 'with' : 'without'} artefacts`, () => {
        const results: RoundTripResult[] = [];
        for (let seed = 1; seed <= SEEDS; seed++) results.push(roundTrip(kind, seed, artefacts));
        const bad = results.filter((r) => r.mismatches.length);
        expect(bad.length, '\n' + summarize(results, 3)).toBe(0);
      });
    }
});
