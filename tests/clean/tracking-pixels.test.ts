/**
 * tracking-pixels: images that exist to be fetched, not seen, leave the Article (so neither the popup, the reader
 * nor an export fetches them again); a real image stays, above all one whose size the page does not declare.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { createRun, rules, runRules } from '../../src/core/clean/index';
import { rule } from '../../src/core/clean/rules/tracking-pixels';
import { extractArticle } from '../../src/core/extract';
import { extractFromHtml } from '../../src/node/index';
import { PROSE, paras, run } from './helpers';

/** Runs the rule over the prose with one image (or snippet) in the middle; returns what is left of the image. */
function after(snippet: string) {
  const r = run(rule, `${paras(PROSE.slice(0, 1))}${snippet}${paras(PROSE.slice(1))}`);
  return { r, srcs: [...r.root.querySelectorAll('img')].map((img) => img.getAttribute('src')), html: r.root.innerHTML };
}

const PHOTO = 'https://cdn.news.example/2024/10/library-front.jpg';

describe('tracking-pixels: declared size', () => {
  const pixels: Array<[string, string]> = [
    ['1×1 attributes', '<img src="https://t.example/p?id=1" width="1" height="1">'],
    ['0×0 attributes', '<img src="https://t.example/p?id=2" width="0" height="0">'],
    ['2×2 attributes', '<img src="https://t.example/p?id=3" width="2" height="2">'],
    ['" 1px" and "1PX" attribute values', '<img src="https://t.example/p?id=4" width=" 1px" height="1PX">'],
    ['one dimension 1 px, the other unknown', '<img src="https://t.example/p?id=5" height="1">'],
    ['one dimension 0, the other large', '<img src="https://t.example/p?id=6" width="0" height="600">'],
    ['inline style 1px × 1px', '<img src="https://t.example/p?id=7" style="width:1px;height:1px">'],
    ['inline style 0 without unit, !important, odd case', '<img src="https://t.example/p?id=8" style="WIDTH: 0 !important; Height:0">'],
    ['inline style 0em', '<img src="https://t.example/p?id=9" style="height: 0em">'],
    ['inline max-width of 1px caps a large width', '<img src="https://t.example/p?id=10" width="800" style="max-width:1px">'],
    ['inline style overrides large attributes', '<img src="https://t.example/p?id=11" width="640" height="480" style="width:1px; height:1px">'],
    ['fractional size', '<img src="https://t.example/p?id=12" width="0.5" height="0.5">'],
  ];
  for (const [what, snippet] of pixels) {
    it(`drops ${what}`, () => {
      const { r, srcs } = after(snippet);
      expect(srcs).toEqual([]);
      expect(r.text).toContain(PROSE[0]);
      expect(r.text).toContain(PROSE[2]);
    });
  }

  const photos: Array<[string, string]> = [
    ['an image with no declared size', `<img src="${PHOTO}" alt="The library">`],
    ['an ordinary photo', `<img src="${PHOTO}" width="640" height="360">`],
    ['a 3 px image (above the threshold)', `<img src="${PHOTO}" width="3" height="3">`],
    ['percentage sizes', `<img src="${PHOTO}" width="1%" height="100%">`],
    ['1×1 attributes that inline style overrides (a lazy-load placeholder pattern)', `<img src="${PHOTO}" width="1" height="1" style="width:100%;height:auto">`],
    ['a min-width that beats a 1 px width', `<img src="${PHOTO}" style="width:1px;min-width:320px;height:200px">`],
    ['a style in relative units', `<img src="${PHOTO}" style="width:1em;height:1em">`],
    ['unparseable sizes', `<img src="${PHOTO}" width="auto" height="-1">`],
    ['a max-width that only limits a large image', `<img src="${PHOTO}" style="max-width:100%;max-height:2000px">`],
  ];
  for (const [what, snippet] of photos) {
    it(`keeps ${what}`, () => {
      expect(after(snippet).srcs).toEqual([PHOTO]);
    });
  }
});

describe('tracking-pixels: beacon addresses (size not declared)', () => {
  const beacons = [
    'https://www.facebook.com/tr?id=1234567890&ev=PageView&noscript=1',
    'https://facebook.com/tr/?id=1&ev=ViewContent',
    'https://www.google-analytics.com/collect?v=1&tid=UA-1-1&cid=5&t=pageview',
    'https://www.googleadservices.com/pagead/conversion/123456/?label=abc&guid=ON&script=0',
    'https://b.scorecardresearch.com/p?c1=2&c2=123456&cv=2.0&cj=1',
    'https://pixel.quantserve.com/pixel/p-abc.gif',
    'https://pixel.wp.com/g.gif?v=ext&blog=1&post=2',
    'https://bat.bing.com/action/0?ti=1&Ver=2',
    'https://analytics.twitter.com/i/adsct?txn_id=abc&p_id=Twitter',
    'https://t.co/i/adsct?txn_id=abc',
    'https://px.ads.linkedin.com/collect/?pid=1&fmt=gif',
    'https://ct.pinterest.com/v3/?tid=1&noscript=1',
    'https://mc.yandex.ru/watch/12345',
    'https://news.example/stats/pixel.gif?u=%2Fstory',
    'https://news.example/__utm.gif?utmwv=1',
    'https://news.example/img/1x1.png',
    'https://news.example/t/pixel?story=42',
    'https://news.example/assets/spacer.gif',
  ];
  for (const src of beacons) {
    it(`drops ${src}`, () => {
      expect(after(`<img src="${src}" alt="">`).srcs).toEqual([]);
    });
  }

  const photos = [
    'https://news.example/photos/pixel-art-festival.jpg',
    'https://news.example/pixel/2024/winners.jpg',
    'https://cdn.facebook.com.example/tr?id=1',
    'https://notfacebook.com/tr?id=1',
    'https://www.facebook.com/trains.jpg',
    'https://news.example/blank-verse/poet.jpg',
    'https://news.example/images/clear-skies.gif',
  ];
  for (const src of photos) {
    it(`keeps ${src}`, () => {
      expect(after(`<img src="${src}" alt="">`).srcs).toEqual([src]);
    });
  }
});

describe('tracking-pixels: what is left and what is reported', () => {
  it('takes the wrapper that held only the pixel (a paragraph, a link, a picture) with it', () => {
    const { html, r } = after(
      '<p><img src="https://t.example/a" width="1" height="1"></p><a href="https://t.example/c"><img src="https://t.example/b" width="0" height="0"></a>' +
        '<picture><img src="https://t.example/d" style="width:0;height:0"></picture>',
    );
    expect(html).not.toContain('t.example');
    expect(r.root.querySelectorAll('p').length).toBe(3); // the prose only
    expect(r.root.querySelector('picture')).toBeNull();
  });

  it('takes the paragraph that held only pixels side by side, once they are all gone', () => {
    const { html, r } = after('<p><img src="https://t.example/a" width="1" height="1"> <img src="https://t.example/b" width="1" height="1"></p>');
    expect(html).not.toContain('t.example');
    expect(r.root.querySelectorAll('p').length).toBe(3); // the prose only: no empty paragraph left
  });

  it('keeps the text around a pixel in the same paragraph', () => {
    const { html, r } = after('<p>Before the pixel <img src="https://t.example/a" width="1" height="1"> and after it.</p>');
    expect(html).not.toContain('t.example');
    expect(r.text).toContain('Before the pixel and after it.');
  });

  it('reports how many it dropped, under its own name, with no text examples', () => {
    const { document } = parseHTML(`<!doctype html><html><body><div id="root">${paras(PROSE)}<img src="https://t.example/a" width="1" height="1"><img src="https://t.example/b" width="0" height="0"></div></body></html>`);
    const root = document.getElementById('root') as unknown as Element;
    const ctx = run(rule, '').ctx;
    expect(runRules([rule], 'post', root, { ...ctx, document: document as unknown as Document }, createRun())).toEqual([{ rule: 'tracking-pixels', count: 2, examples: [] }]);
  });

  it('runs before Readability (which strips the inline styles that size some pixels) and after it, first', () => {
    expect(rules[0]).toBe(rule);
    expect(rule.pre).toBeTypeOf('function');
    expect(rule.post).toBeTypeOf('function');
  });
});

describe('tracking-pixels through the whole extraction', () => {
  const URL_ = 'https://news.example/2024/10/09/council-backs-library-repairs/';
  const page = `<!doctype html><html lang="en"><head><title>Council backs library repairs</title></head><body><main><article>
    <h1>Council backs library repairs</h1>
    ${paras(PROSE.slice(0, 1))}
    <figure><img src="/photos/library.jpg" alt="The library" width="640" height="360"><figcaption>The branch library.</figcaption></figure>
    <p>${PROSE[1]} <img src="https://t.example/px?a=1" width="1" height="1" alt=""></p>
    <img src="https://www.facebook.com/tr?id=1&amp;ev=PageView&amp;noscript=1" alt="">
    <img src="https://t.example/px?a=2" style="width:0;height:0;border:0" alt="">
    <p><img src="/photos/unsized.jpg" alt="A reader at the counter"></p>
    ${paras(PROSE.slice(2))}
    ${paras(PROSE)}
  </article></main></body></html>`;

  const check = (a: { html: string; images: Array<{ src: string }>; removed: Array<{ rule: string; count: number }> }) => {
    expect(a.html).not.toContain('t.example');
    expect(a.html).not.toContain('facebook.com');
    expect(a.html).toContain('https://news.example/photos/library.jpg');
    expect(a.html).toContain('https://news.example/photos/unsized.jpg');
    expect(a.images.map((i) => i.src)).toEqual(['https://news.example/photos/library.jpg', 'https://news.example/photos/unsized.jpg']);
    expect(a.removed.find((r) => r.rule === 'tracking-pixels')?.count).toBe(3);
  };

  it('in the CLI (linkedom, the Node entry): neither the HTML nor the image list keeps a pixel', async () => {
    check(await extractFromHtml(page, URL_));
  });

  it('in a browser-like DOM (jsdom, as the extension runs it)', () => {
    const { window } = new JSDOM(page, { url: URL_ });
    check(extractArticle(window.document, URL_));
  });
});

describe('tracking-pixels: time grows linearly with the number of pixels', () => {
  /** The rule's own time (parsing excluded) on n pixels of one shape, the median of three runs. */
  const timeFor = (n: number, pixel: string) => {
    const times: number[] = [];
    const base = run(rule, '').ctx;
    for (let i = 0; i < 3; i++) {
      const { document } = parseHTML(`<!doctype html><html><body><article>${paras(PROSE)}${pixel.repeat(n)}</article></body></html>`);
      const ctx = { ...base, document: document as unknown as Document };
      const start = performance.now();
      const removed = rule.pre!(document.body as unknown as Element, { ...ctx, run: createRun() });
      times.push(performance.now() - start);
      expect(removed).toHaveLength(n);
    }
    return times.sort((a, b) => a - b)[1]!;
  };

  // Side by side in one parent: the shape that made an earlier version quadratic (a DOM `children` count per
  // pixel, which linkedom answers by walking every child). 4× the pixels must cost far less than 16× the time.
  it('4× the pixels side by side costs under 10× the time', () => {
    const pixel = '<img src="https://t.example/p" width="1" height="1">';
    timeFor(2_000, pixel); // warm-up
    const small = timeFor(10_000, pixel);
    const large = timeFor(40_000, pixel);
    expect(large / Math.max(small, 1), `${small.toFixed(1)} ms, then ${large.toFixed(1)} ms`).toBeLessThan(10);
  }, 120_000);
});

