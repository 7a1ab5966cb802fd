// Hash routing: #/ (documents), #/doc/ID[/tab], #/users. Hash routes need no server fallback.
import { useEffect, useState } from 'react';

export type Route =
  | { page: 'documents' }
  | { page: 'document'; id: string; tab: string }
  | { page: 'users' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'doc' && parts[1]) return { page: 'document', id: parts[1], tab: parts[2] ?? 'findings' };
  if (parts[0] === 'users') return { page: 'users' };
  return { page: 'documents' };
}

export function hrefFor(route: Route): string {
  switch (route.page) {
    case 'documents':
      return '#/';
    case 'users':
      return '#/users';
    case 'document':
      return `#/doc/${encodeURIComponent(route.id)}${route.tab && route.tab !== 'findings' ? `/${route.tab}` : ''}`;
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
