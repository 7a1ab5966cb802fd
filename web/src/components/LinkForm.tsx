// A reviewer corrects the document's series link: its body (pick an existing one or type a new
// name), year and kind. Readonly users see the current link only.
import { useEffect, useState } from 'react';
import { api } from '../lib/api';
import { kindLabel } from '../lib/labels';
import { hrefFor } from '../lib/route';

interface LinkInfo {
  link: { body: string; bodyName: string; year?: number; kind?: string } | null;
  correction: { body?: string; year?: number; kind?: string; by: string; at: string } | null;
  bodies: { key: string; name: string }[];
}

export function LinkForm({ docId, canEdit, onSaved }: { docId: string; canEdit: boolean; onSaved: () => void }) {
  const [info, setInfo] = useState<LinkInfo | null>(null);
  const [body, setBody] = useState('');
  const [year, setYear] = useState('');
  const [kind, setKind] = useState('');
  const [msg, setMsg] = useState('');
  const url = `/api/documents/${encodeURIComponent(docId)}/link`;

  const load = () =>
    api<LinkInfo>(url).then((r) => {
      setInfo(r);
      setBody(r.correction?.body ?? '');
      setYear(r.correction?.year ? String(r.correction.year) : '');
      setKind(r.correction?.kind ?? '');
    }, () => setInfo(null));
  useEffect(() => void load(), [docId]);

  if (!info?.link) return null;
  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    setMsg('');
    try {
      const pick = info.bodies.find((b) => b.name === body.trim());
      await api(url, { method: 'POST', body: { ...(body.trim() ? { body: pick?.key ?? body.trim() } : {}), ...(year ? { year: Number(year) } : {}), ...(kind ? { kind } : {}) } });
      setMsg('已保存，系列视图已更新');
      await load();
      onSaved();
    } catch (err) {
      setMsg(err instanceof Error ? err.message : String(err));
    }
  };
  const l = info.link;
  return (
    <details className="link-form" data-testid="link-form">
      <summary>
        系列关联：<a href={hrefFor({ page: 'series', key: l.body })}>{l.bodyName}</a> · {l.year ?? '年度未识别'} · {kindLabel(l.kind)}
        {info.correction ? `（${info.correction.by} 已更正）` : ''}
      </summary>
      {canEdit && (
        <form onSubmit={(e) => void save(e)}>
          <label>
            主体
            <input list={`bodies-${docId}`} value={body} onChange={(e) => setBody(e.target.value)} placeholder="选择已有主体或输入名称" maxLength={100} data-testid="link-body" />
            <datalist id={`bodies-${docId}`}>
              {info.bodies.map((b) => (
                <option key={b.key} value={b.name} />
              ))}
            </datalist>
          </label>
          <label>
            年度
            <input type="number" min={1990} max={2100} value={year} onChange={(e) => setYear(e.target.value)} data-testid="link-year" />
          </label>
          <label>
            类型
            <select value={kind} onChange={(e) => setKind(e.target.value)} data-testid="link-kind">
              <option value="">按识别结果</option>
              <option value="budget">预算</option>
              <option value="final">决算</option>
            </select>
          </label>
          <button type="submit">保存更正</button>
          <span className="small muted">留空的项按识别结果；全部留空即撤销更正。</span>
          {msg && <p className="notice">{msg}</p>}
        </form>
      )}
    </details>
  );
}
