import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../src/core/extract';
import { nodeSanitizer } from '../../src/node/index';
import { articlePage } from './pages';

const URL_ = 'https://ledger.example/2024/10/09/council-backs-repairs-to-library/';

describe('extractArticle', () => {
  it('never changes the caller’s document', () => {
    const document = parseHTML(articlePage()).document as unknown as Document;
    const before = document.documentElement.outerHTML;
    extractArticle(document, URL_, { sanitize: nodeSanitizer() });
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('returns a JSON-serialisable Article whose text is its paragraphs, without the headline', () => {
    const document = parseHTML(articlePage()).document as unknown as Document;
    const a = extractArticle(document, URL_, { sanitize: nodeSanitizer() });
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(a.text).toBe(a.paragraphs.join('\n\n'));
    expect(a.text).not.toContain(a.title);
    expect(a.paragraphs[0]).toMatch(/^The council spent most of the evening/);
    expect(a.wordCount).toBeGreaterThan(250);
    expect(a.readingMinutes).toBe(Math.max(1, Math.round(a.wordCount / 238)));
  });

  it('sanitises the article HTML and resolves its URLs', () => {
    const page = articlePage().replace('</article>',
      `<p>More reading <a href="/about" onclick="steal()">about us</a> and <a href="javascript:alert(1)">this</a>.<img src="/i.jpg" onerror="alert(1)"></p><script>window.pwned = 1</script></article>`);
    const a = extractArticle(parseHTML(page).document as unknown as Document, URL_, { sanitize: nodeSanitizer() });
    expect(a.html).not.toMatch(/onclick|onerror|javascript:|<script/i);
    expect(a.html).toContain('href="https://ledger.example/about"');
    expect(a.images.map((i) => i.src)).toContain('https://ledger.example/i.jpg');
  });

  it('gives the same article on jsdom (browser-grade DOM, default sanitiser) as on linkedom', () => {
    const html = articlePage();
    const onJsdom = extractArticle(new JSDOM(html, { url: URL_ }).window.document as unknown as Document, URL_);
    const onLinkedom = extractArticle(parseHTML(html).document as unknown as Document, URL_, { sanitize: nodeSanitizer() });
    expect(onJsdom.paragraphs).toEqual(onLinkedom.paragraphs);
    expect(onJsdom.title).toBe(onLinkedom.title);
  });

  it('refuses to run an unsupported sanitiser rather than pass HTML through', () => {
    const document = parseHTML(articlePage()).document as unknown as Document;
    expect(() => extractArticle(document, URL_)).toThrow(/DOMPurify is not supported/);
  });
});
