// The workbench shell: session bootstrap (setup → login → app), header with navigation and the
// user menu, and the hash-routed pages.
import { useCallback, useEffect, useState } from 'react';
import { api, fetchSession, setCsrf, setUnauthorizedHandler } from './lib/api';
import type { Session } from './lib/types';
import { useRoute } from './lib/route';
import { LoginPage } from './pages/LoginPage';
import { DocumentsPage } from './pages/DocumentsPage';
import { DocumentPage } from './pages/DocumentPage';
import { UsersPage } from './pages/UsersPage';
import { SeriesPage } from './pages/SeriesPage';
import { UserMenu } from './components/UserMenu';

export function App() {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [needsSetup, setNeedsSetup] = useState(false);
  const [bootError, setBootError] = useState('');
  const route = useRoute();

  const boot = useCallback(async () => {
    try {
      const status = await api<{ needsSetup: boolean }>('/api/setup-status');
      setNeedsSetup(status.needsSetup);
      setSession(status.needsSetup ? null : await fetchSession());
      setBootError('');
    } catch (e) {
      setBootError(e instanceof Error ? e.message : String(e));
      setSession(null);
    }
  }, []);

  useEffect(() => {
    setUnauthorizedHandler(() => setSession(null));
    void boot();
  }, [boot]);

  const logout = async () => {
    try {
      await api('/api/logout', { method: 'POST' });
    } finally {
      setCsrf('');
      setSession(null);
    }
  };

  if (session === undefined) return <div className="boot">正在加载…</div>;
  if (!session)
    return (
      <LoginPage
        needsSetup={needsSetup}
        bootError={bootError}
        onLoggedIn={(s) => {
          setCsrf(s.csrf);
          setNeedsSetup(false);
          setSession(s);
        }}
      />
    );

  return (
    <div className="app">
      <header className="topbar">
        <a className="brand" href="#/">
          预决算公开审查工作台
        </a>
        <nav className="nav">
          <a href="#/" className={route.page === 'documents' ? 'active' : ''}>
            文档
          </a>
          <a href="#/series" className={route.page === 'series' ? 'active' : ''} data-testid="nav-series">
            系列
          </a>
          {session.user.role === 'admin' && (
            <a href="#/users" className={route.page === 'users' ? 'active' : ''}>
              用户管理
            </a>
          )}
        </nav>
        <UserMenu user={session.user} onLogout={logout} />
      </header>
      <main className="content">
        {route.page === 'documents' && <DocumentsPage user={session.user} />}
        {route.page === 'document' && <DocumentPage key={route.id} id={route.id} tab={route.tab} at={route.at} user={session.user} />}
        {route.page === 'series' && <SeriesPage key={route.key ?? ''} bodyKey={route.key} doc={route.doc} />}
        {route.page === 'users' &&
          (session.user.role === 'admin' ? <UsersPage /> : <p className="error">只有管理员可以管理用户。</p>)}
      </main>
    </div>
  );
}
