/** Upload sniffing: a .doc that is really a web page or RTF (as portals publish them) is accepted and stored as text. */
import { describe, expect, it } from 'vitest';
import { sniff } from './sniff.js';

describe('upload sniffing of .doc', () => {
  it('an OLE2 Word file is a .doc', () => expect(sniff('a.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toEqual({ kind: 'document', format: 'doc' }));
  it('a web page named .doc is HTML, an RTF named .doc or .rtf is text', () => {
    expect(sniff('page.doc', Buffer.from('<html><body>预算</body></html>'))).toEqual({ kind: 'document', format: 'html' });
    expect(sniff('word.doc', Buffer.from('{\\rtf1\\ansi 预算}'))).toEqual({ kind: 'document', format: 'text' });
    expect(sniff('word.rtf', Buffer.from('{\\rtf1\\ansi 预算}'))).toEqual({ kind: 'document', format: 'text' });
  });
  it('plain text named .doc is still refused', () => expect(sniff('notes.doc', Buffer.from('just text')).kind).toBe('refused'));
});
