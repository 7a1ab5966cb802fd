import { useEffect, useRef, useState } from 'react';
import { roleLabel } from '../lib/labels';
import type { User } from '../lib/types';

export function UserMenu({ user, onLogout }: { user: User; onLogout: () => void }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);
  return (
    <div className="user-menu" ref={ref}>
      <button type="button" className="user-button" data-testid="user-menu" onClick={() => setOpen(!open)}>
        {user.name}（{roleLabel[user.role] ?? user.role}）▾
      </button>
      {open && (
        <div className="menu" role="menu">
          <div className="menu-info">
            已登录：{user.name}
            <br />
            角色：{roleLabel[user.role] ?? user.role}
          </div>
          <button type="button" role="menuitem" data-testid="logout" onClick={onLogout}>
            退出登录
          </button>
        </div>
      )}
    </div>
  );
}
