/**
 * Expands the command line's inputs into files: a file is taken as given (even with another
 * extension, or missing: the reader then reports it); a directory is searched recursively for
 * .pdf/.txt/.md/.xlsx/.xls/.docx/.doc/.html/.htm; a pattern with * ? or ** is matched against the files under its fixed prefix.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

export const DOCUMENT_EXTENSIONS = /\.(pdf|txt|md|xlsx|xls|docx|doc|html?)$/i;
const GLOB_CHARS = /[*?[]/;

export function expandInputs(inputs: string[]): { files: string[]; unmatched: string[] } {
  const files: string[] = [];
  const unmatched: string[] = [];
  for (const input of inputs) {
    const st = statOf(input);
    if (st?.isDirectory()) files.push(...walk(input).filter((f) => DOCUMENT_EXTENSIONS.test(f)));
    else if (!st && GLOB_CHARS.test(input)) {
      const found = expandGlob(input);
      if (found.length === 0) unmatched.push(input);
      files.push(...found);
    } else files.push(input);
  }
  return { files, unmatched };
}

function statOf(p: string) {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}

/** Every file under dir, depth first, names sorted (stable order across runs). Hidden entries are skipped. */
export function walk(dir: string): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

/** Files matching a glob (`*`, `?`, `[…]` within a name; `**` across directories), sorted. */
export function expandGlob(pattern: string): string[] {
  const normalized = pattern.split(sep).join('/');
  const parts = normalized.split('/');
  const fixed: string[] = [];
  while (parts.length > 1 && !GLOB_CHARS.test(parts[0])) fixed.push(parts.shift()!);
  const base = fixed.length === 0 ? '.' : fixed.join('/') || '/';
  const re = globRegExp(parts.join('/'));
  const prefix = fixed.length === 0 ? '' : base === '/' ? '/' : base + '/';
  return walk(base)
    .map((f) => f.split(sep).join('/'))
    .filter((f) => f.startsWith(prefix) && re.test(f.slice(prefix.length)));
}

export function globRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        re += '[' + glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
