/** One-way flow: nothing after the readers branches on the input format (only on the reader-declared geometry). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : []));
}

describe('one-way flow', () => {
  it('extract/ and rules/ never compare the input format of the document (it is only copied into the model for reports)', () => {
    const offenders = ['src/extract', 'src/rules'].flatMap(sources).filter((f) => /\bdoc\.format\s*[!=]==|\bformat\s*[!=]==\s*'(?:pdf|text|xlsx|xls|docx|doc|html)'/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
