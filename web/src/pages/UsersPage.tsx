// Admin: the accounts and a form to add one.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api } from '../lib/api';
import { formatTime, roleLabel } from '../lib/labels';
import type { Role } from '../lib/types';

interface UserRow {
  name: string;
  role: Role;
  createdAt?: string;
}

export function UsersPage() {
  const [users, setUsers] = useState<UserRow[]>([]);
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('reviewer');

  const load = useCallback(async () => {
    try {
      setUsers((await api<{ users: UserRow[] }>('/api/users')).users);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);
  useEffect(() => void load(), [load]);

  const add = async (e: FormEvent) => {
    e.preventDefault();
    setError('');
    setNotice('');
    try {
      await api('/api/users', { method: 'POST', body: { username, password, role } });
      setNotice(`已创建用户 ${username}`);
      setUsername('');
      setPassword('');
      await load();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <section className="page users-page">
      <h2>用户管理</h2>
      <table className="grid">
        <thead>
          <tr>
            <th>用户名</th>
            <th>角色</th>
            <th>创建时间</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.name}>
              <td>{u.name}</td>
              <td>{roleLabel[u.role] ?? u.role}</td>
              <td>{formatTime(u.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="inline-form" onSubmit={add}>
        <h3>添加用户</h3>
        <label>
          用户名
          <input value={username} onChange={(e) => setUsername(e.target.value)} required autoComplete="off" />
        </label>
        <label>
          初始密码
          <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} required autoComplete="new-password" />
        </label>
        <label>
          角色
          <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
            <option value="reviewer">审核员</option>
            <option value="readonly">只读</option>
            <option value="admin">管理员</option>
          </select>
        </label>
        <button type="submit" className="primary">
          添加
        </button>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {notice && <p className="notice">{notice}</p>}
    </section>
  );
}
