/**
 * A linear pre-scan of the markup's nesting depth, before the HTML parser (whose tree building is
 * quadratic in the depth: 100 000 nested `<div>` take minutes). Elements whose end tag is optional
 * (`p`, `li`, `td`, `tr` …) and void elements are not counted, so sloppy real pages pass; raw-text
 * elements (script, style …) are skipped.
 */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'basefont', 'bgsound', 'frame', 'keygen']);
const OPTIONAL_END = new Set(['p', 'li', 'td', 'th', 'tr', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'dt', 'dd', 'colgroup', 'caption', 'rb', 'rt', 'rp', 'rtc', 'html', 'head', 'body']);
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
const NAME = /[A-Za-z][^\s/>]*/y;

/** The deepest nesting of counted elements, stopping early once `limit` is passed. */
export function markupDepth(html: string, limit = Infinity): number {
  let depth = 0;
  let max = 0;
  let i = html.indexOf('<');
  while (i >= 0 && i < html.length) {
    const c = html.charCodeAt(i + 1);
    if (c === 33 /* ! */ || c === 63 /* ? */) {
      const end = html.startsWith('<!--', i) ? html.indexOf('-->', i + 4) : html.indexOf('>', i + 2);
      if (end < 0) break;
      i = html.indexOf('<', end + 1);
      continue;
    }
    const closing = c === 47; /* / */
    NAME.lastIndex = i + (closing ? 2 : 1);
    const m = NAME.exec(html);
    if (!m) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const name = m[0].toLowerCase();
    const gt = html.indexOf('>', NAME.lastIndex);
    if (gt < 0) break;
    if (closing) {
      if (!VOID.has(name) && !OPTIONAL_END.has(name) && depth > 0) depth--;
    } else if (RAW.has(name)) {
      const close = new RegExp(`</${name}`, 'gi'); // (name: one of RAW)
      close.lastIndex = gt + 1;
      const end = close.exec(html);
      if (!end) break;
      i = html.indexOf('<', end.index + 2);
      continue;
    } else if (!VOID.has(name) && !OPTIONAL_END.has(name) && html.charCodeAt(gt - 1) !== 47) {
      if (++depth > max) max = depth;
      if (max > limit) return max;
    }
    i = html.indexOf('<', gt + 1);
  }
  return max;
}
