/**
 * RSS over time of a batch's process tree, split by role: the CLI process, its worker processes
 * (node), and their children (pdftoppm, tesseract …). Samples /proc every 250 ms.
 *
 *   node dist/bench/batch-memory.js -- check --json --jobs 2 FILE...
 *
 * Prints one line per tenth of the run (and at the end): seconds, files done (lines on stdout),
 * CLI RSS, each worker's RSS, other children's RSS, the tree's total; then the peaks.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cliEnv, cliNodeFlags } from '../cli/node-flags.js';

const CLI = fileURLToPath(new URL('../cli/main.js', import.meta.url));
const MiB = (b: number) => Math.round(b / 1048576);

const rss = (pid: number) => Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096;
const comm = (pid: number) => readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
function children(pid: number): number[] {
  const out: number[] = [];
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    const kids = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
    if (kids) out.push(...kids.split(' ').map(Number));
  }
  return out;
}

interface Sample {
  t: number;
  done: number;
  cli: number;
  workers: number[];
  others: number;
}

function sample(pid: number, t: number, done: number): Sample | undefined {
  try {
    const s: Sample = { t, done, cli: rss(pid), workers: [], others: 0 };
    const walk = (p: number, depth: number) => {
      for (const k of children(p)) {
        try {
          const r = rss(k);
          if (depth === 0 && comm(k).startsWith('node')) s.workers.push(r);
          else s.others += r;
          walk(k, depth + 1);
        } catch {
          /* exited meanwhile */
        }
      }
    };
    walk(pid, 0);
    return s;
  } catch {
    return undefined;
  }
}

const total = (s: Sample) => s.cli + s.workers.reduce((a, b) => a + b, 0) + s.others;
const fmt = (s: Sample) => `${(s.t / 1000).toFixed(0).padStart(5)} s  ${String(s.done).padStart(5)} done  cli ${String(MiB(s.cli)).padStart(4)}  workers ${s.workers.map((w) => String(MiB(w)).padStart(4)).join(' ') || '   -'}  children ${String(MiB(s.others)).padStart(4)}  tree ${String(MiB(total(s))).padStart(5)} MiB`;

const argv = process.argv.slice(2);
const args = argv[0] === '--' ? argv.slice(1) : argv;
const t0 = Date.now();
const child = spawn(process.execPath, [...cliNodeFlags(CLI), CLI, ...args], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...cliEnv(CLI) } });
let done = 0;
child.stdout.on('data', (d: Buffer) => {
  for (const c of d) if (c === 10) done++;
});
const samples: Sample[] = [];
const timer = setInterval(() => {
  const s = sample(child.pid!, Date.now() - t0, done);
  if (s) samples.push(s);
}, 250);
child.on('close', (code) => {
  clearInterval(timer);
  if (!samples.length) return;
  const step = Math.max(1, Math.floor(samples.length / Number(process.env.BATCH_MEMORY_LINES ?? 10)));
  for (let i = 0; i < samples.length; i += step) console.log(fmt(samples[i]));
  console.log(fmt(samples[samples.length - 1]));
  const peak = (f: (s: Sample) => number) => MiB(Math.max(...samples.map(f)));
  console.log(`exit ${code}, ${((Date.now() - t0) / 1000).toFixed(0)} s; peaks: tree ${peak(total)} MiB, cli ${peak((s) => s.cli)} MiB, one worker ${peak((s) => Math.max(0, ...s.workers))} MiB, other children ${peak((s) => s.others)} MiB`);
});
