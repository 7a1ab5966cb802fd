/**
 * The pdf.js worker internals the patches hook into, and the minimal shapes this code relies on.
 *
 * pdf.js exports only `WorkerMessageHandler` from its worker module; `load-worker.ts` re-exports the
 * classes below from a copy of the module's source (nothing else in the source changes). Names and
 * shapes are those of pdfjs-dist 5.4 (legacy build); `missingInternals` lists what a later version
 * no longer has, and then no patch is installed at all (plain pdf.js, slower but correct).
 */

/** Top-level bindings of pdf.worker.mjs that load-worker.ts adds to the module's exports. */
export const INTERNAL_NAMES = [
  'Font',
  'FlateStream',
  'PartialEvaluator',
  'EvaluatorPreprocessor',
  'StateManager',
  'TextState',
  'LocalImageCache',
  'Page',
  'CFFParser',
  'CFF',
  'CFFTopDict',
  'Stream',
  'Dict',
  'IdentityCMap',
  'IdentityToUnicodeMap',
  'lookupMatrix',
  'OPS',
  'DrawOPS',
] as const;

export type InternalName = (typeof INTERNAL_NAMES)[number];

// ---- shapes (only the members the patches use) ----------------------------------------------

/** pdf.js BaseStream (Stream, DecodeStream, FlateStream, …). */
export interface PdfStream {
  pos: number;
  dict?: PdfDict | null;
  readonly isAsync?: boolean;
  getBytes(length?: number): Uint8Array;
  peekBytes(length?: number): Uint8Array;
  reset(): void;
  asyncGetBytes(): Promise<Uint8Array | null>;
}

export interface PdfDict {
  getArray(key: string): unknown;
}

/** The `properties` pdf.js collects for a font before it builds the Font object. */
export interface FontProperties {
  composite?: boolean;
  vertical?: boolean;
  hasIncludedToUnicodeMap?: boolean;
  toUnicode?: unknown;
  cMap?: unknown;
  scaleFactors?: unknown;
  fontMatrix?: number[];
  ascent?: number;
  descent?: number;
  ascentScaled?: boolean;
}

export interface FontLike {
  disableFontFace?: boolean;
  cssFontInfo?: unknown;
  isOpenType?: boolean;
  ascent: number;
  descent: number;
  lineGap: number;
  lineHeight: number;
}

export interface CffDict {
  getByName(name: string): unknown;
}

export interface CffIndex {
  obj: { get(i: number): Uint8Array };
  endPos: number;
}

export interface CffParserLike {
  cff: unknown;
  parseHeader(): { obj: unknown; endPos: number };
  parseIndex(pos: number): CffIndex;
  parseDict(bytes: Uint8Array): unknown;
  createDict(type: unknown, dict: unknown, strings: unknown): CffDict;
  parseNameIndex(index: unknown): unknown;
  parseStringIndex(index: unknown): unknown;
  parsePrivateDict(dict: CffDict): void;
}

export interface CffLike {
  header: unknown;
  names: unknown;
  strings: unknown;
  topDict: CffDict;
  globalSubrIndex: unknown;
  isCIDFont: boolean;
  charStringCount: number;
}

export interface StateManagerLike {
  state: Record<PropertyKey, unknown>;
  stateStack: unknown[];
}

export interface PreprocessorLike {
  stateManager?: StateManagerLike;
  readonly savedStatesDepth?: number;
  read(operation: { fn: number; args: unknown[] | null }): boolean;
}

/** The arguments of PartialEvaluator#getTextContent that the patches look at. */
export interface TextContentArgs {
  stream?: PdfStream;
  stateManager?: StateManagerLike | null;
  sink?: TextSink | null;
  [key: string]: unknown;
}

export interface TextSink {
  enqueue(chunk: { items: unknown[]; styles: Record<string, unknown> }, size: number): void;
  [key: symbol]: unknown;
}

type Ctor<T = object> = { new (...args: never[]): T; prototype: T };

/** The internals, typed as loosely as their use allows. */
export interface WorkerInternals {
  Font: Ctor<FontLike> & { prototype: { checkAndRepair(name: string, file: PdfStream, properties: FontProperties): unknown } };
  FlateStream: Ctor & { prototype: { asyncGetBytes(this: { stream: PdfStream }): Promise<Uint8Array | null> } };
  PartialEvaluator: Ctor & { prototype: { getTextContent(args: TextContentArgs): Promise<unknown> } };
  EvaluatorPreprocessor: Ctor<PreprocessorLike>;
  StateManager: new (state: object) => StateManagerLike;
  TextState: new () => Record<PropertyKey, unknown>;
  LocalImageCache: Ctor & { prototype: { set(name: string, ref: unknown, data: unknown): void } };
  Page: Ctor & { prototype: { extractTextContent(params: { sink?: TextSink | null }): Promise<unknown> } };
  CFFParser: new (file: PdfStream, properties: FontProperties, seacAnalysisEnabled: boolean) => CffParserLike;
  CFF: new () => CffLike;
  CFFTopDict: unknown;
  Stream: new (bytes: Uint8Array) => PdfStream;
  Dict: abstract new (...args: never[]) => object;
  IdentityCMap: abstract new (...args: never[]) => object;
  IdentityToUnicodeMap: abstract new (...args: never[]) => object;
  lookupMatrix(arr: unknown, fallback: null): number[] | null;
  OPS: Record<string, number>;
  /** Codes inside a constructPath buffer. */
  DrawOPS: Record<string, number>;
}

/** Internals (and members used on their prototypes) that this pdf.js does not have. */
export function missingInternals(ns: Record<string, unknown>): string[] {
  const missing: string[] = INTERNAL_NAMES.filter((n) => ns[n] === undefined);
  if (missing.length) return missing;
  const methods: [InternalName, string][] = [
    ['Font', 'checkAndRepair'],
    ['FlateStream', 'asyncGetBytes'],
    ['PartialEvaluator', 'getTextContent'],
    ['EvaluatorPreprocessor', 'read'],
    ['LocalImageCache', 'set'],
    ['Page', 'extractTextContent'],
    ['CFFParser', 'parseHeader'],
    ['CFFParser', 'parseIndex'],
    ['CFFParser', 'parseDict'],
    ['CFFParser', 'createDict'],
    ['CFFParser', 'parseNameIndex'],
    ['CFFParser', 'parseStringIndex'],
    ['CFFParser', 'parsePrivateDict'],
  ];
  for (const [cls, m] of methods) {
    const proto = (ns[cls] as { prototype?: Record<string, unknown> }).prototype;
    if (typeof proto?.[m] !== 'function') missing.push(`${cls}#${m}`);
  }
  const ops = ns.OPS as Record<string, unknown>;
  for (const op of ['save', 'restore', 'transform', 'moveTo', 'lineTo', 'curveTo', 'curveTo2', 'curveTo3', 'closePath', 'rectangle', 'stroke', 'closeStroke', 'fill', 'eoFill', 'fillStroke', 'eoFillStroke', 'closeFillStroke', 'closeEOFillStroke', 'endPath', 'constructPath', 'paintFormXObjectBegin', 'paintFormXObjectEnd']) {
    if (typeof ops[op] !== 'number') missing.push(`OPS.${op}`);
  }
  return missing;
}
