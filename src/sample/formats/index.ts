/** Generated disclosures in every grid format: the same document as the text sample, tables tab-laid. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderSample, type Mutation, type SampleOptions, type SampleTruth } from '../generate.js';
import { renderDocx } from './docx.js';
import { renderHtml } from './html.js';
import { renderXls, renderXlsx } from './xlsx.js';
import { convertWithSoffice, type ConvertedFormat } from './soffice.js';

import type { SampleFormat } from './names.js';
export { SAMPLE_FORMATS, type SampleFormat } from './names.js';
/** Formats written by converting the .docx with LibreOffice (`soffice`, see soffice.ts). */
export const CONVERTED_FORMATS: readonly SampleFormat[] = ['doc', 'rtf'];

/** The .docx converted by LibreOffice (one document; batches use `convertWithSoffice` directly). */
function convertOne(docx: Buffer, to: ConvertedFormat): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'budgetlens-convert-'));
  try {
    writeFileSync(join(dir, 'sample.docx'), docx);
    return readFileSync(convertWithSoffice([join(dir, 'sample.docx')], to, dir)[0]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const extensionOf = (f: SampleFormat) => (f === 'html-gbk' ? 'html' : f);

/** `m`: one planted change (src/sample/mutate.ts), as in the text sample. */
export async function renderSampleFormat(o: Omit<SampleOptions, 'layout'>, format: SampleFormat, m: Mutation = {}): Promise<{ data: Buffer; truth: SampleTruth }> {
  if (format === 'txt') {
    const s = renderSample(o, m);
    return { data: Buffer.from(s.text, 'utf8'), truth: s.truth };
  }
  // grid formats hold tables as cells: clean tab-laid tables (artefacts are text-extraction traces)
  const s = renderSample({ ...o, artefacts: false, layout: 'tab' }, m);
  const data =
    format === 'xlsx' ? await renderXlsx(s.lines, o.seed)
    : format === 'xls' ? renderXls(await renderXlsx(s.lines, o.seed))
    : format === 'docx' ? await renderDocx(s.lines)
    : format === 'doc' || format === 'rtf' ? convertOne(await renderDocx(s.lines), format)
    : renderHtml(s.lines, format === 'html-gbk' ? 'gbk' : 'utf-8');
  return { data, truth: s.truth };
}
