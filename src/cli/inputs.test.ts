import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandInputs, globRegExp } from './inputs.js';

describe('expandInputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bl-inputs-'));
  for (const f of ['a.pdf', 'b.TXT', 'c.md', 'd.wps', 'e.xlsx', 'sub/e.pdf', 'sub/deep/f.txt', '.hidden/g.pdf']) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), 'x');
  }
  it('walks directories recursively for documents (.pdf/.txt/.md/office/HTML), sorted, skipping hidden entries', () => {
    expect(expandInputs([dir]).files).toEqual(['a.pdf', 'b.TXT', 'c.md', 'e.xlsx', 'sub/deep/f.txt', 'sub/e.pdf'].map((f) => join(dir, f)));
  });
  it('takes files as given, even missing ones or other extensions', () => {
    expect(expandInputs([join(dir, 'd.doc'), join(dir, 'nope.pdf')]).files).toEqual([join(dir, 'd.doc'), join(dir, 'nope.pdf')]);
  });
  it('expands globs with * and **, and reports patterns that match nothing', () => {
    expect(expandInputs([join(dir, '*.pdf')]).files).toEqual([join(dir, 'a.pdf')]);
    expect(expandInputs([join(dir, '**/*.pdf')]).files).toEqual([join(dir, 'a.pdf'), join(dir, 'sub/e.pdf')]);
    expect(expandInputs([join(dir, 'sub/**')]).files).toEqual([join(dir, 'sub/deep/f.txt'), join(dir, 'sub/e.pdf')]);
    expect(expandInputs([join(dir, '*.xls')])).toEqual({ files: [], unmatched: [join(dir, '*.xls')] });
  });
});

describe('globRegExp', () => {
  it.each([
    ['*.pdf', 'x.pdf', true],
    ['*.pdf', 'd/x.pdf', false],
    ['**/*.pdf', 'x.pdf', true],
    ['**/*.pdf', 'a/b/x.pdf', true],
    ['doc-?.txt', 'doc-1.txt', true],
    ['doc-[0-4].txt', 'doc-7.txt', false],
    ['a+b(1).pdf', 'a+b(1).pdf', true],
  ])('%s ~ %s → %s', (glob, path, match) => {
    expect(globRegExp(glob).test(path)).toBe(match);
  });
});
