/**
 * Exact decimal numbers: an integer mantissa and a power-of-ten exponent (value = int × 10^-scale).
 * Every amount and percentage in budgetlens is a Decimal; binary floats are used only for output.
 */
export class Decimal {
  private constructor(
    /** mantissa */
    readonly int: bigint,
    /** number of decimal places (value = int / 10^scale) */
    readonly scale: number,
  ) {}

  static readonly ZERO = new Decimal(0n, 0);

  static of(int: bigint | number, scale = 0): Decimal {
    return new Decimal(typeof int === 'bigint' ? int : BigInt(int), scale);
  }

  /** Parses a plain ASCII decimal such as `-1234.50`, `.5` or `12`. Returns null when it is not one. */
  static parse(text: string): Decimal | null {
    const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text.trim());
    if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null;
    const frac = m[3] ?? '';
    const int = BigInt((m[2] || '0') + frac) * (m[1] === '-' ? -1n : 1n);
    return new Decimal(int, frac.length);
  }

  /** From a JS number, through its shortest decimal representation (for tests and generators). */
  static fromNumber(n: number, scale?: number): Decimal {
    if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
    const d = Decimal.parse(scale === undefined ? expandExponent(String(n)) : n.toFixed(scale));
    if (!d) throw new RangeError(`cannot represent ${n}`);
    return d;
  }

  private static align(a: Decimal, b: Decimal): [bigint, bigint, number] {
    if (a.scale === b.scale) return [a.int, b.int, a.scale];
    return a.scale > b.scale ? [a.int, b.int * pow10(a.scale - b.scale), a.scale] : [a.int * pow10(b.scale - a.scale), b.int, b.scale];
  }

  /** Same value with at least `scale` decimal places (never loses digits). */
  withScale(scale: number): Decimal {
    if (scale <= this.scale) return this;
    return new Decimal(this.int * pow10(scale - this.scale), scale);
  }

  add(o: Decimal): Decimal {
    const [a, b, s] = Decimal.align(this, o);
    return new Decimal(a + b, s);
  }

  sub(o: Decimal): Decimal {
    const [a, b, s] = Decimal.align(this, o);
    return new Decimal(a - b, s);
  }

  mul(o: Decimal): Decimal {
    return new Decimal(this.int * o.int, this.scale + o.scale);
  }

  neg(): Decimal {
    return new Decimal(-this.int, this.scale);
  }

  abs(): Decimal {
    return this.int < 0n ? this.neg() : this;
  }

  /** Multiplies by 10^k (k may be negative): unit conversion without rounding. */
  shift(k: number): Decimal {
    if (k >= 0) {
      if (k <= this.scale) return new Decimal(this.int, this.scale - k);
      return new Decimal(this.int * pow10(k - this.scale), 0);
    }
    return new Decimal(this.int, this.scale - k);
  }

  /** this / o rounded half away from zero to `scale` places. Throws on division by zero. */
  div(o: Decimal, scale: number): Decimal {
    if (o.int === 0n) throw new RangeError('division by zero');
    // this/o = (a/10^sa) / (b/10^sb) = a*10^sb / (b*10^sa)
    let num = this.int * pow10(o.scale + scale);
    let den = o.int * pow10(this.scale);
    if (den < 0n) {
      num = -num;
      den = -den;
    }
    return new Decimal(roundDiv(num, den), scale);
  }

  /** Rounded half away from zero to `scale` places. */
  round(scale: number): Decimal {
    if (scale >= this.scale) return this.withScale(scale);
    return new Decimal(roundDiv(this.int, pow10(this.scale - scale)), scale);
  }

  cmp(o: Decimal): -1 | 0 | 1 {
    const [a, b] = Decimal.align(this, o);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  eq(o: Decimal): boolean {
    return this.cmp(o) === 0;
  }

  lt(o: Decimal): boolean {
    return this.cmp(o) < 0;
  }

  gt(o: Decimal): boolean {
    return this.cmp(o) > 0;
  }

  lte(o: Decimal): boolean {
    return this.cmp(o) <= 0;
  }

  gte(o: Decimal): boolean {
    return this.cmp(o) >= 0;
  }

  isZero(): boolean {
    return this.int === 0n;
  }

  sign(): -1 | 0 | 1 {
    return this.int < 0n ? -1 : this.int > 0n ? 1 : 0;
  }

  /** Half a unit in the last printed place: the rounding radius of a figure printed with `scale` decimals. */
  static halfUlp(scale: number): Decimal {
    return new Decimal(5n, scale + 1);
  }

  static sum(xs: Iterable<Decimal>): Decimal {
    let acc = Decimal.ZERO;
    for (const x of xs) acc = acc.add(x);
    return acc;
  }

  static max(a: Decimal, b: Decimal): Decimal {
    return a.gte(b) ? a : b;
  }

  static min(a: Decimal, b: Decimal): Decimal {
    return a.lte(b) ? a : b;
  }

  /** Exact decimal string with exactly `scale` places (or the own scale). */
  toFixed(scale = this.scale): string {
    const d = this.round(scale);
    const neg = d.int < 0n;
    const digits = (neg ? -d.int : d.int).toString().padStart(d.scale + 1, '0');
    const head = d.scale ? digits.slice(0, -d.scale) : digits;
    const tail = d.scale ? '.' + digits.slice(-d.scale) : '';
    return (neg ? '-' : '') + head + tail;
  }

  /** Like toFixed, with thousands separators (for messages). */
  toGrouped(scale = this.scale): string {
    const s = this.toFixed(scale);
    const [head, tail] = s.split('.');
    const neg = head.startsWith('-');
    const h = (neg ? head.slice(1) : head).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return (neg ? '-' : '') + h + (tail !== undefined ? '.' + tail : '');
  }

  /** Shortest exact string (trailing zeros removed). */
  toString(): string {
    const s = this.toFixed();
    return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
  }

  /** For JSON output only: never used in arithmetic. */
  toNumber(): number {
    return Number(this.toString());
  }

  toJSON(): string {
    return this.toString();
  }
}

const POW10: bigint[] = Array.from({ length: 40 }, (_, i) => 10n ** BigInt(i));

/** 10^n as a bigint (cached for the usual scales). */
function pow10(n: number): bigint {
  return n < POW10.length ? POW10[n] : 10n ** BigInt(n);
}

function roundDiv(num: bigint, den: bigint): bigint {
  // den > 0
  const q = num / den;
  const r = num % den;
  if (r === 0n) return q;
  const twice = (r < 0n ? -r : r) * 2n;
  if (twice >= den) return num < 0n ? q - 1n : q + 1n;
  return q;
}

function expandExponent(s: string): string {
  if (!/e/i.test(s)) return s;
  return Number(s).toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
}
