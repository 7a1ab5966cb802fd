/** A document's identity in the store: sha256 of its bytes, and its size (null when it cannot be read). */
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, statSync } from 'node:fs';

const READ_WHOLE_BYTES = 64 * 1_048_576;

export async function fingerprint(file: string): Promise<{ hash: string; size: number } | null> {
  try {
    const size = statSync(file).size;
    const h = createHash('sha256');
    if (size <= READ_WHOLE_BYTES) h.update(readFileSync(file));
    else for await (const chunk of createReadStream(file)) h.update(chunk as Buffer);
    return { hash: h.digest('hex'), size };
  } catch {
    return null;
  }
}
