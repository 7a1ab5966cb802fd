// Documents: upload, live progress, filters/sort/search, flat or grouped list.
import { useMemo, useState } from 'react';
import { api } from '../lib/api';
import { groupDocuments } from '../lib/grouping';
import type { DocumentRow, Progress, User } from '../lib/types';
import { usePolling } from '../lib/usePolling';
import { UploadPanel } from '../components/UploadPanel';
import { DocumentTable, type SortKey } from '../components/DocumentTable';

interface Filters {
  q: string;
  status: string;
  kind: string;
  year: string;
  severity: string;
}

function query(f: Filters, sort: SortKey, order: string): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) p.set(k, v);
  p.set('sort', sort);
  p.set('order', order);
  return p.toString();
}

export function DocumentsPage({ user }: { user: User }) {
  const [filters, setFilters] = useState<Filters>({ q: '', status: '', kind: '', year: '', severity: '' });
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<SortKey>('updated');
  const [order, setOrder] = useState<'asc' | 'desc'>('desc');
  const [grouped, setGrouped] = useState(true);
  const [documents, setDocuments] = useState<DocumentRow[]>([]);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState('');
  const [tick, setTick] = useState(0);

  const qs = query(filters, sort, order);
  const active = !!progress && progress.queued + progress.running > 0;

  // the list: reload on any change of the query, and every 2 s while documents are being checked
  usePolling(
    async () => {
      try {
        const [list, prog] = await Promise.all([
          api<{ documents: DocumentRow[] }>(`/api/documents?${qs}`),
          api<Progress>('/api/progress'),
        ]);
        setDocuments(list.documents);
        setProgress(prog);
        setError('');
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      }
    },
    active ? 2000 : 8000,
    [qs, tick, active],
  );

  const groups = useMemo(() => (grouped ? groupDocuments(documents) : null), [grouped, documents]);
  const years = useMemo(
    () => [...new Set(documents.map((d) => d.year).filter((y): y is number => typeof y === 'number'))].sort(),
    [documents],
  );
  const set = (k: keyof Filters, v: string) => setFilters({ ...filters, [k]: v });
  const onSort = (k: SortKey) => {
    if (k === sort) setOrder(order === 'asc' ? 'desc' : 'asc');
    else {
      setSort(k);
      setOrder(k === 'errors' || k === 'warnings' || k === 'updated' ? 'desc' : 'asc');
    }
  };
  const total = progress ? progress.queued + progress.running + progress.done + progress.failed : 0;

  return (
    <section className="page documents-page">
      {user.role !== 'readonly' && <UploadPanel onUploaded={() => setTick((t) => t + 1)} />}
      {progress && (
        <div className="progress-summary" data-testid="progress">
          <span>排队 {progress.queued}</span>
          <span>检查中 {progress.running}</span>
          <span>完成 {progress.done}</span>
          <span className={progress.failed ? 'count-error' : ''}>失败 {progress.failed}</span>
          {total > 0 && (
            <div className="progress small-bar">
              <div className="bar" style={{ width: `${Math.round(((progress.done + progress.failed) / total) * 100)}%` }} />
            </div>
          )}
        </div>
      )}
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          set('q', search.trim());
        }}
      >
        <input
          type="search"
          placeholder="搜索文件名、主体或全文"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          data-testid="search"
        />
        <button type="submit">搜索</button>
        <select value={filters.status} onChange={(e) => set('status', e.target.value)} aria-label="状态">
          <option value="">全部状态</option>
          <option value="queued">排队中</option>
          <option value="running">检查中</option>
          <option value="done">已完成</option>
          <option value="failed">失败</option>
        </select>
        <select value={filters.kind} onChange={(e) => set('kind', e.target.value)} aria-label="类型">
          <option value="">预算和决算</option>
          <option value="budget">预算</option>
          <option value="final">决算</option>
        </select>
        <select value={filters.year} onChange={(e) => set('year', e.target.value)} aria-label="年度">
          <option value="">全部年度</option>
          {years.map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </select>
        <select value={filters.severity} onChange={(e) => set('severity', e.target.value)} aria-label="问题">
          <option value="">不限问题</option>
          <option value="error">有错误</option>
          <option value="warning">有警告</option>
        </select>
        <label className="check">
          <input type="checkbox" checked={grouped} onChange={(e) => setGrouped(e.target.checked)} /> 按地区 → 部门 → 单位分组
        </label>
        <a href="#/series" className="series-link" data-testid="series-link">
          历年系列 →
        </a>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <DocumentTable documents={documents} groups={groups} sort={sort} order={order} onSort={onSort} />
    </section>
  );
}
