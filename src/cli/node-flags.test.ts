import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cliEnv, cliNodeFlags } from './node-flags.js';
import { MALLOC_ENV } from '../engine/malloc-env.js';
import { CLI } from '../engine/testing/fixtures.js';

describe('the CLI entry line', () => {
  it('gives node its flags, which cliNodeFlags reads back', () => {
    expect(cliNodeFlags(CLI)).toEqual(['--max-semi-space-size=2']);
    expect(cliEnv(CLI)).toEqual(MALLOC_ENV);
    const dir = mkdtempSync(join(tmpdir(), 'bl-flags-'));
    try {
      writeFileSync(join(dir, 'plain.js'), '#!/usr/bin/env node\n');
      expect(cliNodeFlags(join(dir, 'plain.js'))).toEqual([]);
      expect(cliEnv(join(dir, 'plain.js'))).toEqual({});
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs as an executable through its first line', () => {
    const r = spawnSync(CLI, ['--version'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
