/** Both ways a worker dies with its parent: the kernel's parent-death signal, and the watchdog thread where that is not armed. */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEATH_SIGNAL_ENV, deathSignalLauncher, findSetpriv } from './orphan-watchdog.js';
import { waitFor } from './testing/fixtures.js';

// the built module: the child runs plain node
const watchdog = resolve(import.meta.dirname, '../../dist/engine/orphan-watchdog.js');

/** Starts `sh` running a spinning node child (the given env), kills the shell hard, and waits for the child to die. */
async function orphanDies(env: Record<string, string>, launcher?: { execPath: string; prefix: string[] }): Promise<void> {
  const node = launcher ? [launcher.execPath, ...launcher.prefix] : [process.execPath];
  // the child arms its watchdog, says so, then spins without ever yielding
  const script = `import(${JSON.stringify(watchdog)}).then((m) => { m.startOrphanWatchdog(); console.log(process.pid); for (;;); })`;
  const quoted = [...node, '-e', script].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const sh = spawn('sh', ['-c', `${quoted} & wait`], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  sh.stdout.on('data', (d: Buffer) => (out += d.toString()));
  await waitFor(() => /\d+\n/.test(out), 20_000, 'the child to start');
  const child = Number(out.trim());
  expect(existsSync(`/proc/${child}`)).toBe(true);
  sh.kill('SIGKILL');
  await waitFor(() => !existsSync(`/proc/${child}`) || /State:\s+Z/.test(procStatus(child)), 10_000, 'the orphaned child to die');
}

function procStatus(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return '';
  }
}

describe('orphaned workers', () => {
  it('die through the watchdog thread when no parent-death signal is armed', async () => {
    await orphanDies({ [DEATH_SIGNAL_ENV]: '' });
  }, 40_000);
  it('die through setpriv --pdeathsig where it exists (Linux with util-linux), with no watchdog thread', async () => {
    const launcher = deathSignalLauncher();
    expect(launcher, 'setpriv (util-linux) is expected on the Linux machines the tests run on').toBeDefined();
    await orphanDies({ [DEATH_SIGNAL_ENV]: '1' }, launcher);
  }, 40_000);
  it('takes a setpriv only when it has --pdeathsig (util-linux before 2.33 lacks it)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-setpriv-'));
    const fake = (name: string, help: string) => {
      const p = join(dir, name);
      writeFileSync(p, `#!/bin/sh\necho '${help}'\n`);
      chmodSync(p, 0o755);
      return p;
    };
    const old = fake('old', ' --reuid <uid>  set real uid');
    const current = fake('current', ' --pdeathsig keep|clear|<signame>  set or clear parent death signal');
    try {
      expect(findSetpriv([join(dir, 'missing'), old])).toBeUndefined();
      expect(findSetpriv([old, current])).toBe(current);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
