// Confirm / dismiss (reason required) / comment / reopen a finding.
import { useState } from 'react';
import { api } from '../lib/api';
import type { Review, ReviewStatus } from '../lib/types';

export function ReviewControls({
  docId,
  fingerprint,
  review,
  onSaved,
}: {
  docId: string;
  fingerprint: string;
  review: Review | null;
  onSaved: (r: Review) => void;
}) {
  const [mode, setMode] = useState<null | 'dismiss' | 'comment'>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const save = async (status: ReviewStatus, extra: { reason?: string; comment?: string } = {}) => {
    setBusy(true);
    setError('');
    try {
      const res = await api<{ review: Review }>(
        `/api/documents/${encodeURIComponent(docId)}/findings/${encodeURIComponent(fingerprint)}/review`,
        { method: 'POST', body: { status, ...extra } },
      );
      onSaved(res.review);
      setMode(null);
      setText('');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const current: ReviewStatus = review?.status ?? 'open';
  return (
    <div className="review-controls" onClick={(e) => e.stopPropagation()}>
      {mode === null && (
        <div className="buttons">
          {current !== 'confirmed' && (
            <button type="button" disabled={busy} onClick={() => void save('confirmed')} data-testid="confirm">
              确认
            </button>
          )}
          {current !== 'dismissed' && (
            <button type="button" disabled={busy} onClick={() => setMode('dismiss')} data-testid="dismiss">
              驳回
            </button>
          )}
          <button type="button" disabled={busy} onClick={() => setMode('comment')} data-testid="comment">
            备注
          </button>
          {current !== 'open' && (
            <button type="button" disabled={busy} onClick={() => void save('open')} data-testid="reopen">
              重新打开
            </button>
          )}
        </div>
      )}
      {mode !== null && (
        <form
          className="review-form"
          onSubmit={(e) => {
            e.preventDefault();
            const t = text.trim();
            if (mode === 'dismiss') {
              if (!t) {
                setError('驳回必须填写理由');
                return;
              }
              void save('dismissed', { reason: t });
            } else if (t) void save(current, { comment: t, ...(review?.reason ? { reason: review.reason } : {}) });
          }}
        >
          <textarea
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={mode === 'dismiss' ? '驳回理由（必填）' : '备注内容'}
            data-testid={mode === 'dismiss' ? 'dismiss-reason' : 'comment-text'}
            rows={2}
            autoFocus
          />
          <div className="buttons">
            <button type="submit" className="primary" disabled={busy} data-testid="review-submit">
              {mode === 'dismiss' ? '确认驳回' : '保存备注'}
            </button>
            <button type="button" onClick={() => (setMode(null), setError(''))}>
              取消
            </button>
          </div>
        </form>
      )}
      {error && (
        <p className="error small" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
