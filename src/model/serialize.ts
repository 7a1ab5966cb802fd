/** A model as JSON and back, exactly (Decimals as `{"$d": "123.40"}`, keeping their printed scale). */
import { Decimal } from './decimal.js';
import type { DisclosureModel } from './types.js';

type Hook = (key: string, value: unknown) => unknown;

/** Any value holding Decimals as exact JSON; `more` may replace other values. */
export function toExactJson(v: unknown, more?: Hook): string {
  return JSON.stringify(v, function (this: Record<string, unknown>, key: string, value: unknown) {
    const raw = this[key];
    if (raw instanceof Decimal) return { $d: raw.toFixed() };
    return more ? more(key, value) : value;
  });
}

/** Back from exact JSON; `more` sees every other value as it is revived. */
export function fromExactJson<T>(text: string, more?: Hook): T {
  return JSON.parse(text, (key, value: unknown) => {
    if (value && typeof value === 'object' && '$d' in value && typeof (value as { $d: unknown }).$d === 'string') return Decimal.parse((value as { $d: string }).$d);
    return more ? more(key, value) : value;
  }) as T;
}

export const modelToJson = (m: DisclosureModel): string => toExactJson(m);
export const modelFromJson = (text: string): DisclosureModel => fromExactJson<DisclosureModel>(text);
