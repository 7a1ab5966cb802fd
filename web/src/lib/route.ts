// Hash routing: #/ (documents), #/doc/ID[/tab][?page=N&line=L&box=x0,y0,x1,y1], #/series[/KEY][?doc=ID],
// #/users. Hash routes need no server fallback.
import { useEffect, useState } from 'react';
import type { Box } from './types';

/** A place in a document to open at: its page, the line (text view) and the box (PDF view). */
export interface DocPlace {
  page?: number;
  line?: number;
  box?: Box;
}

export type Route =
  | { page: 'documents' }
  | { page: 'document'; id: string; tab: string; at?: DocPlace }
  | { page: 'series'; key?: string; doc?: string }
  | { page: 'users' };

function placeOf(q: URLSearchParams): DocPlace | undefined {
  const num = (k: string) => {
    const n = Number(q.get(k));
    return q.has(k) && Number.isFinite(n) ? n : undefined;
  };
  const b = (q.get('box') ?? '').split(',').map(Number);
  const box = b.length === 4 && b.every(Number.isFinite) ? { x0: b[0], y0: b[1], x1: b[2], y1: b[3] } : undefined;
  const at = { page: num('page'), line: num('line'), box };
  return at.page != null || at.line != null ? at : undefined;
}

export function parseRoute(hash: string): Route {
  const [path, search = ''] = hash.replace(/^#\/?/, '').split('?');
  const q = new URLSearchParams(search);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'doc' && parts[1]) return { page: 'document', id: parts[1], tab: parts[2] ?? 'findings', at: placeOf(q) };
  if (parts[0] === 'series') return { page: 'series', key: parts[1], doc: q.get('doc') ?? undefined };
  if (parts[0] === 'users') return { page: 'users' };
  return { page: 'documents' };
}

function placeQuery(at: DocPlace | undefined): string {
  if (!at) return '';
  const q = new URLSearchParams();
  if (at.page != null) q.set('page', String(at.page));
  if (at.line != null) q.set('line', String(at.line));
  if (at.box) q.set('box', [at.box.x0, at.box.y0, at.box.x1, at.box.y1].map((n) => Math.round(n * 100) / 100).join(','));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function hrefFor(route: Route): string {
  switch (route.page) {
    case 'documents':
      return '#/';
    case 'users':
      return '#/users';
    case 'series':
      return `#/series${route.key ? `/${encodeURIComponent(route.key)}` : ''}${route.doc ? `?doc=${encodeURIComponent(route.doc)}` : ''}`;
    case 'document':
      return `#/doc/${encodeURIComponent(route.id)}${route.tab && route.tab !== 'findings' ? `/${route.tab}` : ''}${placeQuery(route.at)}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
