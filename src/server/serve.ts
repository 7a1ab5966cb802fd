/** `budgetlens serve`: starts the workbench, prints the address and how to log in; stops cleanly on a signal. */
import { join, resolve } from 'node:path';
import { buildApp } from './app.js';
import { demoAdmin, loadDemo } from './demo.js';

export interface ServeOptions {
  port: number;
  host: string;
  data: string;
  db?: string;
  demo?: boolean;
  jobs?: number;
  trustProxy?: boolean;
}

const say = (s: string) => process.stderr.write(s + '\n');

export async function serve(o: ServeOptions): Promise<void> {
  const wb = await buildApp({ data: o.data, db: o.db, jobs: o.jobs, trustProxy: o.trustProxy });
  let admin: Awaited<ReturnType<typeof demoAdmin>> = null;
  if (o.demo) {
    admin = await demoAdmin(wb);
    const { planted } = await loadDemo(wb);
    for (const p of planted) say(`示例文件中植入的错误：${p}`);
  }
  let address: string;
  try {
    address = await wb.app.listen({ port: o.port, host: o.host });
  } catch (e) {
    await wb.close();
    const code = (e as { code?: string }).code;
    if (code === 'EADDRINUSE') throw new Error(`端口 ${o.port} 已被占用，请用 --port 指定其他端口`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new Error(`无法监听地址 ${o.host}`);
    throw e;
  }
  const shown = address.replace('://127.0.0.1', '://localhost');
  say(`budgetlens 工作台已启动：${shown}`);
  say(`数据目录：${o.db ? '(Postgres)' : join(resolve(o.data), 'budgetlens.db')}`);
  if (admin) say(`${admin.renewed ? '示例管理员账号的新密码' : '已创建管理员账号'}：用户名 ${admin.name}，密码 ${admin.password}（只显示这一次；每次以 --demo 启动都会换一个新的随机密码）`);
  else if (wb.auth.setupToken) {
    say(`尚无用户。请在浏览器中打开上面的地址，用以下一次性设置令牌创建首个管理员：`);
    say(`  设置令牌：${wb.auth.setupToken}`);
    say(`或者在命令行运行：budgetlens user add --role admin 用户名${o.data ? ` --data ${o.data}` : ''}`);
  }
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    say('正在停止……（未完成的检查会在下次启动时继续）');
    void wb.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
