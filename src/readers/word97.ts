/**
 * Word 97–2003 binary (.doc) main text with its table structure, read from the file itself
 * (MS-DOC): the FIB, the piece table (CLX) for the characters, and the paragraph properties (PAPX
 * in FKP pages, large ones in the Data stream through sprmPHugePapx) for which paragraphs are table
 * cells (sprmPFInTable / sprmPItap) and which mark a row's end (sprmPFTtp). Cells end with \x07;
 * a row ends with a paragraph holding only its row mark. word-extractor misses row ends whose
 * properties live in the Data stream (wide tables), so the structure is read here.
 */
import XLSX from 'xlsx';
import { placeCells, type WordBlock } from './word-blocks.js';

/** Why a file could not be read: the reader maps these onto ReadError codes; `old` and `structure` fall back. */
export class Word97Error extends Error {
  constructor(
    readonly code: 'encrypted' | 'old' | 'structure' | 'too-large',
    message: string,
  ) {
    super(message);
  }
}

/** Most characters of main text (about 5 000 pages; 6 bytes each while reading). */
export const MAX_WORD97_CHARS = 10_000_000;

interface Props {
  inTable: boolean;
  ttp: boolean;
  itap: number;
  /** sprmPFPageBreakBefore: the paragraph starts a page. */
  pageBefore?: boolean;
  /** Cell boundaries of the row (twips, sprmTDefTable rgdxaCenter), on the row-end paragraph. */
  bounds?: number[];
}
interface Run {
  fc: number;
  end: number;
  grpprl: Buffer;
}

const CP1252_80: Record<number, number> = { 0x82: 0x201a, 0x83: 0x192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x2c6, 0x89: 0x2030, 0x8a: 0x160, 0x8b: 0x2039, 0x8c: 0x152, 0x8e: 0x17d, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x2dc, 0x99: 0x2122, 0x9a: 0x161, 0x9b: 0x203a, 0x9c: 0x153, 0x9e: 0x17e, 0x9f: 0x178 };

function stream(cfb: unknown, name: string): Buffer | undefined {
  const e = XLSX.CFB.find(cfb, name) as { content?: Uint8Array } | null;
  return e?.content ? Buffer.from(e.content) : undefined;
}

/** Size of a sprm's operand (MS-DOC 2.6: spra; variable ones carry their length, two have their own). */
function operandSize(buf: Buffer, at: number, sprm: number): number {
  switch (sprm >> 13) {
    case 0:
    case 1:
      return 1;
    case 2:
    case 4:
    case 5:
      return 2;
    case 3:
      return 4;
    case 7:
      return 3;
  }
  if (sprm === 0xd608) return buf.readUInt16LE(at) + 1; // sprmTDefTable: 2-byte cb, counted + 1
  if (sprm === 0xc615 && buf[at] === 255) {
    // sprmPChgTabs with PChgTabsDelClose: deletions (2 × 2 bytes each), then additions (3 bytes each)
    const del = buf[at + 1];
    const add = buf[at + 2 + 4 * del];
    return 1 + 1 + 4 * del + 1 + 3 * add;
  }
  return buf[at] + 1;
}

/** Table flags of a grpprl (without istd); a huge PAPX (sprmPHugePapx) continues in the Data stream. */
function readProps(grpprl: Buffer, data: Buffer | undefined, out: Props, depth = 0): Props {
  for (let at = 0; at + 2 <= grpprl.length; ) {
    const sprm = grpprl.readUInt16LE(at);
    at += 2;
    if (at >= grpprl.length) break;
    const size = operandSize(grpprl, at, sprm);
    if (sprm === 0x2416) out.inTable = grpprl[at] !== 0;
    else if (sprm === 0x2417) out.ttp = grpprl[at] !== 0;
    else if (sprm === 0x2407) out.pageBefore = grpprl[at] !== 0;
    else if (sprm === 0x6649 && at + 4 <= grpprl.length) out.itap = grpprl.readInt32LE(at);
    else if (sprm === 0xd608 && at + 3 <= grpprl.length) {
      const n = grpprl[at + 2];
      if (at + 3 + 2 * (n + 1) <= grpprl.length) out.bounds = Array.from({ length: n + 1 }, (_, k) => grpprl.readInt16LE(at + 3 + 2 * k));
    } else if (sprm === 0x6646 && data && depth === 0 && at + 4 <= grpprl.length) {
      const off = grpprl.readUInt32LE(at);
      if (off + 2 <= data.length) readProps(data.subarray(off + 2, off + 2 + data.readUInt16LE(off)), data, out, 1);
    }
    at += size;
  }
  return out;
}

/** The paragraph property runs of all FKP pages, by file position. */
function papxRuns(wd: Buffer, table: Buffer, fcBte: number, lcbBte: number): Run[] {
  const bte = table.subarray(fcBte, fcBte + lcbBte);
  const n = (lcbBte - 4) / 8;
  if (!Number.isInteger(n) || n < 0 || bte.length < lcbBte) throw new Word97Error('structure', 'PlcBtePapx');
  const runs: Run[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < n; i++) {
    const pn = bte.readUInt32LE((n + 1) * 4 + i * 4);
    if (seen.has(pn)) continue; // a page listed twice (damaged or hostile) is read once
    seen.add(pn);
    const page = wd.subarray(pn * 512, pn * 512 + 512);
    if (page.length < 512) throw new Word97Error('structure', 'FKP');
    const crun = page[511];
    for (let j = 0; j < crun; j++) {
      const fc = page.readUInt32LE(j * 4);
      const end = page.readUInt32LE((j + 1) * 4);
      const bOff = page[(crun + 1) * 4 + j * 13] * 2;
      let grpprl: Buffer = Buffer.alloc(0);
      if (bOff) {
        const cb = page[bOff];
        const start = cb ? bOff + 1 : bOff + 2;
        const len = cb ? 2 * cb - 1 : 2 * page[bOff + 1];
        grpprl = page.subarray(start + 2, start + len); // after istd
      }
      runs.push({ fc, end, grpprl });
    }
  }
  return runs.sort((a, b) => a.fc - b.fc);
}

function findRun(runs: Run[], fc: number): Run | undefined {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid].end <= fc) lo = mid + 1;
    else if (runs[mid].fc > fc) hi = mid - 1;
    else return runs[mid];
  }
  return undefined;
}

/** Main-text characters (UTF-16 codes) and each one's file position, from the piece table. */
function mainText(wd: Buffer, table: Buffer, fcClx: number, lcbClx: number, ccpText: number): { codes: Uint16Array; fcs: Uint32Array } {
  const clx = table.subarray(fcClx, fcClx + lcbClx);
  let p = 0;
  while (clx[p] === 1) p += 3 + clx.readUInt16LE(p + 1); // Prc: property modifiers of pieces
  if (clx[p] !== 2) throw new Word97Error('structure', 'CLX');
  const lcb = clx.readUInt32LE(p + 1);
  const plc = clx.subarray(p + 5, p + 5 + lcb);
  const n = (lcb - 4) / 12;
  if (!Number.isInteger(n) || n < 1 || plc.length < lcb) throw new Word97Error('structure', 'PlcPcd');
  const total = Math.min(ccpText, wd.length);
  const codes = new Uint16Array(total);
  const fcs = new Uint32Array(total);
  for (let i = 0; i < n; i++) {
    const cp0 = plc.readUInt32LE(i * 4);
    const cp1 = Math.min(plc.readUInt32LE(i * 4 + 4), total);
    if (cp0 >= total) break;
    const raw = plc.readUInt32LE((n + 1) * 4 + i * 8 + 2);
    const compressed = (raw & 0x40000000) !== 0;
    const fc = compressed ? (raw & 0x3fffffff) / 2 : raw;
    for (let cp = cp0; cp < cp1; cp++) {
      const k = cp - cp0;
      if (compressed) {
        const b = wd[fc + k];
        if (b === undefined) throw new Word97Error('structure', 'piece');
        codes[cp] = CP1252_80[b] ?? b;
        fcs[cp] = fc + k;
      } else {
        if (fc + 2 * k + 2 > wd.length) throw new Word97Error('structure', 'piece');
        codes[cp] = wd.readUInt16LE(fc + 2 * k);
        fcs[cp] = fc + 2 * k;
      }
    }
  }
  return { codes, fcs };
}

/** Reads the main document: paragraphs, table rows (cells in order) and page breaks. */
export function readWord97(buf: Buffer): WordBlock[] {
  let cfb: unknown;
  try {
    cfb = XLSX.CFB.read(buf, { type: 'buffer' });
  } catch {
    throw new Word97Error('structure', 'OLE');
  }
  const wd = stream(cfb, 'WordDocument');
  if (!wd || wd.length < 0x200 || wd.readUInt16LE(0) !== 0xa5ec) throw new Word97Error('structure', 'FIB');
  const flags = wd.readUInt16LE(0x0a);
  if (flags & 0x0100) throw new Word97Error('encrypted', 'encrypted');
  if (wd.readUInt16LE(2) < 0xc1) throw new Word97Error('old', 'Word 6/95');
  const table = stream(cfb, flags & 0x0200 ? '1Table' : '0Table');
  if (!table) throw new Word97Error('structure', 'table stream');
  const data = stream(cfb, 'Data');
  try {
    const csw = wd.readUInt16LE(32);
    const lw = 34 + csw * 2;
    const cslw = wd.readUInt16LE(lw);
    const ccpText = wd.readInt32LE(lw + 2 + 3 * 4);
    if (ccpText > MAX_WORD97_CHARS) throw new Word97Error('too-large', `${ccpText}`);
    const fcLcb = lw + 2 + cslw * 4 + 2;
    const at = (i: number) => [wd.readUInt32LE(fcLcb + i * 8), wd.readUInt32LE(fcLcb + i * 8 + 4)] as const;
    const { codes, fcs } = mainText(wd, table, ...at(33), Math.max(0, ccpText));
    return blocks(codes, fcs, papxRuns(wd, table, ...at(13)), data);
  } catch (e) {
    if (e instanceof Word97Error) throw e;
    throw new Word97Error('structure', String((e as Error).message));
  }
}

const NO_PROPS: Props = { inTable: false, ttp: false, itap: 0 };

/** Walks the characters: fields keep their result, paragraph/cell/row marks build the blocks. */
function blocks(codes: Uint16Array, fcs: Uint32Array, runs: Run[], data: Buffer | undefined): WordBlock[] {
  const out: WordBlock[] = [];
  const fields: boolean[] = []; // per open field: true once its result has begun
  let text = '';
  let cellParas: string[] = [];
  let cells: string[] = [];
  let tables = 0;
  let rows = 0;
  let inRows = false;
  const rowBounds = new Map<WordBlock, number[]>();
  const props = new Map<Run, Props>(); // each run's properties parsed once
  const endRows = () => {
    if (cells.length || cellParas.length) out.push({ kind: 'row', cells: [...cells, cellParas.join('\n')], table: tables, row: ++rows });
    cells = [];
    cellParas = [];
    inRows = false;
  };
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    if (c === 0x13) fields.push(false);
    else if (c === 0x14) fields[fields.length - 1] = true;
    else if (c === 0x15) fields.pop();
    else if (c === 0x0d || c === 0x07) {
      const run = findRun(runs, fcs[i]);
      let p = run ? props.get(run) : NO_PROPS;
      if (!p) props.set(run!, (p = readProps(run!.grpprl, data, { inTable: false, ttp: false, itap: 0 })));
      const inTable = p.inTable || p.itap >= 1;
      if (!inTable) {
        if (inRows) endRows();
        if (p.pageBefore) out.push({ kind: 'page' });
        out.push({ kind: 'paragraph', text });
      } else if (p.itap > 1) {
        text += ' '; // a nested table's marks: its text stays in the outer cell
        continue;
      } else {
        if (!inRows && out.at(-1)?.kind !== 'row') {
          tables++;
          rows = 0;
          if (p.pageBefore) out.push({ kind: 'page' });
        }
        inRows = true;
        if (p.ttp) {
          out.push({ kind: 'row', cells, table: tables, row: ++rows });
          if (p.bounds) rowBounds.set(out.at(-1)!, p.bounds);
          cells = [];
          cellParas = [];
        } else if (c === 0x07) {
          cells.push([...cellParas, text].join('\n'));
          cellParas = [];
        } else cellParas.push(text);
      }
      text = '';
    } else if (fields.includes(false)) continue; // a field's code
    else if (c === 0x0c && (inRows || cells.length || cellParas.length)) text += ' '; // a break inside a table cell
    else if (c === 0x0c) {
      if (text.trim()) out.push({ kind: 'paragraph', text });
      text = '';
      out.push({ kind: 'page' });
    } else if (c === 0x0b) text += '\n';
    else if (c === 0x09) text += '\t';
    else if (c === 0x1e) text += '-';
    else if (c === 0xa0) text += ' ';
    else if (c >= 0x20) text += String.fromCharCode(c);
  }
  if (inRows) endRows();
  if (text.trim()) out.push({ kind: 'paragraph', text });
  placeCells(out, rowBounds);
  return out;
}
