// The document's lines (text inputs, or the text read from a PDF) with the evidence lines marked.
import { useEffect, useRef } from 'react';
import type { Line } from '../lib/types';

export function TextView({
  lines,
  marked,
  focusLine,
  showPage,
}: {
  lines: Line[];
  marked: Set<number>;
  focusLine?: number;
  showPage: boolean;
}) {
  const ref = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (focusLine == null) return;
    ref.current?.querySelector(`[data-line="${focusLine}"]`)?.scrollIntoView({ block: 'center' });
  }, [focusLine, lines]);
  if (!lines.length) return <p className="muted">没有文本。</p>;
  return (
    <ol className="text-view" ref={ref} data-testid="text-view">
      {lines.map((l) => (
        <li key={l.lineNo} data-line={l.lineNo} className={marked.has(l.lineNo) ? 'marked' : undefined}>
          <span className="line-no">
            {l.lineNo}
            {showPage && l.page != null ? <span className="muted"> · 第{l.page}页</span> : null}
          </span>
          <span className="line-text">{l.text}</span>
        </li>
      ))}
    </ol>
  );
}
