// One finding: severity, rule title, message, stated → expected, suggestion, quoted evidence
// (each quote a link to its page), review state with who and when, and the review controls.
import { formatTime, reviewLabel, severityLabel } from '../lib/labels';
import { evidencePages } from '../lib/boxes';
import { markParts } from '../lib/text';
import { evidencePlace } from '../lib/original';
import type { Finding, Review } from '../lib/types';
import { ReviewControls } from './ReviewControls';

export function FindingCard({
  docId,
  finding,
  selected,
  canReview,
  showPage,
  onSelect,
  onSelectPage,
  onReviewed,
}: {
  docId: string;
  finding: Finding;
  selected: boolean;
  canReview: boolean;
  /** Page numbers mean something for PDFs only (a text input is one page). */
  showPage: boolean;
  onSelect: () => void;
  onSelectPage: (page: number) => void;
  onReviewed: (r: Review) => void;
}) {
  const f = finding;
  const status = f.review?.status ?? 'open';
  const pages = evidencePages(f);
  return (
    <li
      className={`finding sev-${f.severity}${selected ? ' selected' : ''} review-${status}`}
      data-testid="finding"
      data-fingerprint={f.fingerprint}
      onClick={onSelect}
      onKeyDown={(e) => {
        if ((e.key === 'Enter' || e.key === ' ') && e.target === e.currentTarget) {
          e.preventDefault();
          onSelect();
        }
      }}
      tabIndex={0}
      aria-selected={selected}
    >
      <div className="finding-head">
        <span className={`badge sev-${f.severity}`}>{severityLabel[f.severity] ?? f.severity}</span>
        <span className="finding-title">{f.title || f.rule}</span>
        <span className="rule-id small muted">{f.rule}</span>
        <span className={`review-badge review-${status}`} data-testid="review-status">
          {reviewLabel[status]}
        </span>
      </div>
      <p className="finding-message">{f.message}</p>
      {(f.stated || f.expected) && (
        <p className="arith">
          <span className="stated">所列：{f.stated ?? '—'}</span>
          <span className="arrow"> → </span>
          <span className="expected">应为：{f.expected ?? '—'}</span>
        </p>
      )}
      {f.suggestion && <p className="suggestion">建议：{f.suggestion}</p>}
      {f.evidence.length > 0 && (
        <ul className="evidence">
          {f.evidence.map((e, i) => (
            <li key={i}>
              <blockquote>
                {markParts(e.text, f.stated).map((part, j) => (j % 2 ? <mark key={j}>{part}</mark> : part))}
              </blockquote>
              <span className="small muted">
                {showPage && e.page != null ? `第 ${e.page} 页` : ''}
                {evidencePlace(e) ? ` ${evidencePlace(e)}` : e.line != null ? ` 第 ${e.line} 行` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      {showPage && pages.length > 1 && (
        <div className="pages small">
          涉及页面：
          {pages.map((p) => (
            <button
              key={p}
              type="button"
              className="link"
              onClick={(e) => {
                e.stopPropagation();
                onSelectPage(p);
              }}
            >
              第 {p} 页
            </button>
          ))}
        </div>
      )}
      {f.review && (
        <p className="review-info small" data-testid="review-info">
          {reviewLabel[f.review.status]} · {f.review.by} · {formatTime(f.review.at)}
          {f.review.reason ? ` · 理由：${f.review.reason}` : ''}
          {f.review.comment ? ` · 备注：${f.review.comment}` : ''}
        </p>
      )}
      {canReview && <ReviewControls docId={docId} fingerprint={f.fingerprint} review={f.review} onSaved={onReviewed} />}
    </li>
  );
}
