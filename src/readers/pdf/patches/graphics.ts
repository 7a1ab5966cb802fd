/**
 * Patch: record the page's path drawing while pdf.js extracts its text, instead of building a
 * whole operator list for it afterwards.
 *
 * The reader needs table ruling lines. pdf.js's operator list has them, but building it parses
 * the content stream a second time and turns every glyph of every string into an object that is
 * then copied to the caller, which made reading a table page about 1.5 times as slow as its text.
 * The text extraction already parses every operator of the page; this patch watches the
 * operators it parses and keeps, in operator-list form, exactly the ones `scanGraphics` looks at:
 *
 * - save / restore / transform (q, Q, cm), as the operator list has them (one with a dictionary
 *   among its operands is dropped, as pdf.js drops it);
 * - paths: m l c v y h re build a path as pdf.js's `buildPath` does (same drawing codes, float32
 *   coordinates), and S s f F f* B B* b b* n emit it as `constructPath [paint op, [path]]`;
 * - form XObjects: `paintFormXObjectBegin [float32 Matrix]` … `paintFormXObjectEnd`, with the
 *   restores pdf.js adds for saves a form leaves open. Text extraction skips a form it has seen
 *   before without text; while recording, that shortcut is turned off so each use of a form
 *   (a table grid drawn as a form, say) is seen.
 *
 * Nothing else changes: the text content is the same. At the end of a page the record is sent as
 * one extra item `{ type: GRAPHICS_ITEM, fnArray, argsArray }` after the text items, which the
 * reader takes out (graphics.ts `takeRecordedGraphics`). Images are not recorded (only pages
 * without text are checked for images, with the operator list as before). Paths inside soft-mask
 * groups of an ExtGState — which the operator list inlines, but which draw nothing themselves — are
 * not recorded either.
 */
import type { PdfDict, PreprocessorLike, StateManagerLike, TextContentArgs, TextSink, WorkerInternals } from './internals.js';

/** Type of the extra text-content item carrying a page's recorded drawing. */
export const GRAPHICS_ITEM = 'budgetlens:graphics';

/** On the root text state of a page (text states inherit from it): the page's recorder. */
const RECORDER = Symbol('budgetlens.graphicsRecorder');
/** On a content stream's preprocessor: its tracker. */
const TRACKER = Symbol('budgetlens.graphicsTracker');
/** On the sink of a page's text content request: record this page. */
const PAGE_SINK = Symbol('budgetlens.pageTextSink');

/** What an operator means for the record. */
const enum Kind {
  Other = 0,
  SaveRestore,
  Transform,
  MoveTo,
  LineTo,
  CurveTo,
  CurveTo2,
  CurveTo3,
  ClosePath,
  Rectangle,
  Paint,
  ClosePaint,
  /** Do: a form's content may come next, after whatever the caller still has to end. */
  XObject,
}

/** Operator codes, resolved once from pdf.js's OPS table. */
interface Codes {
  /** Kind of each operator code. */
  kind: Uint8Array;
  restore: number;
  constructPath: number;
  formBegin: number;
  formEnd: number;
  draw: { moveTo: number; lineTo: number; curveTo: number; closePath: number };
}

function codesOf(ns: WorkerInternals): Codes {
  const o = ns.OPS;
  const kind = new Uint8Array(Math.max(...Object.values(o)) + 1);
  const set = (k: Kind, ...ops: number[]) => ops.forEach((op) => (kind[op] = k));
  set(Kind.SaveRestore, o.save, o.restore);
  set(Kind.Transform, o.transform);
  set(Kind.MoveTo, o.moveTo);
  set(Kind.LineTo, o.lineTo);
  set(Kind.CurveTo, o.curveTo);
  set(Kind.CurveTo2, o.curveTo2);
  set(Kind.CurveTo3, o.curveTo3);
  set(Kind.ClosePath, o.closePath);
  set(Kind.Rectangle, o.rectangle);
  // painting operators (and n, which ends a path unpainted); s b b* close the path first
  set(Kind.Paint, o.stroke, o.fill, o.eoFill, o.fillStroke, o.eoFillStroke, o.endPath);
  set(Kind.ClosePaint, o.closeStroke, o.closeFillStroke, o.closeEOFillStroke);
  set(Kind.XObject, o.paintXObject);
  const d = ns.DrawOPS;
  return {
    kind,
    restore: o.restore,
    constructPath: o.constructPath,
    formBegin: o.paintFormXObjectBegin,
    formEnd: o.paintFormXObjectEnd,
    draw: { moveTo: d.moveTo, lineTo: d.lineTo, curveTo: d.curveTo, closePath: d.closePath },
  };
}

/** One content stream being parsed: the page's or a form's. */
class Tracker {
  /** The path under construction (pdf.js drawing codes and coordinates). */
  path: number[] = [];
  /** Current point (the start of a `v` curve). */
  x = 0;
  y = 0;
  constructor(
    readonly recorder: Recorder,
    readonly pre: PreprocessorLike,
    readonly isForm: boolean,
  ) {}
}

/** The drawing of one page, in operator-list form. */
export class Recorder {
  readonly fnArray: number[] = [];
  readonly argsArray: unknown[] = [];
  /** Content streams begun and not yet ended, innermost last. */
  private readonly open: Tracker[] = [];
  /** Dictionary of the form whose content stream the next new preprocessor parses. */
  pendingForm: PdfDict | null = null;

  constructor(
    private readonly c: Codes,
    private readonly ns: WorkerInternals,
  ) {}

  private emit(fn: number, args: unknown): void {
    this.fnArray.push(fn);
    this.argsArray.push(args);
  }

  /** Ends the innermost content stream: the restores it owes, and the end of its form. */
  private closeInnermost(): void {
    const t = this.open.pop()!;
    const depth = t.pre.savedStatesDepth ?? 0;
    for (let i = 0; i < depth; i++) this.emit(this.c.restore, null);
    if (t.isForm) this.emit(this.c.formEnd, null);
  }

  /** Ends every open content stream (a page's text extraction has finished or failed). */
  closeAll(): void {
    while (this.open.length) this.closeInnermost();
  }

  /** A new content stream (the page's, or a form's inside it) starts being parsed by `pre`. */
  begin(pre: PreprocessorLike): Tracker {
    const isForm = this.open.length > 0;
    const t = new Tracker(this, pre, isForm);
    if (isForm) {
      const matrix = this.pendingForm ? this.ns.lookupMatrix(this.pendingForm.getArray('Matrix'), null) : null;
      this.emit(this.c.formBegin, [matrix && new Float32Array(matrix)]);
    }
    this.pendingForm = null;
    this.open.push(t);
    return t;
  }

  /** One operator read from `t`'s content stream (`more` false: the stream has ended). */
  observe(t: Tracker, more: boolean, fn: number, args: unknown[] | null): void {
    const open = this.open;
    if (open[open.length - 1] !== t) {
      if (!open.includes(t)) return; // already ended
      // a form whose parsing failed never reached its end: end it where its caller goes on
      while (open[open.length - 1] !== t) this.closeInnermost();
    }
    if (!more) {
      this.closeInnermost();
      return;
    }
    const kind = this.c.kind[fn] as Kind;
    if (kind === Kind.Other) return;
    const a = (args ?? []) as number[];
    const d = this.c.draw;
    switch (kind) {
      case Kind.SaveRestore:
        this.emit(fn, null);
        return;
      case Kind.Transform:
        // pdf.js leaves out an operator with a dictionary among its operands
        if (!a.some((x) => (x as unknown) instanceof this.ns.Dict)) this.emit(fn, a.slice());
        return;
      case Kind.MoveTo:
        t.path.push(d.moveTo, (t.x = a[0]), (t.y = a[1]));
        return;
      case Kind.LineTo:
        t.path.push(d.lineTo, (t.x = a[0]), (t.y = a[1]));
        return;
      case Kind.CurveTo:
        t.path.push(d.curveTo, a[0], a[1], a[2], a[3], (t.x = a[4]), (t.y = a[5]));
        return;
      case Kind.CurveTo2:
        t.path.push(d.curveTo, t.x, t.y, a[0], a[1], a[2], a[3]);
        t.x = a[2];
        t.y = a[3];
        return;
      case Kind.CurveTo3:
        t.path.push(d.curveTo, a[0], a[1], a[2], a[3], (t.x = a[2]), (t.y = a[3]));
        return;
      case Kind.ClosePath:
        t.path.push(d.closePath);
        return;
      case Kind.Rectangle: {
        const [x, y, w, h] = a;
        t.x = x;
        t.y = y;
        if (w === 0 || h === 0) t.path.push(d.moveTo, x, y, d.lineTo, x + w, y + h, d.closePath);
        else t.path.push(d.moveTo, x, y, d.lineTo, x + w, y, d.lineTo, x + w, y + h, d.lineTo, x, y + h, d.closePath);
        return;
      }
      case Kind.XObject:
        return;
      case Kind.ClosePaint:
      case Kind.Paint:
        if (kind === Kind.ClosePaint) t.path.push(d.closePath);
        this.emit(this.c.constructPath, [fn, [t.path.length ? new Float32Array(t.path) : null], null]);
        t.path = [];
        return;
    }
  }
}

function recorderOf(sm: StateManagerLike | null | undefined): Recorder | undefined {
  return sm?.state?.[RECORDER] as Recorder | undefined;
}

export function patchGraphics(ns: WorkerInternals, enabled: () => boolean): void {
  const codes = codesOf(ns);

  // a page's text request: mark its sink, so that the evaluator records this page
  const page = ns.Page.prototype;
  const extractTextContent = page.extractTextContent;
  page.extractTextContent = function (params: { sink?: TextSink | null }) {
    if (enabled() && params?.sink) params.sink[PAGE_SINK] = true;
    return extractTextContent.call(this, params);
  };

  const evaluator = ns.PartialEvaluator.prototype;
  const getTextContent = evaluator.getTextContent;
  evaluator.getTextContent = async function (args: TextContentArgs) {
    if (!args.stateManager) {
      const sink = args.sink;
      if (!enabled() || !sink?.[PAGE_SINK]) return getTextContent.call(this, args);
      // the page's content stream: record its drawing (and that of the forms it paints)
      const recorder = new Recorder(codes, ns);
      const root = new ns.TextState();
      root[RECORDER] = recorder;
      const result = await getTextContent.call(this, { ...args, stateManager: new ns.StateManager(root) });
      recorder.closeAll();
      sink.enqueue({ items: [{ type: GRAPHICS_ITEM, fnArray: recorder.fnArray, argsArray: recorder.argsArray }], styles: Object.create(null) }, 1);
      return result;
    }
    // a form painted by a recorded page: its content stream comes next
    const recorder = recorderOf(args.stateManager);
    if (recorder) recorder.pendingForm = args.stream?.dict ?? null;
    return getTextContent.call(this, args);
  };

  // every operator a preprocessor reads; its tracker is settled at its first read (null: not recorded)
  const pre = ns.EvaluatorPreprocessor.prototype;
  const read = pre.read;
  const kind = codes.kind;
  pre.read = function (this: PreprocessorLike & { [TRACKER]?: Tracker | null }, operation: { fn: number; args: unknown[] | null }) {
    const more = read.call(this, operation);
    let t = this[TRACKER];
    if (t === undefined) t = this[TRACKER] = recorderOf(this.stateManager)?.begin(this) ?? null;
    // operators that change nothing recorded are skipped here already (most are text operators)
    if (t !== null && (!more || kind[operation.fn] !== Kind.Other)) t.recorder.observe(t, more, operation.fn, operation.args);
    return more;
  };

  // text extraction skips forms (and images) it has seen without text; record every use of a form
  const cache = ns.LocalImageCache.prototype;
  const set = cache.set;
  cache.set = function (name: string, ref: unknown, data: unknown) {
    if (data === true && enabled()) return; // `true` is what text extraction stores, and only it
    return set.call(this, name, ref, data);
  };
}
