// One document: the PDF (or the original sheet / Word text / web page, or the text) on the left,
// findings / tables / audit log / downloads on the right. A click on a finding turns to its page and
// boxes its evidence in red (PDF), or shows its sheet and cell / paragraph marked (original view).
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api } from '../lib/api';
import { evidenceLines, firstEvidencePage, highlightBox } from '../lib/boxes';
import { kindLabel, scopeLabel, statusLabel } from '../lib/labels';
import { hrefFor, type DocPlace } from '../lib/route';
import type { Box, DocumentDetail, Evidence, Finding, LinesResponse, Original, Review, User } from '../lib/types';
import { usePolling } from '../lib/usePolling';
import { PdfViewer, type Highlight } from '../components/PdfViewer';
import { TextView } from '../components/TextView';
import { OriginalView } from '../components/OriginalView';
import { FindingsPanel } from '../components/FindingsPanel';
import { TablesView } from '../components/TablesView';
import { AuditLog } from '../components/AuditLog';
import { Downloads } from '../components/Downloads';
import { LinkForm } from '../components/LinkForm';

/** Formats whose reader keeps a view of the original (GET …/original). */
const ORIGINAL_FORMATS = new Set(['xlsx', 'xls', 'docx', 'doc', 'html']);
const NO_EVIDENCE: Evidence[] = [];

const TABS: { id: string; label: string }[] = [
  { id: 'findings', label: '问题' },
  { id: 'tables', label: '表格' },
  { id: 'audit', label: '审核日志' },
  { id: 'downloads', label: '下载' },
];

export function DocumentPage({ id, tab, user, at }: { id: string; tab: string; user: User; at?: DocPlace }) {
  const [detail, setDetail] = useState<DocumentDetail | null>(null);
  const [lines, setLines] = useState<LinesResponse | null>(null);
  const [error, setError] = useState('');
  const [page, setPage] = useState(1);
  // what is highlighted: a finding's evidence on one of its pages, a table cell's box, or a place
  // the URL names (a series point: page, line and box)
  const [target, setTarget] = useState<{ fingerprint: string; page?: number } | { page?: number; box?: Box; line?: number } | undefined>();
  const [selectedCell, setSelectedCell] = useState<string | undefined>();
  // an extracted table cell clicked in an office/HTML document: its place in the original
  const [cellPlace, setCellPlace] = useState<Evidence[] | undefined>();
  const [view, setView] = useState<'pdf' | 'text' | 'original'>('pdf');
  const [original, setOriginal] = useState<Original | null | undefined>();
  const [originalError, setOriginalError] = useState('');
  // bumped on every click on a finding, so the view scrolls to its evidence again
  const [focusTick, setFocusTick] = useState(0);
  const [auditTick, setAuditTick] = useState(0);
  const atKey = at ? JSON.stringify(at) : '';
  useEffect(() => {
    if (!at) return;
    setTarget(at);
    setCellPlace(undefined);
    if (at.page != null) setPage(at.page);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the place's value
  }, [atKey]);
  const base = `/api/documents/${encodeURIComponent(id)}`;

  const load = useCallback(async () => {
    try {
      setDetail(await api<DocumentDetail>(base));
      setError('');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [base]);

  const pending = !detail || detail.document.status === 'queued' || detail.document.status === 'running';
  usePolling(load, pending ? 2000 : 60000, [base, pending]);

  // the lines of the latest check: loaded with the document, again when a re-check is done
  const loaded = !!detail;
  const doneAt = detail?.document.status === 'done' ? detail.document.updatedAt : '';
  useEffect(() => {
    if (!loaded) return;
    api<LinesResponse>(`${base}/lines`).then(setLines, () => setLines({ lines: [], pages: [] }));
  }, [base, loaded, doneAt]);

  const doc = detail?.document;
  const isPdf = !!doc && ((doc.format ?? '').toLowerCase() === 'pdf' || doc.name.toLowerCase().endsWith('.pdf'));
  const hasOriginal = !!doc && ORIGINAL_FORMATS.has((doc.format ?? '').toLowerCase());
  useEffect(() => {
    if (!loaded || !hasOriginal || !doneAt) return;
    api<{ original: Original }>(`${base}/original`).then(
      (r) => {
        setOriginal(r.original);
        setOriginalError('');
      },
      (e: unknown) => {
        setOriginal(null);
        setOriginalError(e instanceof Error ? e.message : String(e));
      },
    );
  }, [base, loaded, hasOriginal, doneAt]);
  // a place given by the URL (a series point): its line, marked in the original too
  const placeLine = target && !('fingerprint' in target) ? target.line : undefined;
  const placeEvidence = useMemo<Evidence[]>(() => (placeLine != null ? [{ line: placeLine, text: '' }] : NO_EVIDENCE), [placeLine]);
  const showPdf = isPdf && view === 'pdf';
  const showOriginal = hasOriginal && view !== 'text';

  const selected = target && 'fingerprint' in target ? target.fingerprint : undefined;
  const finding = selected ? detail?.findings.find((f) => f.fingerprint === selected) : undefined;
  // derived from the lines once they are loaded, so a click before they arrive is boxed right too
  const { highlight, marked, focusLine } = useMemo(() => {
    const all = lines?.lines ?? [];
    if (finding) {
      const p = target?.page ?? firstEvidencePage(finding);
      const direct = finding.evidence.map((e) => e.line).filter((l): l is number => l != null);
      const spanned = evidenceLines(finding.evidence, all).map((l) => l.lineNo);
      const h: Highlight | undefined = p != null ? { page: p, box: highlightBox(finding.evidence, all, p) } : undefined;
      return { highlight: h, marked: new Set([...direct, ...spanned]), focusLine: direct[0] };
    }
    if (target && !('fingerprint' in target)) {
      const h: Highlight | undefined = target.page != null ? { page: target.page, box: target.box } : undefined;
      return { highlight: h, marked: new Set<number>(target.line != null ? [target.line] : []), focusLine: target.line };
    }
    return { highlight: undefined, marked: new Set<number>(), focusLine: undefined };
  }, [finding, target, lines]);

  const selectFinding = (f: Finding, onPage?: number) => {
    setTarget({ fingerprint: f.fingerprint, page: onPage });
    setCellPlace(undefined);
    setFocusTick((t) => t + 1);
    const p = onPage ?? firstEvidencePage(f);
    if (p != null) setPage(p);
  };

  const onReviewed = (fp: string, r: Review) => {
    setDetail((d) => d && { ...d, findings: d.findings.map((f) => (f.fingerprint === fp ? { ...f, review: r } : f)) });
    setAuditTick((t) => t + 1);
  };

  const recheck = async () => {
    try {
      await api(`${base}/recheck`, { method: 'POST' });
      await load();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  if (!detail)
    return error ? (
      <p className="error" role="alert">
        {error}
      </p>
    ) : (
      <p className="muted">正在加载…</p>
    );
  const d = detail.document;
  const canReview = user.role !== 'readonly';

  return (
    <section className="page document-page">
      <div className="doc-header">
        <a href="#/" className="back">
          ← 文档列表
        </a>
        <h2 data-testid="doc-title">{d.name}</h2>
        <span className="small muted">
          {d.org ? (
            <a href={hrefFor({ page: 'series', doc: id })} data-testid="doc-body-link" title="查看该主体的历年系列">
              {d.org}
            </a>
          ) : (
            '主体未识别'
          )}{' '}
          · {d.year ?? '年度未识别'} · {kindLabel(d.kind)} · {scopeLabel(d.scope)}
          {d.pages ? ` · ${d.pages} 页` : ''} · <span className={`status status-${d.status}`}>{statusLabel[d.status]}</span>
          {detail.rulesetVersion ? ` · 规则版本 ${detail.rulesetVersion}` : ''}
        </span>
        {canReview && (
          <button type="button" onClick={() => void recheck()} disabled={pending}>
            重新检查
          </button>
        )}
      </div>
      {d.status === 'done' && <LinkForm docId={id} canEdit={canReview} onSaved={() => setAuditTick((t) => t + 1)} />}
      {d.status === 'failed' && (
        <p className="error" role="alert">
          检查失败：{d.error ?? '未知原因'}
        </p>
      )}
      {error && <p className="error">{error}</p>}
      {pending && <p className="notice">正在检查，结果出来后会自动显示…</p>}
      <div className="split">
        <div className="viewer-pane">
          {isPdf && (
            <div className="view-switch">
              <button type="button" className={view === 'pdf' ? 'active' : ''} onClick={() => setView('pdf')}>
                PDF 页面
              </button>
              <button type="button" className={view === 'text' ? 'active' : ''} onClick={() => setView('text')}>
                提取文本
              </button>
            </div>
          )}
          {hasOriginal && (
            <div className="view-switch">
              <button type="button" className={showOriginal ? 'active' : ''} onClick={() => setView('original')} data-testid="view-original">
                原文
              </button>
              <button type="button" className={!showOriginal ? 'active' : ''} onClick={() => setView('text')} data-testid="view-text">
                文本
              </button>
            </div>
          )}
          {showOriginal && original === null && originalError && <p className="notice small">{originalError}</p>}
          {showPdf ? (
            <PdfViewer url={`${base}/file?inline=1`} page={page} onPageChange={setPage} highlight={highlight} />
          ) : showOriginal && original ? (
            <OriginalView original={original} evidence={finding?.evidence ?? cellPlace ?? placeEvidence} focusKey={`${selected ?? ''}:${focusTick}:${placeLine ?? ''}`} />
          ) : showOriginal && original === undefined && !pending ? (
            <p className="muted">正在加载原文…</p>
          ) : (
            <TextView lines={lines?.lines ?? []} marked={marked} focusLine={focusLine} showPage={isPdf} />
          )}
        </div>
        <div className="side-pane">
          <nav className="tabs">
            {TABS.map((t) => (
              <a key={t.id} href={hrefFor({ page: 'document', id, tab: t.id })} className={tab === t.id ? 'active' : ''} data-testid={`tab-${t.id}`}>
                {t.label}
                {t.id === 'findings' ? `（${detail.findings.length}）` : t.id === 'tables' ? `（${detail.tables.length}）` : ''}
              </a>
            ))}
          </nav>
          <div className="tab-body">
            {tab === 'findings' && (
              <FindingsPanel
                docId={id}
                findings={detail.findings}
                selected={selected}
                canReview={canReview}
                showPage={isPdf}
                onSelect={selectFinding}
                onReviewed={onReviewed}
              />
            )}
            {tab === 'tables' && (
              <TablesView
                tables={detail.tables}
                selectedCell={selectedCell}
                onCell={(p, box, key, cell) => {
                  setSelectedCell(key);
                  if (hasOriginal) {
                    setCellPlace([{ text: cell.text, line: cell.line, sheet: cell.sheet, cell: cell.cell, paragraph: cell.paragraph, path: cell.path }]);
                    setTarget(cell.line != null ? { page: p, line: cell.line } : undefined);
                    setFocusTick((t) => t + 1);
                    return;
                  }
                  setView('pdf');
                  if (p != null) {
                    setPage(p);
                    setTarget({ page: p, box });
                  }
                }}
              />
            )}
            {tab === 'audit' && <AuditLog docId={id} refresh={auditTick} />}
            {tab === 'downloads' && <Downloads doc={d} />}
          </div>
        </div>
      </div>
    </section>
  );
}
