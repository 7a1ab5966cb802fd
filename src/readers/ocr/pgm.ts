/** Binary greyscale PGM (P5, 8 bit) as written by `pdftoppm -gray`: the only image format OCR reads. */

export interface GrayImage {
  width: number;
  height: number;
  /** One byte per pixel, rows top to bottom; 0 black, 255 white. */
  data: Uint8Array;
}

/** Parses a P5 PGM with maxval ≤ 255; throws on anything else. */
export function parsePgm(buf: Uint8Array): GrayImage {
  let pos = 0;
  const token = (): string => {
    // skip white space and comments
    for (;;) {
      while (pos < buf.length && /\s/.test(String.fromCharCode(buf[pos]))) pos++;
      if (buf[pos] === 0x23) while (pos < buf.length && buf[pos] !== 0x0a) pos++;
      else break;
    }
    const start = pos;
    while (pos < buf.length && !/\s/.test(String.fromCharCode(buf[pos]))) pos++;
    return String.fromCharCode(...buf.subarray(start, pos));
  };
  if (token() !== 'P5') throw new Error('not a binary PGM (P5)');
  const width = Number(token());
  const height = Number(token());
  const max = Number(token());
  pos++; // the single white space before the raster
  if (!(width > 0 && height > 0 && max > 0 && max < 256)) throw new Error('unsupported PGM header');
  if (buf.length - pos < width * height) throw new Error('truncated PGM');
  return { width, height, data: buf.subarray(pos, pos + width * height) };
}

/** Writes a P5 PGM (tests and the scan generator). */
export function writePgm(img: GrayImage): Buffer {
  return Buffer.concat([Buffer.from(`P5\n${img.width} ${img.height}\n255\n`, 'latin1'), Buffer.from(img.data.buffer, img.data.byteOffset, img.width * img.height)]);
}
