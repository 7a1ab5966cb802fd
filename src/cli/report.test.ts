/** `budgetlens report` end to end through the built CLI (dist/). */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { renderSample } from '../sample/generate.js';
import { HAVE_SHARED, SHARED_PDF, tempDir } from '../report/testing.js';

const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'dist/cli/main.js');
const run = (...args: string[]) => spawnSync('node', [cli, 'report', ...args], { encoding: 'utf8', cwd: root, timeout: 60_000 });

describe('budgetlens report', () => {
  const dir = tempDir();
  const sample = join(dir, 'sample.txt');
  writeFileSync(sample, renderSample({ kind: 'final', seed: 7 }).text);

  it('writes the html and xlsx reports of a generated text and exits 0', () => {
    for (const format of ['html', 'xlsx']) {
      const out = join(dir, `sample.${format}`);
      const r = run('--format', format, '--out', out, sample);
      expect(r.status, r.stderr).toBe(0);
      expect(existsSync(out)).toBe(true);
      expect(r.stderr).toContain(out);
    }
    expect(readFileSync(join(dir, 'sample.html'), 'utf8')).toMatch(/^<!DOCTYPE html>[\s\S]*检查报告/);
    expect(readFileSync(join(dir, 'sample.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it.skipIf(!HAVE_SHARED)('annotates a shared PDF and exits 0', async () => {
    const out = join(dir, 'annotated.pdf');
    const r = run('--format', 'pdf', '--out', out, SHARED_PDF);
    expect(r.status, r.stderr).toBe(0);
    const doc = await PDFDocument.load(readFileSync(out));
    const annots = doc.getPages().reduce((n, p) => n + (p.node.Annots()?.size() ?? 0), 0);
    expect(annots).toBeGreaterThan(0);
  });

  it('bad input: one line on stderr naming the file, exit 2, nothing written', () => {
    const fake = join(dir, 'fake.pdf');
    writeFileSync(fake, 'hello');
    const out = join(dir, 'fake.html');
    const r = run('--format', 'html', '--out', out, fake);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(fake);
    expect(existsSync(out)).toBe(false);
  });

  it('the pdf format of a text input is refused in one line naming the file', () => {
    const out = join(dir, 'sample.pdf');
    const r = run('--format', 'pdf', '--out', out, sample);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(sample);
    expect(r.stderr).toContain('不是 PDF 文件');
    expect(existsSync(out)).toBe(false);
  });
});
