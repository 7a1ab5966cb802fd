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
  'MessageHandler',
  'BasePdfManager',
  'WorkerTask',
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
  type?: string;
  composite?: boolean;
  hasEncoding?: boolean;
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

/** The worker side of a document's message channel (its target name is the document id). */
export interface MessageHandlerLike {
  targetName: string;
}

/** The worker's document manager (one per open document). */
export interface PdfManagerLike {
  readonly docId: string;
  getPage(pageIndex: number): Promise<WorkerPageLike>;
}

/** A page on the worker side. */
export interface WorkerPageLike {
  extractTextContent(params: {
    handler: MessageHandlerLike;
    task: WorkerTaskLike;
    sink: TextSink;
    includeMarkedContent: boolean;
    disableNormalization: boolean;
  }): Promise<unknown>;
}

/** A cancellable unit of worker work. */
export interface WorkerTaskLike {
  terminate(): void;
  finish(): void;
}

/** The arguments of PartialEvaluator#getTextContent that the patches look at. */
export interface TextContentArgs {
  stream?: PdfStream;
  stateManager?: StateManagerLike | null;
  sink?: TextSink | null;
  [key: string]: unknown;
}

/** What a text content producer writes to (pdf.js's stream sink, or the reader's own). */
export interface TextSink {
  enqueue(chunk: TextChunk, size: number): void;
  readonly desiredSize?: number | null;
  readonly ready?: unknown;
  [key: symbol]: unknown;
}

export interface TextChunk {
  items: unknown[];
  styles: Record<string, unknown>;
  lang?: string | null;
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
  MessageHandler: Ctor<MessageHandlerLike> & { prototype: { on(actionName: string, handler: (data: unknown) => unknown): void } };
  BasePdfManager: Ctor<PdfManagerLike> & { prototype: { getPage(pageIndex: number): Promise<WorkerPageLike> } };
  WorkerTask: new (name: string) => WorkerTaskLike;
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
    ['PartialEvaluator', 'translateFont'],
    ['EvaluatorPreprocessor', 'read'],
    ['LocalImageCache', 'set'],
    ['Page', 'extractTextContent'],
    ['MessageHandler', 'on'],
    ['BasePdfManager', 'getPage'],
    ['WorkerTask', 'terminate'],
    ['WorkerTask', 'finish'],
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
  for (const op of ['save', 'restore', 'transform', 'moveTo', 'lineTo', 'curveTo', 'curveTo2', 'curveTo3', 'closePath', 'rectangle', 'stroke', 'closeStroke', 'fill', 'eoFill', 'fillStroke', 'eoFillStroke', 'closeFillStroke', 'closeEOFillStroke', 'endPath', 'constructPath', 'paintFormXObjectBegin', 'paintFormXObjectEnd', 'paintXObject']) {
    if (typeof ops[op] !== 'number') missing.push(`OPS.${op}`);
  }
  return missing;
}
