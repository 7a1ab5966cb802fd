/**
 * `serve --demo`: a few generated disclosures (one with a planted error) uploaded into the data
 * folder and queued, and a first admin with a random password printed once, so a first-time user
 * can log in straight away. Nothing is fixed: no default password.
 */
import { renderSample } from '../sample/generate.js';
import { MUTATION_CLASSES, makeMutation } from '../sample/mutate.js';
import type { StyleName } from '../sample/style.js';
import { hashPassword, randomPassword } from './auth/password.js';
import type { Workbench } from './app.js';

interface DemoDoc {
  name: string;
  kind: 'budget' | 'final';
  seed: number;
  style?: StyleName;
  plant?: string;
}

const DEMO: DemoDoc[] = [
  { name: '示例-部门预算-含植入错误.txt', kind: 'budget', seed: 2024, plant: 'narrative-percent' },
  { name: '示例-部门预算-上海版式.txt', kind: 'budget', seed: 11, style: 'shanghai' },
  { name: '示例-部门决算-北京版式.txt', kind: 'final', seed: 7, style: 'beijing' },
];

export async function loadDemo(wb: Workbench): Promise<{ planted: string[] }> {
  const planted: string[] = [];
  for (const d of DEMO) {
    const opts = { kind: d.kind, seed: d.seed, artefacts: true, ...(d.style ? { style: d.style } : {}) };
    const clean = renderSample(opts);
    const cls = d.plant ? MUTATION_CLASSES.find((c) => c.id === d.plant) : undefined;
    const m = cls ? makeMutation(cls, clean, d.seed) : null;
    if (m) planted.push(`${d.name}：${m.describe}`);
    const text = m ? renderSample(opts, m.mutation).text : clean.text;
    const r = await wb.ingest.add(d.name, Buffer.from(text, 'utf8'), 'demo');
    for (const x of r.rejected) throw new Error(`示例文件未能加入：${x.name}：${x.reason}`);
  }
  return { planted };
}

const DEMO_ADMIN = 'admin';

/**
 * The demo's admin: created with a random password when no user exists; on a later `--demo` start
 * on the same data folder the account the demo created gets a new random password (the old one was
 * shown once and may be lost). Accounts made otherwise are never touched. Returns what to print.
 */
export async function demoAdmin(wb: Workbench): Promise<{ name: string; password: string; renewed: boolean } | null> {
  const password = randomPassword();
  const hash = await hashPassword(password);
  if ((await wb.users.count()) === 0) {
    if (!(await wb.users.create(DEMO_ADMIN, 'admin', hash))) return null;
    await wb.reviews.audit(null, DEMO_ADMIN, 'demo-admin', '示例模式创建管理员');
    wb.auth.setupToken = null;
    return { name: DEMO_ADMIN, password, renewed: false };
  }
  if (!(await wb.reviews.hasSystemEvent('demo-admin', DEMO_ADMIN))) return null;
  await wb.users.setPassword(DEMO_ADMIN, hash);
  return { name: DEMO_ADMIN, password, renewed: true };
}
