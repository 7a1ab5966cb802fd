// The document list: a flat sortable table, or grouped region → department → unit.
import { Fragment, useState } from 'react';
import type { Group } from '../lib/grouping';
import { formatTime, kindLabel, scopeLabel, statusLabel } from '../lib/labels';
import { hrefFor } from '../lib/route';
import type { DocumentRow } from '../lib/types';

export type SortKey = 'name' | 'org' | 'year' | 'errors' | 'warnings' | 'updated';
const COLUMNS: { key: SortKey | null; label: string }[] = [
  { key: 'name', label: '文件' },
  { key: 'org', label: '主体' },
  { key: 'year', label: '年度' },
  { key: null, label: '类型' },
  { key: null, label: '范围' },
  { key: null, label: '状态' },
  { key: 'errors', label: '错误' },
  { key: 'warnings', label: '警告' },
  { key: 'updated', label: '更新时间' },
];

function Row({ d, indent = 0 }: { d: DocumentRow; indent?: number }) {
  return (
    <tr data-testid="doc-row" data-id={d.id} data-status={d.status}>
      <td className={`indent-${indent}`}>
        <a href={hrefFor({ page: 'document', id: d.id, tab: 'findings' })}>{d.name}</a>
      </td>
      <td>{d.org ?? '—'}</td>
      <td>{d.year ?? '—'}</td>
      <td>{kindLabel(d.kind)}</td>
      <td>{scopeLabel(d.scope)}</td>
      <td>
        <span className={`status status-${d.status}`} title={d.error ?? undefined}>
          {statusLabel[d.status] ?? d.status}
        </span>
        {d.status === 'failed' && d.error && <div className="small error">{d.error}</div>}
      </td>
      <td className={d.errors ? 'num count-error' : 'num'}>{d.errors ?? 0}</td>
      <td className={d.warnings ? 'num count-warning' : 'num'}>{d.warnings ?? 0}</td>
      <td className="small">{formatTime(d.updatedAt)}</td>
    </tr>
  );
}

function GroupRows({ g, collapsed, toggle }: { g: Group; collapsed: Set<string>; toggle: (k: string) => void }) {
  const closed = collapsed.has(g.key);
  return (
    <Fragment>
      <tr className={`group-row level-${g.level}`} data-testid="group-row">
        <td colSpan={COLUMNS.length}>
          <button type="button" className={`group-toggle indent-${g.level}`} onClick={() => toggle(g.key)} aria-expanded={!closed}>
            {closed ? '▸' : '▾'} {g.label}
          </button>
          <span className="small muted">
            {' '}
            {g.count} 份 · 错误 {g.errors} · 警告 {g.warnings}
          </span>
        </td>
      </tr>
      {!closed &&
        g.children.map((c) => <GroupRows key={c.key} g={c} collapsed={collapsed} toggle={toggle} />)}
      {!closed && g.documents.map((d) => <Row key={d.id} d={d} indent={3} />)}
    </Fragment>
  );
}

export function DocumentTable({
  documents,
  groups,
  sort,
  order,
  onSort,
}: {
  documents: DocumentRow[];
  groups: Group[] | null;
  sort: SortKey;
  order: 'asc' | 'desc';
  onSort: (key: SortKey) => void;
}) {
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const toggle = (k: string) => {
    const next = new Set(collapsed);
    if (next.has(k)) next.delete(k);
    else next.add(k);
    setCollapsed(next);
  };
  return (
    <table className="grid documents" data-testid="documents">
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <th key={c.label}>
              {c.key ? (
                <button type="button" className="sort" onClick={() => onSort(c.key as SortKey)}>
                  {c.label}
                  {sort === c.key ? (order === 'asc' ? ' ▲' : ' ▼') : ''}
                </button>
              ) : (
                c.label
              )}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {groups
          ? groups.map((g) => <GroupRows key={g.key} g={g} collapsed={collapsed} toggle={toggle} />)
          : documents.map((d) => <Row key={d.id} d={d} />)}
        {documents.length === 0 && (
          <tr>
            <td colSpan={COLUMNS.length} className="muted">
              没有文档。请上传预算或决算公开文件。
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
