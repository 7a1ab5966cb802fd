/**
 * Converts generated .docx files to legacy Word (.doc) or RTF with LibreOffice (`soffice`, Debian's
 * libreoffice-writer-nogui): many files in one invocation (start-up costs about a second), each run
 * with its own profile directory so that parallel runs do not collide. Used by the round trip of
 * formats nothing in Node writes (tests and `npm run bench:formats`), never by the readers.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export type ConvertedFormat = 'doc' | 'rtf';

export function hasSoffice(): boolean {
  return spawnSync('sh', ['-c', 'command -v soffice'], { stdio: 'ignore' }).status === 0;
}

/** Converts `files` into `outDir` (same base names, extension `to`); returns the written paths in order. */
export function convertWithSoffice(files: string[], to: ConvertedFormat, outDir: string, timeoutMs = 10 * 60_000): string[] {
  if (!files.length) return [];
  const profile = mkdtempSync(join(tmpdir(), 'budgetlens-soffice-'));
  const filter = to === 'doc' ? 'doc:MS Word 97' : 'rtf:Rich Text Format';
  try {
    execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outDir, ...files], { stdio: 'pipe', timeout: timeoutMs });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const out = files.map((f) => join(outDir, `${basename(f, extname(f))}.${to}`));
  const missing = out.filter((f) => !existsSync(f));
  if (missing.length) throw new Error(`soffice did not write ${missing.length} of ${out.length} files (first: ${missing[0]})`);
  return out;
}
