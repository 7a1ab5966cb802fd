import { existsSync } from 'node:fs';
/** Test inputs for the report formats: a generated disclosure with a planted error, and a shared PDF. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeFile } from '../pipeline.js';
import { renderSample } from '../sample/generate.js';
import { MUTATION_CLASSES, makeMutation } from '../sample/mutate.js';
import type { ReportInput } from './review.js';

/** A shared sample PDF with findings on several pages, each with evidence boxes (read, never copied). */
export const SHARED_PDF = fileURLToPath(new URL('../../../shared/samples/pdf/shanghai-putuo-finance-bureau-2024-final.pdf', import.meta.url));
/** The shared samples are beside the repository (`../shared`); tests that read them skip without. */
export const HAVE_SHARED = existsSync(SHARED_PDF);

export const tempDir = () => mkdtempSync(join(tmpdir(), 'budgetlens-report-'));

/** Checks a file; throws when it cannot be read. */
export async function analyzed(file: string): Promise<ReportInput> {
  const a = await analyzeFile(file, { check: true });
  if (!a.ok) throw new Error(a.error);
  return { file, model: a.model, findings: a.findings ?? [] };
}

/**
 * A generated budget text with one planted narrative error; `replace` edits the text before it is
 * written (e.g. to put hostile markup into the body's name).
 */
export async function generatedSample(seed = 2024, replace: (text: string, org: string) => string = (t) => t): Promise<ReportInput> {
  const opts = { kind: 'budget' as const, seed };
  const clean = renderSample(opts);
  const pct = MUTATION_CLASSES.find((c) => c.id === 'narrative-percent')!;
  const planted = makeMutation(pct, clean, seed);
  const text = planted ? renderSample(opts, planted.mutation).text : clean.text;
  const file = join(tempDir(), `sample-budget-${seed}.txt`);
  writeFileSync(file, replace(text, clean.data.org.name));
  return analyzed(file);
}
