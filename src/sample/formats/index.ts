/** Generated disclosures in every grid format: the same document as the text sample, tables tab-laid. */
import { renderSample, type Mutation, type SampleOptions, type SampleTruth } from '../generate.js';
import { renderDocx } from './docx.js';
import { renderHtml } from './html.js';
import { renderXls, renderXlsx } from './xlsx.js';

export const SAMPLE_FORMATS = ['txt', 'xlsx', 'xls', 'docx', 'html', 'html-gbk'] as const;
export type SampleFormat = (typeof SAMPLE_FORMATS)[number];

export const extensionOf = (f: SampleFormat) => (f === 'html-gbk' ? 'html' : f);

/** `m`: one planted change (src/sample/mutate.ts), as in the text sample. */
export async function renderSampleFormat(o: Omit<SampleOptions, 'layout'>, format: SampleFormat, m: Mutation = {}): Promise<{ data: Buffer; truth: SampleTruth }> {
  if (format === 'txt') {
    const s = renderSample(o, m);
    return { data: Buffer.from(s.text, 'utf8'), truth: s.truth };
  }
  // grid formats hold tables as cells: clean tab-laid tables (artefacts are text-extraction traces)
  const s = renderSample({ ...o, artefacts: false, layout: 'tab' }, m);
  const data = format === 'xlsx' ? await renderXlsx(s.lines, o.seed) : format === 'xls' ? renderXls(await renderXlsx(s.lines, o.seed)) : format === 'docx' ? await renderDocx(s.lines) : renderHtml(s.lines, format === 'html-gbk' ? 'gbk' : 'utf-8');
  return { data, truth: s.truth };
}
