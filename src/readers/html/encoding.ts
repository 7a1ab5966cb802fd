/**
 * Decodes an HTML page: a BOM first, then a `<meta charset>` / `http-equiv` declaration in the first
 * 4 KB, then UTF-8 if it decodes cleanly, else GB18030 (a superset of GBK and GB2312).
 */
export type HtmlEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

const GB = /^(gbk|gb2312|gb_2312-80|gb18030|x-gbk|cp936|euc-cn|hz-gb-2312)$/i;

export function declaredCharset(buf: Buffer): string | undefined {
  const headText = buf.subarray(0, 4096).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(headText);
  return m?.[1].toLowerCase();
}

export function detectEncoding(buf: Buffer): { encoding: HtmlEncoding; bom: number } {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  const cs = declaredCharset(buf);
  if (cs && GB.test(cs)) return { encoding: 'gb18030', bom: 0 };
  if (cs === 'utf-8' || cs === 'utf8') {
    // a page declaring UTF-8 but saved as GBK is common: trust the bytes
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(buf);
      return { encoding: 'utf-8', bom: 0 };
    } catch {
      return { encoding: 'gb18030', bom: 0 };
    }
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return { encoding: 'utf-8', bom: 0 };
  } catch {
    return { encoding: 'gb18030', bom: 0 };
  }
}

export function decodeHtml(buf: Buffer): string {
  const { encoding, bom } = detectEncoding(buf);
  return new TextDecoder(encoding).decode(buf.subarray(bom));
}

/** Whether the first bytes look like HTML markup (also for `.doc`/`.xls` files that are really web pages). */
export function looksLikeHtml(head: Buffer): boolean {
  let s: string;
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) s = new TextDecoder(head[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(head.subarray(2));
  else s = head.toString('latin1');
  s = s.replace(/^\ufeff|^\u00ef\u00bb\u00bf/, '').trimStart().slice(0, 1024).toLowerCase();
  if (/^<!doctype\s+html|^<html[\s>]|^<\?xml[^>]*>\s*<html/.test(s)) return true;
  return /<(html|head|body|table|meta)[\s>]/.test(s) && /<\/(p|div|td|title|table|head|body|html)>/.test(s);
}
