/**
 * Round trip through a file format: generate → write the file → readDocument (sniffing, the
 * format's reader) → buildModel → compare with the truth (compareModel).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildModel } from '../../extract/index.js';
import { readDocument } from '../../readers/index.js';
import { compareModel, type RoundTripResult } from '../roundtrip-check.js';
import { extensionOf, renderSampleFormat, type SampleFormat } from './index.js';

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
    const msg = e instanceof Error ? e.stack ?? e.message : String(e);
    return { kind, seed, artefacts: false, mismatches: [{ kind: 'crash', what: 'crash', message: `${format}: ${msg.split('\n').slice(0, 3).join(' | ')}` }] };
  } finally {
    if (own) rmSync(d, { recursive: true, force: true });
  }
}
