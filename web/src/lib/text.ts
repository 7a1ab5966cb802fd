// Small text helpers for rendering document text as React text (never as HTML).

/** `text` split around each occurrence of `needle`: odd entries are the occurrences (shown marked). */
export function markParts(text: string, needle?: string): string[] {
  if (!needle) return [text];
  const parts = text.split(needle);
  return parts.flatMap((p, i) => (i ? [needle, p] : [p]));
}
