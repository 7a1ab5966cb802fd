/**
 * Round-trip property test: for every seed, both kinds, with and without artefacts, generate → read
 * (textToDocument) → extract (buildModel) and compare identity, facts and tables (keys, codes, names,
 * values) with the generator's truth. `ROUNDTRIP_SEEDS` sets the number of seeds of the seed-drawn
 * mix (default 300), `ROUNDTRIP_STYLE_SEEDS` those of each named regional style (default 40).
 * A failure prints the mismatches grouped by what went wrong, with seed, line, expected and got.
 * Named styles tolerate only the known extraction weaknesses listed in roundtrip-known.ts.
 */
import { describe, expect, it } from 'vitest';
import { STYLE_NAMES } from './generate.js';
import { roundTrip, summarize, type RoundTripResult } from './roundtrip-check.js';
import { knownIssue } from './roundtrip-known.js';

const SEEDS = Number(process.env.ROUNDTRIP_SEEDS ?? 300);
const STYLE_SEEDS = Number(process.env.ROUNDTRIP_STYLE_SEEDS ?? 40);

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

describe('round trip: named regional styles', () => {
  for (const style of STYLE_NAMES)
    for (const kind of ['budget', 'final'] as const) {
      it(`${style} ${kind}, ${STYLE_SEEDS} seeds, with and without artefacts (known extraction weaknesses aside)`, () => {
        const results: RoundTripResult[] = [];
        for (let seed = 1; seed <= STYLE_SEEDS; seed++)
          for (const artefacts of [false, true]) {
            const r = roundTrip(kind, seed, artefacts, style);
            results.push({ ...r, mismatches: r.mismatches.filter((m) => !knownIssue(style, kind, seed, artefacts, m.what)) });
          }
        const bad = results.filter((r) => r.mismatches.length);
        expect(bad.length, '\n' + summarize(results, 3)).toBe(0);
      });
    }
});
