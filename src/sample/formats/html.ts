/**
 * A generated disclosure as an HTML page (portal style): headings, paragraphs, tables with colspan
 * headers; UTF-8 or GBK-encoded (declared in <meta>), with a script and a hidden block readers skip.
 */
import iconv from 'iconv-lite';
import { rowCells, toBlocks } from './blocks.js';
import type { OutLine } from '../render.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function renderHtmlText(lines: OutLine[], charset: 'utf-8' | 'gbk'): string {
  const out: string[] = [];
  const meta = charset === 'gbk' ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' : '<meta charset="utf-8">';
  out.push(`<!DOCTYPE html>\n<html><head>${meta}<title>公开</title><style>td{border:1px solid #999}</style><script>var x = "<p>不是正文</p>";</script></head><body>`);
  out.push('<div class="nav" style="display:none">首页 &gt; 信息公开</div>');
  for (const b of toBlocks(lines)) {
    if (b.t === 'p') {
      const tag = b.kind === 'title' ? 'h1' : b.kind === 'heading' ? `h${Math.min(6, (b.level ?? 2) + 1)}` : 'p';
      out.push(`<${tag}>${esc(b.text)}</${tag}>`);
      continue;
    }
    out.push('<table>');
    for (const r of b.rows) {
      const tag = r.head ? 'th' : 'td';
      let html = '<tr>';
      let col = 0;
      for (const c of rowCells(r)) {
        for (; col < c.from; col++) html += `<${tag}></${tag}>`; // columns before a spanning header cell
        html += `<${tag}${c.to > c.from ? ` colspan="${c.to - c.from + 1}"` : ''}>${esc(c.text)}</${tag}>`;
        col = c.to + 1;
      }
      out.push(html + '</tr>');
    }
    out.push('</table>');
  }
  out.push('</body></html>\n');
  return out.join('\n');
}

export function renderHtml(lines: OutLine[], charset: 'utf-8' | 'gbk'): Buffer {
  const text = renderHtmlText(lines, charset);
  return charset === 'gbk' ? iconv.encode(text, 'gbk') : Buffer.from(text, 'utf8');
}
