/**
 * A hostile corpus generated from real PDFs: what a batch of disclosures can throw at the reader.
 * Written into a folder of the caller's; nothing is kept in the repository.
 *
 * Kinds: an empty file, random bytes, each source truncated at 10/50/90/99% of its bytes, encrypted
 * with a user password and with an owner password only (qpdf), its pages repeated 8× (qpdf), a PDF
 * under a wrong extension (.txt), and random byte flips (1–3 flipped bits each, anywhere in the
 * file, seeded). qpdf is optional: without it the encrypted and repeated files are left out.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export type HostileKind = 'empty' | 'random' | 'truncated' | 'encrypted-user' | 'encrypted-owner' | 'repeated-8x' | 'wrong-extension' | 'byte-flip';

export interface HostileCase {
  file: string;
  kind: HostileKind;
  /** The real PDF it was made from (none for empty and random). */
  source?: string;
  /** What it must give: a document, a ReadError, or either (damaged: depends on the damage). */
  expect: 'read' | 'error' | 'either';
}

export interface HostileOptions {
  /** Number of byte-flip files, spread over the sources in turn. */
  flips: number;
  /** Sources truncated, encrypted and repeated (default: the first one). */
  structural?: string[];
  seed?: number;
}

export const hasQpdf = (): boolean => !spawnSync('qpdf', ['--version'], { stdio: 'ignore' }).error;

/** A small seeded generator (deterministic corpora across runs). */
export function seeded(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

const stem = (f: string) => basename(f).replace(/\.pdf$/i, '');

function qpdf(args: string[]): boolean {
  return spawnSync('qpdf', args, { stdio: 'ignore' }).status === 0;
}

/** Flips `n` random bits of `data` (a copy). */
export function flipBits(data: Uint8Array, n: number, rnd: () => number): Buffer {
  const copy = Buffer.from(data);
  for (let i = 0; i < n; i++) copy[Math.floor(rnd() * copy.length)] ^= 1 << Math.floor(rnd() * 8);
  return copy;
}

export function makeHostileCorpus(dir: string, sources: string[], opts: HostileOptions): HostileCase[] {
  const rnd = seeded(opts.seed ?? 20261202);
  const out: HostileCase[] = [];
  const put = (name: string, data: Uint8Array | string, c: Omit<HostileCase, 'file'>) => {
    const file = join(dir, name);
    writeFileSync(file, data);
    out.push({ file, ...c });
  };
  put('empty.pdf', '', { kind: 'empty', expect: 'error' });
  put('random.pdf', Buffer.from(Array.from({ length: 64 * 1024 }, () => Math.floor(rnd() * 256))), { kind: 'random', expect: 'error' });
  const withQpdf = hasQpdf();
  for (const src of opts.structural ?? sources.slice(0, 1)) {
    const data = readFileSync(src);
    const s = stem(src);
    for (const pct of [10, 50, 90, 99]) {
      put(`${s}.truncated-${pct}.pdf`, data.subarray(0, Math.floor((data.length * pct) / 100)), { kind: 'truncated', source: src, expect: 'either' });
    }
    put(`${s}.wrong-extension.txt`, data, { kind: 'wrong-extension', source: src, expect: 'read' });
    if (!withQpdf) continue;
    const user = join(dir, `${s}.encrypted-user.pdf`);
    if (qpdf(['--encrypt', 'user-secret', 'owner-secret', '256', '--', src, user])) out.push({ file: user, kind: 'encrypted-user', source: src, expect: 'error' });
    const owner = join(dir, `${s}.encrypted-owner.pdf`);
    if (qpdf(['--encrypt', '', 'owner-secret', '256', '--print=none', '--extract=n', '--', src, owner])) {
      out.push({ file: owner, kind: 'encrypted-owner', source: src, expect: 'read' });
    }
    const repeated = join(dir, `${s}.repeated-8x.pdf`);
    if (qpdf(['--empty', '--pages', ...Array(8).fill(src), '--', repeated])) out.push({ file: repeated, kind: 'repeated-8x', source: src, expect: 'read' });
  }
  const data = sources.map((f) => readFileSync(f));
  for (let i = 0; i < opts.flips; i++) {
    const k = i % sources.length;
    const n = 1 + Math.floor(rnd() * 3);
    put(`${stem(sources[k])}.flip-${i}.pdf`, flipBits(data[k], n, rnd), { kind: 'byte-flip', source: sources[k], expect: 'either' });
  }
  return out;
}
