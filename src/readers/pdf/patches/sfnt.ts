/**
 * The little of an sfnt (TrueType / OpenType) font program that text extraction needs: the table
 * directory, and the vertical metrics pdf.js takes from `head` and `hhea` (they become the
 * ascent/descent of the text content's styles). Read the way pdf.js's `Font#checkAndRepair`
 * reads them; anything it would have to repair or could reject gives null here, and then the
 * caller lets pdf.js do its full conversion.
 */

/** Tables pdf.js keeps (its VALID_TABLES); others are ignored as it ignores them. */
const KEPT = new Set(['OS/2', 'cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'post', 'loca', 'glyf', 'fpgm', 'prep', 'cvt ', 'CFF ']);

export interface SfntTables {
  /** The first four bytes: 0x00010000, 'true' or 'OTTO'. */
  version: string;
  /** Table data by tag (empty tables are left out, a later duplicate wins, as in pdf.js). */
  tables: Map<string, Uint8Array>;
}

function u16(b: Uint8Array, o: number): number {
  return (b[o] << 8) | b[o + 1];
}

function s16(b: Uint8Array, o: number): number {
  const v = u16(b, o);
  return v & 0x8000 ? v - 0x10000 : v;
}

function u32(b: Uint8Array, o: number): number {
  return ((b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]) >>> 0;
}

function tag(b: Uint8Array, o: number): string {
  return String.fromCharCode(b[o], b[o + 1], b[o + 2], b[o + 3]);
}

/** The table directory; null for a collection (TTC) or a directory pointing outside the data. */
export function readSfntTables(bytes: Uint8Array): SfntTables | null {
  if (bytes.length < 12) return null;
  const version = tag(bytes, 0);
  if (version === 'ttcf') return null;
  const numTables = u16(bytes, 4);
  if (12 + 16 * numTables > bytes.length) return null;
  const tables = new Map<string, Uint8Array>();
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + 16 * i;
    const t = tag(bytes, rec);
    const offset = u32(bytes, rec + 8);
    const length = u32(bytes, rec + 12);
    if (!KEPT.has(t) || length === 0) continue;
    if (offset + length > bytes.length) return null;
    tables.set(t, bytes.subarray(offset, offset + length));
  }
  return { version, tables };
}

export interface SfntMetrics {
  ascent: number;
  descent: number;
  lineGap: number;
}

/**
 * Ascent, descent and line gap in em units, as pdf.js computes them after its repairs, for a font
 * pdf.js would accept without throwing up to that point; null otherwise.
 *
 * pdf.js rejects (and falls back to a system font) when `maxp`, `head` or `hhea` is missing, when
 * `hmtx` is missing (its metrics check dereferences it), when a TrueType font has no `loca`, when
 * the `maxp` version is wrong and cannot be guessed from its length, and when `indexToLocFormat`
 * is invalid (it may repair that from the `loca` length; not attempted here). A TrueType font
 * without `glyf` is repaired by pdf.js and left to it. A CFF-flavoured font lacking `post` is
 * converted by another path in pdf.js and left to it too.
 */
export function sfntMetrics(sfnt: SfntTables): SfntMetrics | null {
  const { tables } = sfnt;
  const head = tables.get('head');
  const hhea = tables.get('hhea');
  const maxp = tables.get('maxp');
  if (!head || !hhea || !maxp || !tables.has('hmtx')) return null;
  if (head.length < 54 || hhea.length < 36 || maxp.length < 6) return null;
  if (tables.has('CFF ')) {
    if (!tables.has('post')) return null;
  } else if (!tables.has('loca') || !tables.has('glyf')) {
    return null;
  }
  const maxpVersion = u32(maxp, 0);
  if (maxpVersion !== 0x00010000 && maxpVersion !== 0x00005000 && maxp.length !== 6 && maxp.length < 32) return null;
  const indexToLocFormat = u16(head, 50);
  if (indexToLocFormat > 1) return null;
  const unitsPerEm = u16(head, 18);
  return {
    ascent: s16(hhea, 4) / unitsPerEm,
    descent: s16(hhea, 6) / unitsPerEm,
    lineGap: s16(hhea, 8) / unitsPerEm,
  };
}
