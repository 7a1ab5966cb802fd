/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(v: unknown): string {
  const s = v === undefined || v === null ? '' : String(v);
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
