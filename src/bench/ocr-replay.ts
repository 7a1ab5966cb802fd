/**
 * A stand-in for the CLI used by the OCR benchmark: `node ocr-replay.js OUTDIR extract|check --json
 * FILE` prints the result the benchmark stored for FILE, so the shared scorer grades documents
 * that were OCR'd once (OCR is slow) instead of twice.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { replayName } from './ocr-store.js';

const [outDir, sub, , file] = process.argv.slice(2);
const stored = join(outDir, sub, replayName(file));
if (!existsSync(stored)) {
  process.stderr.write(`${file}: 没有保存的识别结果\n`);
  process.exit(2);
}
process.stdout.write(readFileSync(stored, 'utf8') + '\n');
