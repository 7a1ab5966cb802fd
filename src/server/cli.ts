/** Registers `serve` and `user add` on the command line (kept here so main.ts changes by one line). */
import type { Command } from 'commander';

export function registerServerCommands(program: Command): void {
  program
    .command('serve')
    .description('启动网页工作台（上传、查看问题、复核、导出报告）')
    .option('--port <n>', '端口', '8080')
    .option('--host <host>', '监听地址', '127.0.0.1')
    .option('--data <dir>', '数据目录（SQLite 数据库和上传的文件）', '.budgetlens')
    .option('--db <url>', '改用 Postgres（postgres://…）')
    .option('--jobs <n>', '同时检查的文件数', '1')
    .option('--behind-proxy', '在 https 反向代理之后运行（信任 X-Forwarded-*，Cookie 加 Secure）')
    .option('--demo', '生成示例文件并加入检查，创建一个随机密码的管理员账号（首次使用）')
    .action(async (o: { port: string; host: string; data: string; db?: string; jobs: string; demo?: boolean; behindProxy?: boolean }) => {
      const port = Number(o.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`端口不正确：${o.port}（应为 0–65535 的整数）`);
      const { serve } = await import('./serve.js');
      await serve({ port, host: o.host, data: o.data, db: o.db, demo: o.demo, trustProxy: !!o.behindProxy, jobs: Math.max(1, Math.floor(Number(o.jobs) || 1)) });
    });
  const user = program.command('user').description('管理工作台账号');
  user
    .command('add')
    .description('添加账号；密码从标准输入读取（在终端上输入两次）')
    .argument('<name>', '用户名')
    .option('--role <role>', '角色：admin、reviewer、readonly', 'reviewer')
    .option('--data <dir>', '数据目录', '.budgetlens')
    .option('--db <url>', 'Postgres 地址')
    .action(async (name: string, o: { role: string; data?: string; db?: string }) => {
      const { addUser } = await import('./user-cli.js');
      process.exitCode = await addUser(name, o);
    });
  user
    .command('passwd')
    .description('修改账号的密码（从标准输入读取；在终端上输入两次），该账号已登录的会话随之失效')
    .argument('<name>', '用户名')
    .option('--data <dir>', '数据目录', '.budgetlens')
    .option('--db <url>', 'Postgres 地址')
    .action(async (name: string, o: { data?: string; db?: string }) => {
      const { changePassword } = await import('./user-cli.js');
      process.exitCode = await changePassword(name, o);
    });
}
