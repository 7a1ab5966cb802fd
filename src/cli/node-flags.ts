/**
 * The node flags and environment on the CLI entry's first line (`#!/usr/bin/env -S NAME=VALUE …
 * node --flag …`), for code that starts the CLI with `process.execPath` rather than as an
 * executable (benches, tests): the CLI then runs as a user's `budgetlens` command runs.
 */
import { readFileSync } from 'node:fs';

/** The words of the entry line after `env -S`, or none. */
function entryWords(cliPath: string): string[] {
  const first = readFileSync(cliPath, 'utf8').split('\n', 1)[0];
  const m = /^#!\S*env\s+-S\s+(.*)$/.exec(first);
  return m ? m[1].trim().split(/\s+/) : [];
}

/** The node flags (`--…` after `node`). */
export function cliNodeFlags(cliPath: string): string[] {
  const words = entryWords(cliPath);
  const node = words.indexOf('node');
  return node < 0 ? [] : words.slice(node + 1).filter((f) => f.startsWith('--'));
}

/** The environment the entry line sets before `node` (`NAME=VALUE` words). */
export function cliEnv(cliPath: string): Record<string, string> {
  const words = entryWords(cliPath);
  const node = words.indexOf('node');
  const out: Record<string, string> = {};
  for (const w of node < 0 ? [] : words.slice(0, node)) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(w);
    if (m) out[m[1]] = m[2];
  }
  return out;
}
