/**
 * Guard: a damaged embedded font program is skipped, never parsed forever.
 *
 * pdf.js parses some font programs without bounds on the work a damaged one can cause. The case
 * seen on a real document: a few flipped bytes in a CFF font make an INDEX whose offsets run
 * backwards, so that its entries overlap; pdf.js then parses tens of thousands of "font dicts" of
 * megabytes each, synchronously — the reading never yields (no deadline can fire) and memory grows
 * to ~800 MB. pdftotext reads the same file in milliseconds, because poppler gives up on the font
 * and uses the PDF's own ToUnicode map and widths.
 *
 * This does the same: the CFF parser's dictionary parsing gets a work budget proportional to the
 * size of the program (a sound font parses each dict about once: the top dict, one per font dict
 * and its private dict; the budget allows several times the whole program), and INDEX structures
 * whose entries overlap are rejected (a sound font never has them). Charstrings are not budgeted:
 * pdf.js re-parses subroutines at every call (nested up to 10 deep), so their work legitimately
 * exceeds the program's size many times. Either throws,
 * inside pdf.js's font conversion, which pdf.js catches like any other font error: the font falls
 * back to its ToUnicode map and the standard metrics (`Font#fallbackToSystemFont`), and the text is
 * still extracted. Nothing changes for a sound font.
 *
 * Every font whose embedded program pdf.js had to skip (this guard's rejections and pdf.js's own
 * parse failures alike) is recorded per document, and the reader reports it as a warning
 * (`takeSkippedFonts`).
 *
 * The guard is active whenever the patches are installed, also when the speed patches are switched
 * off: it is about safety, not speed.
 */
import type { WorkerInternals } from './internals.js';

/** Thrown inside pdf.js's font conversion; pdf.js catches it and falls back. */
export class DamagedFontProgram extends Error {
  constructor(reason: string) {
    super(`damaged font program: ${reason}`);
    this.name = 'DamagedFontProgram';
  }
}

/** Work allowed per byte of program (a sound font needs about 1), plus a floor for tiny programs. */
const WORK_PER_BYTE = 8;
const WORK_FLOOR = 1 << 20;

const SPENT = Symbol('budgetlens.fontWorkSpent');

interface GuardedParser {
  bytes: Uint8Array;
  [SPENT]?: number;
}

function charge(parser: GuardedParser, work: number): void {
  const spent = (parser[SPENT] ?? 0) + work;
  parser[SPENT] = spent;
  if (spent > WORK_FLOOR + WORK_PER_BYTE * (parser.bytes?.length ?? 0)) {
    throw new DamagedFontProgram('parsing it takes far more work than its size allows');
  }
}

/** Fonts with an embedded program that pdf.js could not use, by document id. */
const skipped = new Map<string, Set<string>>();

/** Names of the fonts of document `docId` whose embedded program was skipped (and forgets them). */
export function takeSkippedFonts(docId: string): string[] {
  const s = skipped.get(docId);
  skipped.delete(docId);
  return s ? [...s] : [];
}

interface CffIndexResult {
  obj: { length: number; count: number };
  endPos: number;
}

interface FontDescriptorLike {
  has?(key: string): boolean;
}

export function patchFontGuard(ns: WorkerInternals): void {
  const parser = ns.CFFParser.prototype as unknown as {
    parseDict(this: GuardedParser, dict: Uint8Array): unknown;
    parseIndex(this: GuardedParser, pos: number): CffIndexResult;
  };
  const parseDict = parser.parseDict;
  parser.parseDict = function (dict) {
    charge(this, dict?.length ?? 0);
    return parseDict.call(this, dict);
  };
  const parseIndex = parser.parseIndex;
  parser.parseIndex = function (pos) {
    const index = parseIndex.call(this, pos);
    // entries of a sound INDEX follow one another: together they are never longer than the program
    if (index.obj.length > this.bytes.length) throw new DamagedFontProgram('overlapping INDEX entries');
    charge(this, index.obj.count);
    return index;
  };

  // which fonts came out without their program although the PDF embeds one
  const evaluator = ns.PartialEvaluator.prototype as unknown as {
    translateFont(this: { handler?: { targetName?: string } }, args: { descriptor?: FontDescriptorLike }): Promise<unknown>;
  };
  const translateFont = evaluator.translateFont;
  evaluator.translateFont = async function (args) {
    const font = (await translateFont.call(this, args)) as { missingFile?: boolean; name?: string };
    const d = args?.descriptor;
    const embedded = typeof d?.has === 'function' && (d.has('FontFile') || d.has('FontFile2') || d.has('FontFile3'));
    const docId = this.handler?.targetName;
    if (font?.missingFile && embedded && docId) {
      let s = skipped.get(docId);
      if (!s) skipped.set(docId, (s = new Set()));
      s.add(String(font.name ?? '?'));
    }
    return font;
  };
}
