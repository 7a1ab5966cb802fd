/**
 * The node flags on the CLI entry's first line (`#!/usr/bin/env -S node --flag …`), for code that
 * starts the CLI with `process.execPath` rather than as an executable (benches, tests): the CLI then
 * runs as a user's `budgetlens` command runs.
 */
import { readFileSync } from 'node:fs';

export function cliNodeFlags(cliPath: string): string[] {
  const first = readFileSync(cliPath, 'utf8').split('\n', 1)[0];
  const m = /^#!\S*env\s+-S\s+node\s+(.*)$/.exec(first);
  return m ? m[1].trim().split(/\s+/).filter((f) => f.startsWith('--')) : [];
}
