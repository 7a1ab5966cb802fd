/**
 * Is a text layer readable? Characters without a usable Unicode mapping show up as private-use
 * code points (U+E000–U+F8FF and planes 15–16), U+FFFD or control characters.
 */

/** Above this share of unusable characters a page (or the whole document) counts as garbled. */
export const GARBLED_SHARE = 0.3;

export interface CharCount {
  chars: number;
  bad: number;
}

export function isUnusable(cp: number): boolean {
  return (
    (cp >= 0xe000 && cp <= 0xf8ff) ||
    cp >= 0xf0000 ||
    cp === 0xfffd ||
    cp < 0x09 ||
    (cp > 0x0d && cp < 0x20) ||
    (cp >= 0x7f && cp <= 0x9f)
  );
}

/** Counts non-space characters and the unusable ones among them. */
export function countChars(s: string, into: CharCount): void {
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0x20 || cp === 0x3000 || (cp >= 0x09 && cp <= 0x0d)) continue;
    into.chars++;
    if (isUnusable(cp)) into.bad++;
  }
}

export function share(c: CharCount): number {
  return c.chars ? c.bad / c.chars : 0;
}
