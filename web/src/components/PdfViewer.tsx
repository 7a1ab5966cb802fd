// The PDF on a canvas (pdf.js) with page navigation and zoom, and the red evidence box: an
// absolutely positioned div over the canvas, the box in PDF points (scale 1, origin top-left)
// times the scale of the page on screen.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { scaleBox } from '../lib/boxes';
import { loadPdf, type PDFDocumentProxy } from '../lib/pdf';
import type { Box } from '../lib/types';

export interface Highlight {
  page: number;
  box?: Box;
}

export function PdfViewer({
  url,
  page,
  onPageChange,
  highlight,
}: {
  url: string;
  page: number;
  onPageChange: (page: number) => void;
  highlight?: Highlight;
}) {
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [error, setError] = useState('');
  const [zoom, setZoom] = useState<number | 'fit'>('fit');
  const [width, setWidth] = useState<number | null>(null);
  const [busy, setBusy] = useState(true);
  const [scale, setScale] = useState(1);
  const [rendered, setRendered] = useState(0);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const task = loadPdf(url);
    let alive = true;
    setPdf(null);
    setError('');
    task.promise.then(
      (doc) => alive && setPdf(doc),
      (e: unknown) => alive && setError(`无法显示 PDF：${e instanceof Error ? e.message : String(e)}`),
    );
    return () => {
      alive = false;
      task.destroy();
    };
  }, [url]);

  // the width available for "fit width"
  useLayoutEffect(() => {
    const el = frameRef.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(200, el.clientWidth - 24));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const pageCount = pdf?.numPages ?? 0;
  const current = Math.min(Math.max(1, page), Math.max(1, pageCount));

  useEffect(() => {
    if (!pdf || width === null) return;
    let cancelled = false;
    setBusy(true);
    let task: { cancel: () => void; promise: Promise<void> } | undefined;
    void (async () => {
      const p = await pdf.getPage(current);
      if (cancelled) return;
      const base = p.getViewport({ scale: 1 });
      const s = zoom === 'fit' ? Math.min(4, (width ?? 800) / base.width) : zoom;
      const vp = p.getViewport({ scale: s });
      const canvas = canvasRef.current;
      if (!canvas) return;
      const dpr = window.devicePixelRatio || 1;
      canvas.width = Math.floor(vp.width * dpr);
      canvas.height = Math.floor(vp.height * dpr);
      canvas.style.width = `${vp.width}px`;
      canvas.style.height = `${vp.height}px`;
      task = p.render({ canvas, viewport: vp, transform: dpr !== 1 ? [dpr, 0, 0, dpr, 0, 0] : undefined });
      try {
        await task.promise;
        if (!cancelled) {
          setScale(s);
          setRendered(current);
          setBusy(false);
        }
      } catch {
        /* cancelled by a newer render */
      }
    })();
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [pdf, current, zoom, width]);

  // no box while a page renders: the canvas may already have its new size, the scale not yet
  const box = !busy && highlight && highlight.page === rendered && rendered === current && highlight.box ? scaleBox(highlight.box, scale, 2) : undefined;

  useEffect(() => {
    if (box) boxRef.current?.scrollIntoView({ block: 'center', behavior: 'auto' });
  }, [box?.left, box?.top, rendered]); // eslint-disable-line react-hooks/exhaustive-deps

  const go = (n: number) => onPageChange(Math.min(Math.max(1, n), pageCount || 1));

  return (
    <div className="pdf-viewer">
      <div className="pdf-toolbar">
        <button type="button" onClick={() => go(current - 1)} disabled={current <= 1} aria-label="上一页">
          ‹ 上一页
        </button>
        <span data-testid="page-indicator">
          第{' '}
          <input
            className="page-input"
            type="number"
            min={1}
            max={pageCount || 1}
            value={current}
            onChange={(e) => go(Number(e.target.value) || 1)}
            aria-label="页码"
          />{' '}
          / {pageCount || '…'} 页
        </span>
        <button type="button" onClick={() => go(current + 1)} disabled={current >= pageCount} aria-label="下一页">
          下一页 ›
        </button>
        <span className="spacer" />
        <button type="button" onClick={() => setZoom(Math.max(0.25, (zoom === 'fit' ? scale : zoom) / 1.25))} aria-label="缩小">
          −
        </button>
        <span className="small">{Math.round(scale * 100)}%</span>
        <button type="button" onClick={() => setZoom(Math.min(6, (zoom === 'fit' ? scale : zoom) * 1.25))} aria-label="放大">
          +
        </button>
        <button type="button" onClick={() => setZoom('fit')} className={zoom === 'fit' ? 'active' : ''}>
          适应宽度
        </button>
      </div>
      <div className="pdf-frame" ref={frameRef}>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {!pdf && !error && <p className="muted">正在加载 PDF…</p>}
        <div className="pdf-page" data-testid="pdf-page" data-page={rendered} data-scale={scale} data-busy={busy ? 'true' : 'false'}>
          <canvas ref={canvasRef} data-testid="pdf-canvas" />
          {box && (
            <div
              ref={boxRef}
              className="evidence-box"
              data-testid="evidence-box"
              style={{ left: `${box.left}px`, top: `${box.top}px`, width: `${box.width}px`, height: `${box.height}px` }}
            />
          )}
        </div>
      </div>
    </div>
  );
}
