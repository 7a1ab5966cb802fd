/**
 * V8 flags for the pool's worker processes that make their start cheaper.
 *
 * A worker spends its first documents warming up: in a fresh process the 57 text-layer shared PDFs
 * cost ~12 s of CPU on the first pass and ~9 s on later ones. Most of that difference is not
 * loading or compiling code (loading pdf.js is ~70 ms; a V8 code cache of its worker module, tried,
 * saved nothing measurable) but optimising compilation: TurboFan, on background threads, compiles
 * many functions that run only a few times in a short-lived worker, and inlines a great deal
 * into each. Two flags make it compile fewer and smaller functions: tier-up only after 4× the
 * default interrupt budget (hot functions are still optimised, a little later) and half the
 * cumulative inlining budget. On the one-shot `check --jobs 2` over those 57 PDFs this cut the
 * CPU time by ~20% (medians of 3, docs/benchmarks.md); later passes of a warm worker got no slower.
 *
 * Measured on Node 20 (V8 11.3) only; newer V8 versions tier up differently (Maglev), so they get
 * no flags here.
 */
const V8_MAJOR = Number(process.versions.v8.split('.')[0]);

/** Node 20's default `--interrupt-budget` (67584) × 4, and `--max-inlined-bytecode-size-cumulative` (460) / 2. */
const NODE20_FLAGS = ['--interrupt-budget=270336', '--max-inlined-bytecode-size-cumulative=230'];

/** The tier-up flags for a worker process on this Node (none where they were not measured). */
export function workerTierUpFlags(v8Major = V8_MAJOR): string[] {
  return v8Major === 11 ? [...NODE20_FLAGS] : [];
}
