/**
 * Every figure and direction word the narrative prints goes through a slot: it is recorded (with
 * what it is) and can be overridden, so that the mutation benchmark can change exactly one of them
 * and know where.
 */
import { Decimal } from '../model/decimal.js';
import { formatDecimal, formatFen, percent, WAN, WAN_CENT, YUAN, type Fen, type Unit } from './money.js';

export type SlotCat =
  /** An amount that a table also shows. */
  | 'amount-table'
  /** Any other amount (previous year, 机关运行经费, 政府采购 …). */
  | 'amount'
  /** The difference of a change claim. */
  | 'delta'
  /** The percentage of a change claim. */
  | 'pct-change'
  /** 占 …%. */
  | 'share'
  /** 完成年初预算的 …%. */
  | 'completion'
  /** 增加/减少 of a change claim (its `needles` are the claim's figures). */
  | 'dir'
  /** A "三公" item amount. */
  | 'three'
  /** The second direction word of a change claim (`增长`/`下降` before its percentage). */
  | 'dir2'
  /** A date (`截至2025年12月31日`). */
  | 'date';

export interface SlotInfo {
  id: string;
  cat: SlotCat;
  /** As printed (without unit / %). */
  text: string;
  /** For amounts: the exact value and how it prints. */
  fen?: Fen;
  unit?: Unit;
  prec?: number;
  /** For direction words: the printed figures of the same claim. */
  needles?: string[];
  /** For percentages: the exact value (10 places), to print it truncated instead of rounded. */
  exact?: Decimal;
  /**
   * For percentages: the lower bound of the exact value that any rounding of the printed inputs allows
   * (numerator off by up to two half-units — it may be a difference of two printed figures — and the
   * denominator by one, in the coarser of the narrative's printing and 万元 with 2 decimals).
   */
  exactLow?: Decimal;
  /** Section the slot is in. */
  sec?: string;
}

export interface NumFormat {
  unit: Unit;
  prec: number;
  trim: boolean;
  group: boolean;
}

export class Slots {
  readonly list: SlotInfo[] = [];
  private ids = new Set<string>();
  /** Current section, stamped on recorded slots. */
  sec?: string;

  constructor(
    readonly fmt: NumFormat,
    private readonly overrides: ReadonlyMap<string, string> = new Map(),
  ) {}

  private put(info: SlotInfo): string {
    let id = info.id;
    for (let i = 2; this.ids.has(id); i++) id = `${info.id}#${i}`;
    this.ids.add(id);
    info.id = id;
    info.sec = this.sec;
    this.list.push(info);
    return this.overrides.get(id) ?? info.text;
  }

  /** An amount in the narrative's unit and precision. */
  amt(id: string, fen: Fen, cat: SlotCat = 'amount'): string {
    const { unit, prec, trim, group } = this.fmt;
    const text = formatFen(fen, unit, prec, { group, trim });
    return this.put({ id, cat, text, fen, unit, prec });
  }

  /** a / b × 100 with 2 decimals (b ≠ 0). */
  pct(id: string, a: Fen, b: Fen, cat: SlotCat): string {
    const d = percent(a, b, 2);
    let text = d.toFixed(2);
    if (this.fmt.trim) text = formatDecimal(d, 2, { group: false, trim: true });
    const unitFen = this.fmt.unit === '万元' ? WAN : YUAN;
    const half = unitFen / (2n * 10n ** BigInt(this.fmt.prec));
    const h = half > WAN_CENT / 2n ? half : WAN_CENT / 2n;
    const lowA = (a < 0n ? -a : a) - 2n * h;
    const hiB = (b < 0n ? -b : b) + h;
    const exactLow = lowA > 0n ? percent(lowA, hiB, 10) : undefined;
    return this.put({ id, cat, text, exact: percent(a, b, 10), exactLow });
  }

  /** A literal percentage (e.g. `100`). */
  pctText(id: string, d: Decimal, cat: SlotCat): string {
    return this.put({ id, cat, text: d.toFixed(2) });
  }

  dir(id: string, word: string, needles: string[]): string {
    return this.put({ id, cat: 'dir', text: word, needles });
  }

  /** Any other replaceable text (the second direction word, a date). */
  word(id: string, text: string, cat: SlotCat): string {
    return this.put({ id, cat, text });
  }

  /** Overridden text of a slot id, if any (for callers that print a figure twice). */
  override(id: string): string | undefined {
    return this.overrides.get(id);
  }
}
