/** Documents that are not ordinary HTML pages: the core answers with an Article or an ExtractError, nothing else. */
import { JSDOM } from 'jsdom';
import { DOMParser as LinkedomParser, parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article';
import { ExtractError, extractArticle } from '../../src/core/extract';
import { nodeSanitizer } from '../../src/node/index';
import { articlePage, homePage, LOREM } from '../core/pages';
import { articleProblems } from './article-validator';
import { sanitisedViolations } from './sanitised-html';

const URL_ = 'https://ledger.example/2024/10/09/council-backs-repairs-to-library/';
const prose = LOREM.map((p) => `<p>${p}</p>`).join('');

/** The Article, or the ExtractError's code; anything else thrown fails the test. */
function outcome(document: Document, sanitize = true): Article | string {
  try {
    const article = extractArticle(document, URL_, sanitize ? { sanitize: nodeSanitizer() } : {});
    expect(articleProblems(article)).toEqual([]);
    expect(sanitisedViolations(article.html)).toEqual([]);
    return article;
  } catch (err) {
    if (err instanceof ExtractError) return err.code;
    throw err;
  }
}
const linkedom = (html: string) => parseHTML(html).document as unknown as Document;

describe('odd documents', () => {
  it('an empty document, and one of whitespace, are "empty"', () => {
    expect(outcome(linkedom(''))).toBe('empty');
    expect(outcome(linkedom('<html><head></head><body>  \n </body></html>'))).toBe('empty');
    expect(outcome(new JSDOM('').window.document as unknown as Document, false)).toBe('empty');
  });

  it('malformed HTML is read as a browser would repair it', () => {
    const html = `<html><body><article><h1>Council backs repairs</h1><p>${LOREM.join('<p>')}</b></i></div></table><td>stray</article>`;
    const onJsdom = outcome(new JSDOM(html).window.document as unknown as Document, false) as Article;
    expect(onJsdom.text).toContain('leaking roof');
    const onLinkedom = outcome(linkedom(html)) as Article;
    expect(onLinkedom.text).toContain('leaking roof');
  });

  it('a page without <head>, or without <body>, still gives its article', () => {
    const noHead = outcome(linkedom(`<html><body><article>${prose}</article></body></html>`)) as Article;
    expect(noHead.paragraphs.length).toBeGreaterThanOrEqual(LOREM.length);
    const noBody = outcome(new JSDOM(`<html><head><title>T</title></head><article>${prose}</article></html>`).window.document as unknown as Document, false) as Article;
    expect(noBody.paragraphs.length).toBeGreaterThanOrEqual(LOREM.length);
  });

  it('a frameset page has nothing readable', () => {
    const html = '<!doctype html><html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>';
    expect(outcome(new JSDOM(html).window.document as unknown as Document, false)).toBe('empty');
    expect(outcome(linkedom(html))).toBe('empty');
  });

  it('SVG and XML documents (linkedom DOMParser) are "empty" or a valid Article, never a crash', () => {
    const parser = new LinkedomParser();
    const svg = parser.parseFromString(`<svg xmlns="http://www.w3.org/2000/svg"><text>${LOREM[0]}</text><script>alert(1)</script></svg>`, 'image/svg+xml');
    const xml = parser.parseFromString(`<?xml version="1.0"?><feed><entry><title>T</title><summary>${LOREM[1]}</summary></entry></feed>`, 'text/xml');
    for (const doc of [svg, xml]) {
      const result = outcome(doc as unknown as Document);
      if (typeof result === 'string') expect(result).toBe('empty');
      else expect(result.isArticle).toBe(false);
    }
  });

  it('a plain-text-like document (one <pre>) is read as text and is not an article', () => {
    const text = LOREM.join('\n\n');
    const result = outcome(linkedom(`<html><head></head><body><pre>${text}</pre></body></html>`));
    expect(typeof result).toBe('object');
    const article = result as Article;
    expect(article.text).toContain('leaking roof');
    expect(article.isArticle).toBe(false);
  });

  it('reads the light DOM only: content inside open shadow roots is not part of the article', () => {
    const dom = new JSDOM(`<!doctype html><html><body><article><h1>Light</h1>${prose}</article><div id="host"></div></body></html>`, { url: URL_ });
    const host = dom.window.document.getElementById('host')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Shadow text that a reader of the light DOM never sees, however long it is made to be.</p>';
    const article = outcome(dom.window.document as unknown as Document, false) as Article;
    expect(article.text).toContain('leaking roof');
    expect(article.text).not.toContain('Shadow text');

    const onlyShadow = new JSDOM('<!doctype html><html><body><div id="host"></div></body></html>', { url: URL_ });
    onlyShadow.window.document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = prose;
    expect(outcome(onlyShadow.window.document as unknown as Document, false)).toBe('empty');
  });

  it('isArticle is false for non-articles and true for an article', () => {
    expect((outcome(linkedom(homePage())) as Article).isArticle).toBe(false);
    expect((outcome(linkedom(articlePage())) as Article).isArticle).toBe(true);
  });
});
