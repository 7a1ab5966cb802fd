/**
 * Round trip through a file format: generate → write the file → readDocument (sniffing, the
 * format's reader) → buildModel → compare with the truth (compareModel).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildModel } from '../../extract/index.js';
import { readDocument } from '../../readers/index.js';
import { compareModel, type RoundTripResult } from '../roundtrip-check.js';
import { extensionOf, renderSampleFormat, type SampleFormat } from './index.js';
import { convertWithSoffice, type ConvertedFormat } from './soffice.js';

const crash = (kind: 'budget' | 'final', seed: number, format: string, e: unknown): RoundTripResult => {
  const msg = e instanceof Error ? e.stack ?? e.message : String(e);
  return { kind, seed, artefacts: false, mismatches: [{ kind: 'crash', what: 'crash', message: `${format}: ${msg.split('\n').slice(0, 3).join(' | ')}` }] };
};

/**
 * Round trip through a format that LibreOffice writes (.doc, RTF): every document rendered as
 * .docx, all converted in one `soffice` call, then each read and compared with its truth.
 */
export async function roundTripConverted(items: { kind: 'budget' | 'final'; seed: number }[], to: ConvertedFormat, dir?: string): Promise<RoundTripResult[]> {
  const d = mkdtempSync(join(dir ?? tmpdir(), 'budgetlens-rt-'));
  try {
    const src = join(d, 'docx');
    mkdirSync(src);
    const rendered = [];
    for (const { kind, seed } of items) {
      const { data, truth } = await renderSampleFormat({ kind, seed }, 'docx');
      const file = join(src, `sample-${kind}-${seed}.docx`);
      writeFileSync(file, data);
      rendered.push({ kind, seed, truth, file });
    }
    let out: string[];
    try {
      out = convertWithSoffice(rendered.map((r) => r.file), to, d);
    } catch (e) {
      return items.map(({ kind, seed }) => crash(kind, seed, to, e));
    }
    const results: RoundTripResult[] = [];
    for (const [i, r] of rendered.entries()) {
      try {
        results.push({ kind: r.kind, seed: r.seed, artefacts: false, mismatches: compareModel(r.truth, buildModel(await readDocument(out[i]))) });
      } catch (e) {
        results.push(crash(r.kind, r.seed, to, e));
      }
    }
    return results;
  } finally {
    rmSync(d, { recursive: true, force: true });
  }
}

export async function roundTripFormat(kind: 'budget' | 'final', seed: number, format: SampleFormat, dir?: string): Promise<RoundTripResult> {
  const own = !dir;
  const d = dir ?? mkdtempSync(join(tmpdir(), 'budgetlens-rt-'));
  const file = join(d, `sample-${kind}-${seed}-${format}.${extensionOf(format)}`);
  try {
    const { data, truth } = await renderSampleFormat({ kind, seed }, format);
    writeFileSync(file, data);
    const model = buildModel(await readDocument(file));
    return { kind, seed, artefacts: false, mismatches: compareModel(truth, model) };
  } catch (e) {
    return crash(kind, seed, format, e);
  } finally {
    if (own) rmSync(d, { recursive: true, force: true });
  }
}
