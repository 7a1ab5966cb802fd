import { describe, expect, it } from 'vitest';
import { markupDepth } from './depth.js';

describe('markup depth pre-scan', () => {
  it('counts nested elements, not void ones, optional-end ones or script text', () => {
    expect(markupDepth('<html><body><div><span>a<br>b<img src=x></span></div></body></html>')).toBe(2);
    expect(markupDepth('<div><p>a<p>b<p>c<ul><li>x<li>y</ul></div>')).toBe(2);
    expect(markupDepth('<div><script>for (i=0;i<n;i++) "<div><div><div>"</script><!-- <div><div> --></div>')).toBe(1);
    expect(markupDepth('<table><tr><td><table><tr><td>x</table></table>')).toBe(2);
    expect(markupDepth('<div/><div/><div/>')).toBe(0);
  });
  it('stops early past the limit', () => {
    expect(markupDepth('<div>'.repeat(100_000), 1000)).toBe(1001);
  });
});
