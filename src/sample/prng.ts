/**
 * A small seeded PRNG (sfc32 seeded through splitmix32): the generator is a pure function of its
 * seed. Independent streams (`fork`) keep one part of the document (e.g. the artefacts) from
 * shifting the random choices of another.
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number | string) {
    let h = typeof seed === 'number' ? seed >>> 0 : hashString(seed);
    const next = () => {
      h = (h + 0x9e3779b9) >>> 0;
      let z = h;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.u32();
  }

  /** A uniformly distributed unsigned 32-bit integer. */
  u32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** Integer in [lo, hi] (inclusive). */
  int(lo: number, hi: number): number {
    if (hi < lo) throw new RangeError(`empty range ${lo}..${hi}`);
    const span = hi - lo + 1;
    if (span <= 0x100000000) return lo + Math.floor((this.u32() / 0x100000000) * span);
    // wide ranges: two draws
    const x = this.u32() * 0x100000000 + this.u32();
    return lo + (x % span);
  }

  /** Bigint in [lo, hi] (inclusive). */
  big(lo: bigint, hi: bigint): bigint {
    if (hi < lo) throw new RangeError(`empty range ${lo}..${hi}`);
    const span = hi - lo + 1n;
    let x = 0n;
    for (let i = 0; i < 3; i++) x = (x << 32n) | BigInt(this.u32());
    return lo + (x % span);
  }

  /** True with probability `p` (given in per mille to stay in integers: 250 = 25%). */
  chance(perMille: number): boolean {
    return this.int(0, 999) < perMille;
  }

  pick<T>(xs: readonly T[]): T {
    if (!xs.length) throw new RangeError('pick from empty list');
    return xs[this.int(0, xs.length - 1)];
  }

  /** Picks by integer weights. */
  weighted<T>(xs: readonly (readonly [T, number])[]): T {
    const total = xs.reduce((s, [, w]) => s + w, 0);
    let r = this.int(0, total - 1);
    for (const [x, w] of xs) {
      if (r < w) return x;
      r -= w;
    }
    return xs[xs.length - 1][0];
  }

  shuffle<T>(xs: readonly T[]): T[] {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  /** `n` distinct elements, in their original order. */
  sample<T>(xs: readonly T[], n: number): T[] {
    const idx = this.shuffle(xs.map((_, i) => i)).slice(0, Math.min(n, xs.length)).sort((a, b) => a - b);
    return idx.map((i) => xs[i]);
  }

  /** An independent stream derived from this one's seed material and a label. */
  fork(label: string): Rng {
    return new Rng(`${this.a}:${this.b}:${this.c}:${this.d}:${label}`);
  }
}

function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
