/**
 * Patch: a page's text content without the message channel.
 *
 * On Node the pdf.js "worker" runs on the main thread and talks to the API through a loopback
 * port: every `getTextContent` builds a web ReadableStream and every chunk of items is deep-copied
 * (structuredClone) on its way, then reassembled. For a page of a budget table that plumbing cost
 * about a quarter of the whole text extraction.
 *
 * `directTextContent` asks the worker-side page for its text content itself, with a sink that
 * just collects the chunks — exactly what pdf.js's `PDFPageProxy#getTextContent` assembles from
 * the stream (items in order, styles merged, the first `lang`), minus the copies. It is found
 * through two hooks: the worker's document manager is remembered when the API asks it for a page
 * (so a page is only ever read directly after `PDFDocumentProxy#getPage` for it), and the
 * document's worker-side message handler when it is set up. Work started this way is a pdf.js
 * worker task like any other and is terminated with the document (`loadingTask.destroy()`).
 *
 * Returns undefined (use the API) when the patches are off or the document is not known.
 */
import type { MessageHandlerLike, PdfManagerLike, TextChunk, TextSink, WorkerInternals, WorkerTaskLike } from './internals.js';

interface DocumentContext {
  manager?: PdfManagerLike;
  handler?: MessageHandlerLike;
  /** Direct extractions still running. */
  tasks: Set<WorkerTaskLike>;
}

/** Open documents by id (the API's `loadingTask.docId`, the worker's document id). */
const documents = new Map<string, DocumentContext>();

function contextOf(docId: string): DocumentContext {
  let c = documents.get(docId);
  if (!c) documents.set(docId, (c = { tasks: new Set() }));
  return c;
}

let internals: WorkerInternals | undefined;
let isEnabled: () => boolean = () => false;

export function patchDirectText(ns: WorkerInternals, enabled: () => boolean): void {
  internals = ns;
  isEnabled = enabled;

  const handler = ns.MessageHandler.prototype;
  const on = handler.on;
  handler.on = function (this: MessageHandlerLike, actionName: string, action: (data: unknown) => unknown) {
    const docId = this.targetName;
    if (actionName === 'GetTextContent') {
      contextOf(docId).handler = this;
    } else if (actionName === 'Terminate') {
      const terminate = action;
      action = (data: unknown) => {
        const c = documents.get(docId);
        documents.delete(docId);
        if (c) for (const task of c.tasks) task.terminate();
        return terminate(data);
      };
    }
    return on.call(this, actionName, action);
  };

  const manager = ns.BasePdfManager.prototype;
  const getPage = manager.getPage;
  manager.getPage = function (this: PdfManagerLike, pageIndex: number) {
    const c = documents.get(this.docId);
    if (c) c.manager = this;
    return getPage.call(this, pageIndex);
  };
}

export interface DirectTextContent {
  items: unknown[];
  styles: Record<string, unknown>;
  lang: string | null;
}

const READY = Promise.resolve();

/** The text content of page `pageIndex` (0-based) of document `docId`, or undefined: use the API. */
export async function directTextContent(docId: string, pageIndex: number): Promise<DirectTextContent | undefined> {
  const c = documents.get(docId);
  if (!internals || !isEnabled() || !c?.manager || !c.handler) return undefined;
  const page = await c.manager.getPage(pageIndex);
  const content: DirectTextContent = { items: [], styles: Object.create(null), lang: null };
  const sink: TextSink = {
    enqueue(chunk: TextChunk) {
      content.lang ??= chunk.lang ?? null;
      Object.assign(content.styles, chunk.styles);
      for (const item of chunk.items) content.items.push(item);
    },
    // never full: pdf.js then hands over items in as few chunks as it can (their content is the same)
    desiredSize: Infinity,
    ready: READY,
  };
  const task = new internals.WorkerTask(`GetTextContent: page ${pageIndex}`);
  c.tasks.add(task);
  try {
    await page.extractTextContent({ handler: c.handler, task, sink, includeMarkedContent: false, disableNormalization: false });
  } finally {
    c.tasks.delete(task);
    task.finish();
  }
  return content;
}
