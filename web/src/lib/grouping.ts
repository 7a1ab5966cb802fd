// Groups the document list region → department → unit for the collapsible tree.
import { regionLabel } from './labels';
import type { DocumentRow } from './types';

export interface Group {
  key: string;
  label: string;
  level: number;
  errors: number;
  warnings: number;
  count: number;
  children: Group[];
  documents: DocumentRow[];
}

const UNKNOWN = ['（地区未识别）', '（部门未识别）', '（本级）'];

function labelAt(d: DocumentRow, level: number): string {
  const v = level === 0 ? regionLabel(d.region) : level === 1 ? (d.department ?? d.org) : d.unit;
  return v && String(v).trim() ? String(v) : UNKNOWN[level];
}

export function groupDocuments(docs: DocumentRow[], level = 0, prefix = ''): Group[] {
  const map = new Map<string, DocumentRow[]>();
  for (const d of docs) {
    const label = labelAt(d, level);
    const list = map.get(label);
    if (list) list.push(d);
    else map.set(label, [d]);
  }
  const out: Group[] = [];
  for (const [label, list] of map) {
    const key = `${prefix}/${label}`;
    const g: Group = {
      key,
      label,
      level,
      errors: list.reduce((s, d) => s + (d.errors ?? 0), 0),
      warnings: list.reduce((s, d) => s + (d.warnings ?? 0), 0),
      count: list.length,
      children: level < 2 ? groupDocuments(list, level + 1, key) : [],
      documents: level < 2 ? [] : list,
    };
    out.push(g);
  }
  return out;
}
