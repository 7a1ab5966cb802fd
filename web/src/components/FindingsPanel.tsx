// The findings of a document, filterable by severity and review state.
import { useState } from 'react';
import type { Finding, Review } from '../lib/types';
import { FindingCard } from './FindingCard';

export function FindingsPanel({
  docId,
  findings,
  selected,
  canReview,
  showPage,
  onSelect,
  onReviewed,
}: {
  docId: string;
  findings: Finding[];
  selected?: string;
  canReview: boolean;
  showPage: boolean;
  onSelect: (f: Finding, page?: number) => void;
  onReviewed: (fingerprint: string, r: Review) => void;
}) {
  const [severity, setSeverity] = useState('');
  const [state, setState] = useState('');
  const shown = findings.filter(
    (f) => (!severity || f.severity === severity) && (!state || (f.review?.status ?? 'open') === state),
  );
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  return (
    <div className="findings-panel">
      <div className="filters small">
        <select value={severity} onChange={(e) => setSeverity(e.target.value)} aria-label="严重程度">
          <option value="">全部（{findings.length}）</option>
          <option value="error">错误（{count('error')}）</option>
          <option value="warning">警告（{count('warning')}）</option>
          <option value="info">提示（{count('info')}）</option>
        </select>
        <select value={state} onChange={(e) => setState(e.target.value)} aria-label="审核状态">
          <option value="">全部审核状态</option>
          <option value="open">待审核</option>
          <option value="confirmed">已确认</option>
          <option value="dismissed">已驳回</option>
        </select>
      </div>
      {findings.length === 0 && <p className="muted">未发现问题。</p>}
      <ul className="findings">
        {shown.map((f) => (
          <FindingCard
            key={f.fingerprint}
            docId={docId}
            finding={f}
            selected={selected === f.fingerprint}
            canReview={canReview}
            showPage={showPage}
            onSelect={() => onSelect(f)}
            onSelectPage={(p) => onSelect(f, p)}
            onReviewed={(r) => onReviewed(f.fingerprint, r)}
          />
        ))}
      </ul>
    </div>
  );
}
