import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { contentImages, contentText, resolveUrl } from '../../src/core/content-text';

const el = (html: string) => parseHTML(`<html><body><div id="r">${html}</div></body></html>`).document.getElementById('r') as unknown as Element;

describe('contentText', () => {
  it('gives one paragraph per block, splits <br><br>, joins a single <br> with a space, and keeps captions apart', () => {
    const r = contentText(el(`<p>First  paragraph, with <a href="#">a link</a>.</p>
      <div>Line one<br>line two<br><br>Second block</div>
      <figure><img src="a.jpg"><figcaption>Toàn cảnh hội nghị.</figcaption></figure>
      <ul><li>One</li><li>Two</li></ul><script>var x = 1;</script>`));
    expect(r.paragraphs).toEqual(['First paragraph, with a link.', 'Line one line two', 'Second block', 'One', 'Two']);
    expect(r.captions).toEqual(['Toàn cảnh hội nghị.']);
  });

  it('reads a table row as one line of cells', () => {
    const r = contentText(el('<table><tr><th>Year</th><th>Visits</th></tr><tr><td>2023</td><td>41,200</td></tr></table>'));
    expect(r.paragraphs).toEqual(['Year | Visits', '2023 | 41,200']);
  });
});

describe('contentImages and URLs', () => {
  it('resolves image URLs, keeps captions, drops tracking pixels and non-http sources', () => {
    const imgs = contentImages(el(`<figure><img src="/img/a.jpg" alt="Hall"><figcaption>The hall</figcaption></figure>
      <img src="https://t.example/p.gif" width="1" height="1"><img src="javascript:alert(1)"><img src="data:image/png;base64,AAAA">`), 'https://news.example/x/y.html');
    expect(imgs).toEqual([{ src: 'https://news.example/img/a.jpg', alt: 'Hall', caption: 'The hall' }]);
  });

  it('refuses javascript: and data: URLs', () => {
    expect(resolveUrl('javascript:alert(1)', 'https://a.example/')).toBeNull();
    expect(resolveUrl(' JaVaScRiPt:alert(1)', 'https://a.example/')).toBeNull();
    expect(resolveUrl('../b', 'https://a.example/x/y')).toBe('https://a.example/b');
  });
});
