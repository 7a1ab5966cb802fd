/**
 * Patch: no font program conversion for text extraction.
 *
 * For every embedded font pdf.js rebuilds the font program into an OpenType file a browser could
 * load (`Font#checkAndRepair`: table sanitising, glyph re-encoding, CFF recompilation). Extracting
 * text needs none of it: characters come from the ToUnicode CMap, advances from the PDF's /W
 * widths, and the styles' ascent/descent from two small tables. On the sample documents the
 * conversion was most of pdf.js's font cost (700 ms of a 4.3 MB CJK font alone).
 *
 * So, when pdf.js runs with `disableFontFace` (no font faces are ever made) and the font is one
 * whose text does not depend on the program — a composite (CID) font with the Identity CMap, a
 * real ToUnicode CMap, horizontal writing; or a simple TrueType font (glyf outlines) with an
 * /Encoding or a ToUnicode CMap — `checkAndRepair` only does what changes the text
 * content: it sets ascent/descent/line gap from `hhea`/`head` exactly as pdf.js would, and for a
 * CFF-flavoured program the font matrix from the CFF top dict (pdf.js scales widths by it). The
 * font then has no program data: pdf.js's only other use of it is building glyph outlines for
 * rendering, which this reader never does. Any font outside that case, or whose tables pdf.js would
 * have to repair or reject (see sfnt.ts), goes through pdf.js's own conversion unchanged.
 */
import type { FontLike, FontProperties, PdfStream, WorkerInternals } from './internals.js';
import { readSfntTables, sfntMetrics, type SfntTables } from './sfnt.js';

/** Does pdf.js's text content for this font depend only on the PDF's dictionaries and the metrics? */
function textIndependentOfProgram(font: FontLike, p: FontProperties, ns: WorkerInternals, sfnt: SfntTables): boolean {
  if (font.disableFontFace !== true || font.cssFontInfo || p.vertical || p.scaleFactors) return false;
  if (p.toUnicode instanceof ns.IdentityToUnicodeMap) return false;
  // a composite (CID) font with the Identity CMap and a real ToUnicode CMap
  if (p.composite === true) return p.cMap instanceof ns.IdentityCMap && p.hasIncludedToUnicodeMap === true;
  // a simple TrueType font (glyf outlines) whose characters come from its /Encoding or its
  // ToUnicode CMap: pdf.js's conversion then only re-encodes glyphs for drawing
  // (`adjustTrueTypeToUnicode`, the one step that amends the text, returns early for these); a
  // CFF-flavoured simple font goes through pdf.js's `convert` and is left to it
  return (
    p.type === 'TrueType' &&
    (p.hasEncoding === true || p.hasIncludedToUnicodeMap === true) &&
    !sfnt.tables.has('CFF ') &&
    sfnt.tables.has('glyf') &&
    sfnt.tables.has('loca')
  );
}

/**
 * The start of pdf.js's `CFFParser#parse`, in its order, up to where it stores the top dict's
 * FontMatrix and FontBBox in the font properties (its only effects on them); a failure on the way
 * leaves them as pdf.js's failed parse would (pdf.js catches it and goes on). Left out: parsing
 * the global subroutine and CharStrings indexes (tens of thousands of entries in a CJK font),
 * which only reads offsets and cannot throw.
 */
function applyCffTopDict(cffData: Uint8Array, properties: FontProperties, ns: WorkerInternals): void {
  try {
    const parser = new ns.CFFParser(new ns.Stream(cffData), properties, true);
    const cff = new ns.CFF();
    parser.cff = cff;
    const header = parser.parseHeader();
    const nameIndex = parser.parseIndex(header.endPos);
    const topDictIndex = parser.parseIndex(nameIndex.endPos);
    const stringIndex = parser.parseIndex(topDictIndex.endPos);
    const topDict = parser.createDict(ns.CFFTopDict, parser.parseDict(topDictIndex.obj.get(0)), cff.strings);
    cff.header = header.obj;
    cff.names = parser.parseNameIndex(nameIndex.obj);
    cff.strings = parser.parseStringIndex(stringIndex.obj);
    cff.topDict = topDict;
    parser.parsePrivateDict(topDict);
    const fontMatrix = topDict.getByName('FontMatrix') as number[] | undefined;
    if (fontMatrix) properties.fontMatrix = fontMatrix;
    const fontBBox = topDict.getByName('FontBBox') as number[] | undefined;
    if (fontBBox) {
      properties.ascent = Math.max(fontBBox[3], fontBBox[1]);
      properties.descent = Math.min(fontBBox[1], fontBBox[3]);
      properties.ascentScaled = true;
    }
  } catch {
    // pdf.js: warn("Failed to compile font") and go on with what was set
  }
}

/** How often the metrics-only path was taken, by kind of font (for the tests: the path is used). */
export const metricsOnlyUse = { composite: 0, simpleTrueType: 0 };

/** The metrics-only version of checkAndRepair; false when pdf.js must do the real one. */
function checkMetricsOnly(font: FontLike, file: PdfStream, properties: FontProperties, ns: WorkerInternals): boolean {
  if (font.disableFontFace !== true) return false;
  const sfnt = readSfntTables(file.peekBytes());
  if (!sfnt || !textIndependentOfProgram(font, properties, ns, sfnt)) return false;
  const metrics = sfntMetrics(sfnt);
  if (!metrics) return false;
  const cff = sfnt.tables.get('CFF ');
  if (cff) applyCffTopDict(cff, properties, ns);
  font.isOpenType = !!cff;
  metricsOnlyUse[properties.composite ? 'composite' : 'simpleTrueType']++;
  font.ascent = metrics.ascent;
  font.descent = metrics.descent;
  font.lineGap = metrics.lineGap;
  font.lineHeight = metrics.ascent - metrics.descent + metrics.lineGap;
  return true;
}

export function patchFonts(ns: WorkerInternals, enabled: () => boolean): void {
  const proto = ns.Font.prototype;
  const checkAndRepair = proto.checkAndRepair;
  proto.checkAndRepair = function (this: FontLike, name: string, file: PdfStream, properties: FontProperties) {
    // undefined program data: what pdf.js has for a font without an embedded program
    if (enabled() && checkMetricsOnly(this, file, properties, ns)) return undefined;
    return checkAndRepair.call(this, name, file, properties);
  };
}
