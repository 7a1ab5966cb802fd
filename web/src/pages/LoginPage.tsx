// Login, or first-run setup: the first admin is created with the one-time token the server
// printed on its stderr at first start.
import { useState, type FormEvent } from 'react';
import { api } from '../lib/api';
import type { Session } from '../lib/types';

export function LoginPage({
  needsSetup,
  bootError,
  onLoggedIn,
}: {
  needsSetup: boolean;
  bootError: string;
  onLoggedIn: (s: Session) => void;
}) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [token, setToken] = useState('');
  const [error, setError] = useState(bootError);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      if (needsSetup) await api('/api/setup', { method: 'POST', body: { token, username, password } });
      onLoggedIn(await api<Session>('/api/login', { method: 'POST', body: { username, password } }));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="login">
      <form className="login-box" onSubmit={submit} data-testid="login-form">
        <h1>预决算公开审查工作台</h1>
        <p className="muted">{needsSetup ? '首次使用：请用服务器启动时打印的一次性令牌创建管理员账号。' : '请登录'}</p>
        {needsSetup && (
          <label>
            一次性令牌
            <input name="token" value={token} onChange={(e) => setToken(e.target.value)} autoComplete="off" required />
          </label>
        )}
        <label>
          用户名
          <input name="username" value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="username" required />
        </label>
        <label>
          密码
          <input
            name="password"
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete={needsSetup ? 'new-password' : 'current-password'}
            required
          />
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {needsSetup ? '创建管理员并登录' : '登录'}
        </button>
      </form>
    </div>
  );
}
