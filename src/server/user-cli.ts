/** `budgetlens user add --role ROLE NAME` / `user passwd NAME`: the password comes from stdin (asked twice on a terminal). */
import { createInterface } from 'node:readline';
import { join, resolve } from 'node:path';
import { Store } from '../engine/store/store.js';
import { hashPassword, passwordProblem } from './auth/password.js';
import { ROLES, Users, type Role } from './store/users.js';

async function readAll(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function ask(prompt: string): Promise<string> {
  return new Promise((done) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput.bind(rl);
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s) => write(s.startsWith(prompt) ? s : s.replace(/[^\r\n]/g, ''));
    rl.question(prompt, (a) => {
      rl.close();
      process.stderr.write('\n');
      done(a);
    });
  });
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return (await readAll()).split(/\r?\n/)[0] ?? '';
  const a = await ask('密码：');
  const b = await ask('再次输入密码：');
  if (a !== b) throw new Error('两次输入的密码不一致');
  return a;
}

/** `user passwd NAME`: a new password (from stdin) for an existing account; its sessions end. */
export async function changePassword(name: string, o: { data?: string; db?: string }): Promise<number> {
  const password = await readPassword();
  const problem = passwordProblem(password);
  if (problem) throw new Error(problem);
  const store = await Store.open(o.db ?? join(resolve(o.data ?? '.budgetlens'), 'budgetlens.db'));
  try {
    const users = new Users(store.db);
    if (!(await users.passwordHash(name))) throw new Error(`用户 ${name} 不存在`);
    await users.setPassword(name, await hashPassword(password));
    process.stderr.write(`已修改用户 ${name} 的密码\n`);
    return 0;
  } finally {
    await store.close();
  }
}

/** Returns the exit status. */
export async function addUser(name: string, o: { role: string; data?: string; db?: string }): Promise<number> {
  if (!ROLES.includes(o.role as Role)) throw new Error(`角色只能是 ${ROLES.join('、')}`);
  if (!/^[\p{L}\p{N}_.@-]{1,64}$/u.test(name)) throw new Error('用户名只能包含字母、数字、汉字和 _ . @ -（最多 64 个字符）');
  const password = await readPassword();
  const problem = passwordProblem(password);
  if (problem) throw new Error(problem);
  const store = await Store.open(o.db ?? join(resolve(o.data ?? '.budgetlens'), 'budgetlens.db'));
  try {
    const ok = await new Users(store.db).create(name, o.role as Role, await hashPassword(password));
    if (!ok) throw new Error(`用户 ${name} 已存在`);
    process.stderr.write(`已创建用户 ${name}（${o.role}）\n`);
    return 0;
  } finally {
    await store.close();
  }
}
