/** Test helpers for the engine: generated documents, the built CLI, and waiting on conditions. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateSample } from '../../sample/generate.js';

export const CLI = resolve(import.meta.dirname, '../../../dist/cli/main.js');

/** Writes `n` generated disclosures (optionally behind a test-hook first line) into a fresh directory. */
export function writeDocs(n: number, hook?: (i: number) => string | undefined): { dir: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'bl-engine-'));
  const docs = join(dir, 'docs');
  mkdirSync(docs);
  const files: string[] = [];
  for (let i = 0; i < n; i++) {
    const { text } = generateSample({ kind: i % 2 ? 'final' : 'budget', seed: 100 + (i % 7) });
    const file = join(docs, `doc-${String(i).padStart(4, '0')}.txt`);
    const h = hook?.(i);
    writeFileSync(file, h ? `#budgetlens-test:${h}\n${text}` : text);
    files.push(file);
  }
  return { dir, files };
}

export interface Spawned {
  proc: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
}

/** Starts the built CLI with test hooks enabled. */
export function spawnCli(args: string[], cwd: string): Spawned {
  const proc = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, BUDGETLENS_TEST_HOOKS: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  proc.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  proc.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
  const exit = new Promise<number | null>((r) => proc.on('close', (code) => r(code)));
  return { proc, stdout: () => out, stderr: () => err, exit };
}

export async function waitFor(cond: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const jsonLines = (s: string) =>
  s
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as { file: string; summary: { error: number } });
