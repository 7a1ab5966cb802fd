/** End-to-end: the built CLI (dist/), as the scorer and users run it. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const cli = join(root, 'dist/cli/main.js');
const run = (...args: string[]) => spawnSync('node', [cli, ...args], { encoding: 'utf8', cwd: root, timeout: 60_000 });

describe('budgetlens CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bl-cli-'));
  const good = join(dir, 'good.txt');
  writeFileSync(good, '北京市某区测试局\n2024年部门预算\n一、部门主要职责\n收入预算100.00万元。\n');
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const notPdf = join(dir, 'fake.pdf');
  writeFileSync(notPdf, 'hello');

  it('extract --json prints one JSON object per readable file, in input order, and goes on past bad files', () => {
    const r = run('extract', '--json', empty, good, notPdf, good);
    expect(r.status).toBe(2);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const l of lines) {
      const o = JSON.parse(l);
      expect(o.file).toBe(good);
      expect(o.document).toBeDefined();
      expect(Array.isArray(o.tables)).toBe(true);
    }
    const errs = r.stderr.trim().split('\n');
    expect(errs).toHaveLength(2);
    expect(errs[0]).toContain(empty);
    expect(errs[1]).toContain(notPdf);
  });

  it('check --json prints findings and a summary; exit status follows the contract', () => {
    const r = run('check', '--json', good);
    expect([0, 1]).toContain(r.status);
    const o = JSON.parse(r.stdout.trim().split('\n')[0]);
    expect(o.summary).toEqual(expect.objectContaining({ error: expect.any(Number), warning: expect.any(Number), info: expect.any(Number) }));
    expect(r.status).toBe(o.summary.error > 0 ? 1 : 0);
  });

  it('check --format csv prints a header and rows', () => {
    const r = run('check', '--format', 'csv', good);
    expect(r.stdout.split('\n')[0]).toMatch(/^file,org,year,kind,rule,severity,message/);
  });

  it('a missing file gets one line naming it and exit 2', () => {
    const r = run('extract', join(dir, 'nope.txt'));
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('nope.txt');
  });

  it('demo generates a sample with one planted error and finds it', () => {
    const r = run('demo', '--seed', '7');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('植入的错误');
    expect(r.stdout).toMatch(/错误（1）/);
    expect(run('demo', '--seed', '7', '--clean').stdout).toMatch(/合计：错误 0/);
  });

  it('rules lists the catalog', () => {
    const r = run('rules', '--json');
    expect(r.status).toBe(0);
    expect(Array.isArray(JSON.parse(r.stdout))).toBe(true);
  });
});
