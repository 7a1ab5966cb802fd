// Report downloads (built by the report module on the server).
import type { DocumentRow } from '../lib/types';

export function Downloads({ doc }: { doc: DocumentRow }) {
  const base = `/api/documents/${encodeURIComponent(doc.id)}`;
  const isPdf = (doc.format ?? '').toLowerCase() === 'pdf' || doc.name.toLowerCase().endsWith('.pdf');
  const items = [
    { href: `${base}/report?format=html`, label: 'HTML 审查报告', note: '单个文件，可打印', id: 'download-html' },
    ...(isPdf ? [{ href: `${base}/report?format=pdf`, label: '批注版 PDF', note: '原文件，每个问题一个红框批注', id: 'download-pdf' }] : []),
    { href: `${base}/report?format=xlsx`, label: '问题清单 XLSX', note: 'Excel 表格', id: 'download-xlsx' },
    { href: `${base}/report?format=csv`, label: '问题清单 CSV', note: 'UTF-8 编码', id: 'download-csv' },
    { href: `${base}/report?format=json`, label: '模型 JSON', note: '结构化数据', id: 'download-json' },
    { href: `${base}/file`, label: '原始文件', note: doc.name, id: 'download-original' },
  ];
  return (
    <ul className="downloads">
      {items.map((i) => (
        <li key={i.id}>
          <a href={i.href} download data-testid={i.id}>
            {i.label}
          </a>
          <span className="small muted"> · {i.note}</span>
        </li>
      ))}
    </ul>
  );
}
