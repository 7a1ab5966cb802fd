/** Formatting of a sum check: `a + b + c = s`, in the unit of the figures. */
import { Decimal } from '../../model/decimal.js';
import type { Amount } from '../../model/types.js';
import { commonUnit, fig } from '../format.js';

export function sumText(parts: (Amount | null)[], max = 12): { formula: string; sum: string } {
  const cu = commonUnit(parts);
  const sum = Decimal.sum(parts.map((p) => cu.value(p)));
  const shown = parts.length > max ? [...parts.slice(0, max).map(fig), `…（共 ${parts.length} 项）`] : parts.map(fig);
  return { formula: shown.join(' + '), sum: sum.toGrouped(cu.scale) };
}
