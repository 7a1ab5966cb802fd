/**
 * The default per-document deadline, proportionate to the file: a fixed allowance for start-up plus
 * time per megabyte (PDF pages cost far more than plain text; the base is generous because a shared
 * machine under load may run several times slower), capped so that one document can
 * never hold a worker for long. `--timeout` overrides it.
 */
export const TIMEOUT_BASE_MS = 30_000;
const PDF_MS_PER_MB = 60_000; // scans: OCR takes seconds per page
const TEXT_MS_PER_MB = 10_000;
export const TIMEOUT_MAX_MS = 600_000;

export function defaultTimeoutMs(file: string, bytes: number | null): number {
  const perMb = /\.pdf$/i.test(file) ? PDF_MS_PER_MB : TEXT_MS_PER_MB;
  const ms = TIMEOUT_BASE_MS + Math.ceil(((bytes ?? 0) / 1_048_576) * perMb);
  return Math.min(TIMEOUT_MAX_MS, ms);
}
