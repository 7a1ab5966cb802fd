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

/** Creates `admin` with a random password when no user exists; returns the password (shown once). */
export async function demoAdmin(wb: Workbench): Promise<{ name: string; password: string } | null> {
  if ((await wb.users.count()) > 0) return null;
  const password = randomPassword();
  if (!(await wb.users.create('admin', 'admin', await hashPassword(password)))) return null;
  wb.auth.setupToken = null;
  return { name: 'admin', password };
}
