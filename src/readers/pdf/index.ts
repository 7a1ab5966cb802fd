// PLACEHOLDER — owned by the PDF helper; replace entirely.
import { NDocument, ReadError } from '../types.js';
export async function readPdf(file: string, _opts: { maxPages?: number; maxBytes?: number; timeoutMs?: number } = {}): Promise<NDocument> {
  throw new ReadError(file, 'unsupported', `${file}: PDF reader not built yet`);
}
