/**
 * One-way flow: readers → normalised document → extract → model → rules. Nothing after the readers
 * branches on the input format (only on the reader-declared geometry), and the readers import no
 * later stage (they produce the normalised document; their character rules are their own).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : []));
}

/** Relative modules a source imports (static `import`/`export … from` and dynamic `import()`), as paths from the repository root. */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]);
  return specs.filter((s) => s.startsWith('.')).map((s) => relative(process.cwd(), resolve(dirname(file), s)).replace(/\.js$/, '.ts'));
}

describe('one-way flow', () => {
  it('extract/ and rules/ never compare the input format of the document (it is only copied into the model for reports)', () => {
    const offenders = ['src/extract', 'src/rules', 'src/model', 'src/normalize']
      .flatMap(sources)
      .filter((f) => /\bdoc\.format\s*[!=]==|\bformat\s*[!=]==\s*'(?:pdf|text|xlsx|xls|docx|doc|rtf|html)'|\bextname\(|\.endsWith\(\s*'\.(?:pdf|txt|md|xlsx?|docx?|rtf|html?)'/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('readers import no later stage: only their own modules and the model vocabulary (Box, Decimal)', () => {
    // test helpers (readers/testing/) may build models; the readers themselves may not
    const readers = sources('src/readers').filter((f) => !f.startsWith(join('src', 'readers', 'testing')));
    const allowed = (p: string) => p.startsWith('src/readers/') || p.startsWith('src/types/') || ['src/model/source.ts', 'src/model/decimal.ts'].includes(p);
    const offenders = readers.flatMap((f) => imports(f).filter((p) => !allowed(p)).map((p) => `${f} → ${p}`));
    expect(offenders).toEqual([]);
    // the vocabulary they may use imports nothing from the later stages either
    for (const leaf of ['src/model/source.ts', 'src/model/decimal.ts']) expect(imports(leaf).filter((p) => !p.startsWith('src/model/'))).toEqual([]);
  });

  it('the guard sees the imports it should (a later-stage import in a reader would be caught)', () => {
    expect(imports('src/readers/grid.ts')).toContain('src/readers/char-rules.ts');
    expect(imports('src/readers/office.ts')).toContain('src/readers/doc.ts'); // dynamic import()
    expect(imports('src/extract/sections.ts').some((p) => p.startsWith('src/readers/'))).toBe(true);
  });

  it('normalize/ imports neither extraction nor rules', () => {
    const offenders = sources('src/normalize').flatMap((f) => imports(f).filter((p) => /^src\/(?:extract|rules|report|cli|server)\//.test(p)).map((p) => `${f} → ${p}`));
    expect(offenders).toEqual([]);
  });
});
