/**
 * Drift check for the patches that hook pdf.js internals which pdf.js does not document (text
 * straight from the worker side, ruling lines recorded during text extraction: patches/). Their
 * hooks are verified when pdf.js loads (internals.ts), but a pdf.js that keeps the names and
 * changes what they do could make them lose text or ruling lines without any error. So, per
 * document, where the patched way finds nothing the public API is asked as well:
 *
 * - a page without text the direct way: pdf.js's `getTextContent`;
 * - the first table-like page on which the recorder saw no path: pdf.js's operator list (a
 *   document of borderless tables costs one extra operator list, not one per page).
 *
 * When the API finds what the patch missed, the document is read the API way from then on (the
 * page in question included) and a warning says so, instead of silently losing ruling lines.
 */
import type { TextContent } from 'pdfjs-dist/types/src/display/api.js';
import type { ReaderWarning } from '../types.js';
import type { PageGraphics } from './graphics.js';

export class DriftCheck {
  /** Read text the direct way (patches/direct-text.ts). */
  directText = true;
  /** Use the drawing recorded during text extraction (patches/graphics.ts). */
  recordedGraphics = true;
  /** No table page without recorded paths has been checked against the operator list yet. */
  needsGraphicsProof = true;
  private readonly found: ReaderWarning[] = [];

  /** Does the API also find no text on page `n`? If not, stop reading text the direct way. */
  textAgrees(n: number, api: TextContent): boolean {
    const apiItems = api.items.filter((i) => 'str' in i && i.str.trim()).length;
    if (!apiItems) return true;
    this.directText = false;
    this.found.push({
      code: 'reader-drift',
      page: n,
      message: `PDF 解析库（pdf.js）的内部结构与本程序预期不符（版本变化？）：第${n}页的文字按快速方式读取为空，已改用标准方式读取本文档，结果不受影响但速度较慢，请检查 pdf.js 版本`,
    });
    return false;
  }

  /** Does the operator list also have no ruling line on page `n`? If not, stop using the recorder. */
  graphicsAgree(n: number, listed: PageGraphics): boolean {
    this.needsGraphicsProof = false;
    if (!listed.segments.length) return true;
    this.recordedGraphics = false;
    this.found.push({
      code: 'reader-drift',
      page: n,
      message: `PDF 解析库（pdf.js）的内部结构与本程序预期不符（版本变化？）：第${n}页的表格线在快速读取中缺失，已改用标准方式读取本文档的表格线，结果不受影响但速度较慢，请检查 pdf.js 版本`,
    });
    return false;
  }

  warnings(): ReaderWarning[] {
    return this.found;
  }
}
