/**
 * Patch: inflate Flate streams with zlib directly.
 *
 * pdf.js decodes a whole Flate stream (content streams, font files) through the web
 * `DecompressionStream`, which on Node is zlib behind a web-streams adapter: per stream a few
 * promise round trips, chunk copies and a thread-pool hop. `zlib.inflateSync` is the same zlib
 * with the same result for a valid stream. Anything it rejects (damaged or truncated data, a raw
 * deflate stream without header) goes to pdf.js's own method, which fails the same way on
 * DecompressionStream and then falls back to its tolerant JavaScript decoder, exactly as before.
 */
import { inflateSync } from 'node:zlib';
import type { PdfStream, WorkerInternals } from './internals.js';

/** The decoded bytes in an array of their own (a Buffer may be a view into a shared pool). */
function ownBytes(b: Buffer): Uint8Array {
  if (b.byteOffset === 0 && b.buffer.byteLength === b.byteLength) return new Uint8Array(b.buffer, 0, b.byteLength);
  return new Uint8Array(b);
}

export function patchFlate(ns: WorkerInternals, enabled: () => boolean): void {
  const proto = ns.FlateStream.prototype;
  const asyncGetBytes = proto.asyncGetBytes;
  proto.asyncGetBytes = async function (this: { stream: PdfStream }) {
    if (!enabled()) return asyncGetBytes.call(this);
    // as pdf.js: the encoded bytes of the underlying stream, decoded first if that is async too
    this.stream.reset();
    const encoded = this.stream.isAsync ? await this.stream.asyncGetBytes() : this.stream.getBytes();
    if (encoded) {
      try {
        return ownBytes(inflateSync(encoded));
      } catch {
        // not a valid zlib stream: pdf.js's way, with its fallback decoder
      }
    }
    return asyncGetBytes.call(this);
  };
}
