import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTextFile, textToDocument } from './text.js';
import { readDocument } from './index.js';
import { ReadError } from './types.js';

describe('text reader', () => {
  it('splits cells on tabs (keeping empty cells) and on wide gaps', () => {
    const doc = textToDocument('t.txt', '项 目\t预算数\t\t合计\n201 一般公共服务支出    5,726,351.40  5,726,351.40\n');
    expect(doc.lines[0].cells.map((c) => c.text)).toEqual(['项目', '预算数', '', '合计']);
    expect(doc.lines[1].cells.map((c) => c.text)).toEqual(['201 一般公共服务支出', '5,726,351.40', '5,726,351.40']);
    expect(doc.lines[1].cells[1].x0).toBeGreaterThan(doc.lines[1].cells[0].x1);
    expect(doc.lines[1].lineNo).toBe(2);
  });
  it('maps form feeds to pages', () => {
    const doc = textToDocument('t.txt', 'a\n\fb\nc\n');
    expect(doc.lines.map((l) => l.page)).toEqual([1, 2, 2]);
    expect(doc.pages).toHaveLength(2);
  });
  it('rejects empty, binary and missing files with one line naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-text-'));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const bin = join(dir, 'bin.txt');
    writeFileSync(bin, Buffer.from([0, 1, 2, 3, 0, 255]));
    const fakePdf = join(dir, 'fake.pdf');
    writeFileSync(fakePdf, '这不是 PDF');
    for (const [f, code] of [[empty, 'empty'], [bin, 'binary'], [join(dir, 'missing.txt'), 'not-found'], [fakePdf, 'unsupported']] as const) {
      const err = await readDocument(f).catch((e) => e);
      expect(err).toBeInstanceOf(ReadError);
      expect(err.code).toBe(code);
      expect(err.message).toContain(f);
      expect(err.message).not.toContain('\n');
    }
    expect(() => readTextFile(empty)).toThrow(ReadError);
  });
  it('decodes GB18030 text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-text-'));
    const f = join(dir, 'gbk.txt');
    // "预算" in GB18030
    writeFileSync(f, Buffer.from([0xd4, 0xa4, 0xcb, 0xe3, 0x0a]));
    expect(readTextFile(f).lines[0].text).toBe('预算');
  });
});
