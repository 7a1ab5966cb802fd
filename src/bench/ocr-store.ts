/** Where the OCR benchmark stores one document's result: a file name made from its path. */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

export function replayName(file: string): string {
  return createHash('sha1').update(resolve(file)).digest('hex') + '.json';
}
