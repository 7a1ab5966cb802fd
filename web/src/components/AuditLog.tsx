// The document's audit log: who did what and when.
import { useEffect, useState } from 'react';
import { api } from '../lib/api';
import { auditActionLabel, auditDetail, formatTime } from '../lib/labels';
import type { AuditEvent } from '../lib/types';

export function AuditLog({ docId, refresh }: { docId: string; refresh: number }) {
  const [events, setEvents] = useState<AuditEvent[]>([]);
  const [error, setError] = useState('');
  useEffect(() => {
    api<{ events: AuditEvent[] }>(`/api/documents/${encodeURIComponent(docId)}/audit`).then(
      (r) => setEvents(r.events),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, [docId, refresh]);
  if (error)
    return (
      <p className="error" role="alert">
        {error}
      </p>
    );
  if (!events.length) return <p className="muted">暂无记录。</p>;
  return (
    <table className="grid compact" data-testid="audit-log">
      <thead>
        <tr>
          <th>时间</th>
          <th>用户</th>
          <th>操作</th>
          <th>问题</th>
          <th>详情</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e, i) => (
          <tr key={i}>
            <td className="small">{formatTime(e.at)}</td>
            <td>{e.by}</td>
            <td>{auditActionLabel[e.action] ?? e.action}</td>
            <td className="small mono">{e.fingerprint ? e.fingerprint.slice(0, 10) : ''}</td>
            <td>{auditDetail(e.detail)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
