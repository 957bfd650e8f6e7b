import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/node/index';

describe('parseDocument (linkedom, as browsers would see the page)', () => {
  it('lower-cases HTML attribute names written in capitals, as browsers do', () => {
    const doc = parseDocument('<html><body><IMG SRC="a.jpg" ALT="Hall"><P CLASS="lead" onClick="x()">t</P></body></html>');
    expect(doc.querySelector('img')!.getAttribute('alt')).toBe('Hall');
    expect(doc.querySelector('.lead')?.textContent).toBe('t');
    expect(doc.querySelector('p')!.getAttributeNames()).toEqual(['class', 'onclick']);
  });

  it('finds capitals in every attribute name the parser reads: with no value, after a line break, unquoted', () => {
    const open = parseDocument('<html><body><details OPEN><summary>s</summary></details></body></html>');
    expect(open.querySelector('details')!.getAttributeNames()).toEqual(['open']);
    const doc = parseDocument('<html><body><div\nTITLE=x\tLANG=vi>t</div></body></html>');
    expect(doc.querySelector('div')!.getAttributeNames()).toEqual(['title', 'lang']);
    // Text and script that merely look like a capital name before "=" are left as they are.
    const plain = parseDocument('<html><head><script>var A={B:1};x.Y=2</script></head><body><p>Set IE=edge</p></body></html>');
    expect(plain.querySelector('script')!.textContent).toBe('var A={B:1};x.Y=2');
    expect(plain.querySelector('p')!.textContent).toBe('Set IE=edge');
  });

  it('keeps the camel case SVG needs', () => {
    const doc = parseDocument('<html><body><svg viewBox="0 0 1 1"><rect/></svg><P ID="x">t</P></body></html>');
    expect(doc.querySelector('svg')!.getAttribute('viewBox')).toBe('0 0 1 1');
    expect(doc.getElementById('x')?.textContent).toBe('t');
  });

  it('wraps a bare fragment in a document with a body', () => {
    const doc = parseDocument('<p>Only a paragraph</p>');
    expect(doc.body.textContent).toBe('Only a paragraph');
  });

  it('turns CR LF and lone CR into LF as a browser does, in text and attributes', () => {
    const doc = parseDocument('<html><body><p title="a\r\nb">Tabs\tand\r\nnew\rlines</p></body></html>');
    expect(doc.querySelector('p')!.textContent).toBe('Tabs\tand\nnew\nlines');
    expect(doc.querySelector('p')!.getAttribute('title')).toBe('a\nb');
  });
});
