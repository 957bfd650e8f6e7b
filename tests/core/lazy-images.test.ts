import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract';
import { bestOfSrcset, isPlaceholderSrc, resolveLazyImages } from '../../src/core/page/lazy-images';
import { nativeQuery } from '../../src/core/page/page-query';

const GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

function resolved(body: string): Element[] {
  const doc = parseHTML(`<!doctype html><html><body>${body}</body></html>`).document as unknown as Document;
  resolveLazyImages(nativeQuery(doc));
  return Array.from(doc.querySelectorAll('img'));
}

describe('lazy images', () => {
  it('tells placeholders from pictures', () => {
    for (const p of [GIF, 'data:image/svg+xml,%3Csvg%3E%3C/svg%3E', '/images/grey.gif', '/plugins/lazy-load/images/lazy_placeholder.gif', '/img/spinner.svg', '/blank.gif', '/static/1x1.png', '']) {
      expect(isPlaceholderSrc(p), p).toBe(true);
    }
    for (const p of ['/uploads/2025/03/grafting-1024x683.jpg', '/resizer/v2/ABC.jpg?auth=1&width=800', '/images/loading-dock-at-night.jpg', '/img/graystone-bridge.jpg']) {
      expect(isPlaceholderSrc(p), p).toBe(false);
    }
  });

  it('takes the widest candidate of a srcset, commas in URLs included', () => {
    expect(bestOfSrcset('a-300.jpg 300w, a-1024.jpg 1024w, a-768.jpg 768w')).toBe('a-1024.jpg');
    expect(bestOfSrcset('/r/x.jpg?w=1,h=2 1x, /r/y.jpg?w=2,h=4 2x')).toBe('/r/y.jpg?w=2,h=4');
    expect(bestOfSrcset(`${GIF} 1w`)).toBeNull();
  });

  it('puts the real address in src for each loader pattern, and keeps a real src with a srcset', () => {
    const imgs = resolved(`
      <img src="${GIF}" data-lazy-src="/wp/rocket.jpg" data-lazy-srcset="/wp/rocket-300.jpg 300w">
      <img class="lazyload" src="/lazy_placeholder.gif" data-src="/lazysizes.jpg">
      <img class="lazy" src="/images/grey.gif" data-original="/jquery-lazyload.jpg">
      <img src="/resizer/ABC.jpg?width=20&filters=blur" data-srcset="/resizer/ABC.jpg?width=420 420w, /resizer/ABC.jpg?width=1440 1440w">
      <picture><source type="image/webp" data-srcset="/drupal/wide.webp 1x, /drupal/wide-2x.webp 2x"><img class="lazyload"></picture>
      <img src="/ghost/w2000/photo.jpg" srcset="/ghost/w600/photo.jpg 600w, /ghost/w2000/photo.jpg 2000w" loading="lazy">`);
    expect(imgs.map((i) => i.getAttribute('src'))).toEqual([
      '/wp/rocket.jpg', '/lazysizes.jpg', '/jquery-lazyload.jpg', '/resizer/ABC.jpg?width=1440', '/drupal/wide-2x.webp', '/ghost/w2000/photo.jpg',
    ]);
    // Spent lazy attributes are gone, so Readability cannot copy one back over src.
    expect(imgs[0]!.hasAttribute('data-lazy-srcset')).toBe(false);
  });

  it('reads a <noscript> fallback given as markup text (a browser with scripting on), alt included', () => {
    const doc = parseHTML(`<!doctype html><html><body><div><img src="${GIF}" class="lazy"></div><noscript></noscript></body></html>`).document as unknown as Document;
    doc.querySelector('noscript')!.textContent = '<img src="/fallback.jpg?a=1&amp;b=2" alt="Boats at the quay">';
    resolveLazyImages(nativeQuery(doc));
    const img = doc.querySelector('img')!;
    expect(img.getAttribute('src')).toBe('/fallback.jpg?a=1&b=2');
    expect(img.getAttribute('alt')).toBe('Boats at the quay');
  });

  it('never takes a tracking pixel from a <noscript> fallback as the picture', () => {
    // A beacon whose own src reads as a placeholder, with its no-script twin sized 1x1: both stay beacons.
    const imgs = resolved(`<img src="https://img.example/pixel.gif?u=%2Fstory" alt=""><noscript><img src="https://img.example/pixel/noscript.gif" width="1" height="1" alt=""></noscript>`);
    expect(imgs[0]!.getAttribute('src')).toBe('https://img.example/pixel.gif?u=%2Fstory');
    const doc = parseHTML(`<!doctype html><html><body><div><img src="${GIF}" class="lazy"></div><noscript></noscript></body></html>`).document as unknown as Document;
    doc.querySelector('noscript')!.textContent = '<img src="/beacon.gif?id=7" width="0" height="0">';
    resolveLazyImages(nativeQuery(doc));
    expect(doc.querySelector('img')!.getAttribute('src')).toBe(GIF);
    // Sized by inline style only, as the tracking-pixel rule reads it.
    const styled = resolved(`<img src="${GIF}" class="lazy"><noscript><img src="/beacon.gif?id=8" style="width:1px;height:1px"></noscript>`);
    expect(styled[0]!.getAttribute('src')).toBe(GIF);
  });

  it("prefers the live page's currentSrc, read before the clone that never loaded anything", () => {
    const prose = '<p>' + 'The harbour authority finished the new breakwater lights this week after a winter of storms. '.repeat(4) + '</p>';
    const html = `<!doctype html><html><head><title>Lights</title></head><body><article><h1>Lights</h1>${prose}<figure><img src="${GIF}" data-src="/small.jpg"><figcaption>The new lights at dusk.</figcaption></figure>${prose}${prose}</article></body></html>`;
    const doc = parseHTML(html).document as unknown as Document;
    Object.defineProperty(doc.querySelector('img')!, 'currentSrc', { value: 'https://port.example/large-1600.jpg' });
    const a = extractArticle(doc, 'https://port.example/news/lights', { html: false, attendees: false });
    expect(a.images).toEqual([{ src: 'https://port.example/large-1600.jpg', alt: 'The new lights at dusk.', caption: 'The new lights at dusk.' }]);
    expect(doc.querySelector('img')!.getAttribute('src')).toBe(GIF); // the live page is never changed
  });
});
