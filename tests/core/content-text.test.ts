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

  it('reads ruby as its base text: the readings over the characters (furigana, pinyin) are a reading aid, not words', () => {
    // An easy-news page marks every kanji with its reading; a Chinese primer puts pinyin over each character.
    const ja = contentText(el('<p><ruby>子<rt>こ</rt></ruby>どもへの<a href="#"><ruby><span>虐待</span><rt>ぎゃくたい</rt></ruby></a>をなくすための<ruby>法律<rp>(</rp><rt>ほうりつ</rt><rp>)</rp></ruby>ができて</p>'));
    expect(ja.paragraphs).toEqual(['子どもへの虐待をなくすための法律ができて']);
    const zh = contentText(el('<p><ruby>汉<rt>hàn</rt>字<rt>zì</rt></ruby>很有意思。</p><figure><img src="a.jpg"><figcaption><ruby>東京<rt>とうきょう</rt></ruby>の駅</figcaption></figure><table><tr><td><ruby>大阪<rt>おおさか</rt></ruby></td><td>2</td></tr></table>'));
    expect(zh.paragraphs).toEqual(['汉字很有意思。', '大阪 | 2']);
    expect(zh.captions).toEqual(['東京の駅']);
    // Text that only looks like a reading stays: a page's own parenthesised reading is text.
    expect(contentText(el('<p>法律（ほうりつ）ができて</p>')).paragraphs).toEqual(['法律（ほうりつ）ができて']);
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
