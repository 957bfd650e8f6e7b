import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detectArticle } from '../../src/core/detect/detect';
import { articlePage, homePage, LOREM } from './pages';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const names = (r: ReturnType<typeof detectArticle>) => r.signals.map((s) => s.name);

describe('detectArticle', () => {
  it('recognises a news article from structured data and prose, and says why', () => {
    const r = detectArticle(doc(articlePage()), 'https://ledger.example/2024/10/09/council-backs-repairs-to-library/');
    expect(r.isArticle).toBe(true);
    expect(names(r)).toEqual(expect.arrayContaining(['jsonld-article', 'og-type-article', 'published-time', 'h1-matches-title', 'prose-run']));
    expect(r.score).toBeGreaterThanOrEqual(0.9);
  });

  it('recognises an article with no metadata at all from the shape of its content', () => {
    const r = detectArticle(doc(articlePage({ jsonLd: false, og: false })), 'https://blog.example/posts/why-the-library-matters-to-us');
    expect(r.isArticle).toBe(true);
    expect(names(r)).not.toContain('jsonld-article');
  });

  it('says no to a home page of teasers, although Readability calls it readerable', () => {
    const r = detectArticle(doc(homePage()), 'https://ledger.example/');
    expect(r.isArticle).toBe(false);
    expect(names(r)).toEqual(expect.arrayContaining(['teaser-list', 'site-root']));
  });

  it('says no to a search results page', () => {
    const r = detectArticle(doc(homePage()), 'https://ledger.example/search?q=library');
    expect(r.isArticle).toBe(false);
    expect(names(r)).toContain('search-page');
  });

  it('counts linked headlines in each form it knows, and only those', () => {
    const html = `<html><head><title>Latest</title></head><body>
      <h2><a href="/a">A</a></h2><h2><span><a href="/b">B</a></span></h2><h3><a href="/c">C</a></h3><h3><a href="/d">D</a></h3>
      <h4><a href="/e">E</a></h4><h4><a href="/f">F</a></h4>
      <article><a href="/g"><h2>G</h2></a></article><article><a href="/h"><div><h3>H</h3></div></a></article>
      <h2><a name="anchor">not a link</a></h2><h5><a href="/i">not counted</a></h5><a href="/j"><h2>outside an article</h2></a>
      </body></html>`;
    const r = detectArticle(doc(html), 'https://ledger.example/latest');
    expect(r.signals.find((s) => s.name === 'teaser-list')?.detail).toBe('8 linked headlines');
  });

  it('takes a publication time from any of its three meta forms', () => {
    for (const meta of ['<meta property="article:published_time" content="2024-10-09">', '<meta itemprop="datePublished" content="2024-10-09">', '<meta name="pubdate" content="2024-10-09">']) {
      const html = `<html><head><title>T</title></head><body>${meta}<p>Short.</p></body></html>`;
      expect(names(detectArticle(doc(html), 'https://ledger.example/t')), meta).toContain('published-time');
    }
    expect(names(detectArticle(doc('<html><head><meta name="date" content="2024"></head><body></body></html>'), 'https://ledger.example/t'))).not.toContain('published-time');
  });

  it('survives broken JSON-LD and keeps the score within [0, 1]', () => {
    const html = articlePage().replace('"@type":"NewsArticle"', '"@type":"NewsArticle",,,');
    const r = detectArticle(doc(html), 'https://ledger.example/a');
    expect(names(r)).not.toContain('jsonld-article');
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThanOrEqual(1);
  });

  it('reads a photo story’s captions, each in its own card of a gallery, as a run of prose', () => {
    const card = (i: number) => `<div class="photo-item"><figure><img src="/p${i}.jpg"><figcaption>Caption ${i}: fishermen cast their nets at dawn on the flooded rice fields, as their fathers did before them every autumn.</figcaption></figure></div>`;
    const html = `<html><head><meta property="og:type" content="article"><title>Flood season</title></head><body><h1>Flood season</h1>
      <div class="gallery">${[1, 2, 3, 4, 5, 6].map(card).join('')}</div></body></html>`;
    const r = detectArticle(doc(html), 'https://news.example/photo/flood-season-in-the-delta');
    // The six captions' text, counted as one run (each alone would be too short to count).
    const captions = [...doc(html).querySelectorAll('figcaption')].reduce((n, c) => n + (c.textContent ?? '').length, 0);
    expect(r.signals.find((s) => s.name === 'short-prose' || s.name === 'prose-run')?.detail).toBe(`${captions} characters`);
    expect(r.isArticle).toBe(true);
  });
});

describe('detectArticle with stopWhenDecided (the always-on content script)', () => {
  const quick = (d: Document, url: string) => detectArticle(d, url, undefined, undefined, { stopWhenDecided: true });

  it('gives the full run\'s verdict on every golden fixture, stopping early where the verdict is settled', async () => {
    const { listFixtures, loadDocument, readExpected } = await import('../fixtures/fixture-files');
    let early = 0;
    for (const slug of listFixtures()) {
      const url = readExpected(slug)!.url;
      const full = detectArticle(loadDocument(slug), url);
      const fast = quick(loadDocument(slug), url);
      expect(fast.isArticle, slug).toBe(full.isArticle);
      if (names(fast).includes('decided-early')) early++;
    }
    expect(early).toBeGreaterThan(0);
  });

  it('stops before reading paragraphs on a well-marked article and on a home page, and not on an unmarked one', () => {
    const marked = quick(doc(articlePage()), 'https://ledger.example/2024/10/09/council-backs-repairs-to-library/');
    expect(marked.isArticle).toBe(true);
    expect(names(marked)).toContain('decided-early');
    expect(names(marked)).not.toContain('prose-run');
    // Its structured data, Open Graph type, publication time and address settle it before the headline is read.
    expect(names(detectArticle(doc(articlePage()), 'https://ledger.example/2024/10/09/council-backs-repairs-to-library/'))).toContain('h1-matches-title');
    expect(names(marked)).not.toContain('h1-matches-title');
    const home = quick(doc(homePage()), 'https://ledger.example/');
    expect(home.isArticle).toBe(false);
    expect(names(home)).toContain('decided-early');
    const unmarked = quick(doc(articlePage({ jsonLd: false, og: false })), 'https://blog.example/posts/why-the-library-matters-to-us');
    expect(names(unmarked)).not.toContain('decided-early');
    expect(unmarked.isArticle).toBe(detectArticle(doc(articlePage({ jsonLd: false, og: false })), 'https://blog.example/posts/why-the-library-matters-to-us').isArticle);
  });

  it('skips Readability\'s readerable check only when its weight cannot move the verdict', () => {
    const unmarked = (url: string) => [
      detectArticle(doc(articlePage({ jsonLd: false, og: false })), url),
      quick(doc(articlePage({ jsonLd: false, og: false })), url),
    ];
    // Headline, prose and an article-like address already pass the threshold: the check is skipped.
    const [full, fast] = unmarked('https://blog.example/posts/why-the-library-matters-to-us');
    expect(names(full)).toContain('readerable');
    expect(names(fast)).toEqual(expect.arrayContaining(['prose-run', 'decided-without-readerable']));
    expect(names(fast)).not.toContain('readerable');
    expect(fast.isArticle).toBe(full.isArticle);
    // Two long paragraphs under a headline that is not the title: the score sits under the threshold, where
    // readerable decides.
    const twoParagraphs = [LOREM.slice(0, 3).join(' '), LOREM.slice(3).join(' ')];
    const short = () => doc(articlePage({ jsonLd: false, og: false, paragraphs: twoParagraphs }).replace(/<h1>[^<]*<\/h1>/, '<h1>Library</h1>'));
    const url = 'https://blog.example/posts/why-the-library-matters-to-us';
    const [fullShort, fastShort] = [detectArticle(short(), url), quick(short(), url)];
    expect(names(fastShort)).toContain('short-prose');
    expect(names(fastShort)).toContain('readerable');
    expect(names(fastShort)).not.toContain('decided-without-readerable');
    expect(fastShort.isArticle).toBe(fullShort.isArticle);
  });
});
