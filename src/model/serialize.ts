/** A model as JSON and back, exactly (Decimals as `{"$d": "123.40"}`, keeping their printed scale). */
import { Decimal } from './decimal.js';
import type { DisclosureModel } from './types.js';

export function modelToJson(m: DisclosureModel): string {
  return JSON.stringify(m, function (this: Record<string, unknown>, key: string, value: unknown) {
    const raw = this[key];
    return raw instanceof Decimal ? { $d: raw.toFixed() } : value;
  });
}

export function modelFromJson(text: string): DisclosureModel {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === 'object' && '$d' in value && typeof (value as { $d: unknown }).$d === 'string') return Decimal.parse((value as { $d: string }).$d);
    return value;
  }) as DisclosureModel;
}
