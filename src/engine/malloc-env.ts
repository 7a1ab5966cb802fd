/**
 * glibc malloc settings for budgetlens's processes (ignored by other C libraries).
 *
 * By default glibc gives each thread that allocates its own arena (up to 8 per core) and keeps
 * freed memory at an arena's top until 128 KB accumulate, raising that threshold as large blocks
 * are freed. A worker's threads (V8's compiler and collector threads, libuv's pool) each grew an
 * arena, and the pages freed between documents stayed resident. Two arenas, and giving back what
 * passes 1 MB at the top, cut the peak resident memory of a 120-document batch with scans from
 * 562 to 475 MiB (CLI 109 → 82 MiB, workers ~175 → ~146 MiB) at the same wall time; on 232
 * text-layer documents 435 → 377–392 MiB, time unchanged (docs/benchmarks.md).
 *
 * The CLI's entry line sets the same two variables for itself (cli/main.ts; a test compares them).
 */
export const MALLOC_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2', MALLOC_TRIM_THRESHOLD_: '1048576' };

/** The settings not already chosen in `env` (a user's own choice wins). */
export function mallocEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(MALLOC_ENV)) if (env[k] === undefined) out[k] = v;
  return out;
}
