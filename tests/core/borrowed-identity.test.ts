/**
 * Issue #14 item 10: a page cannot borrow another site's identity. Hostile pages written for this test, read end
 * to end (extraction on linkedom and on jsdom, then every export): a canonical link, og:url, JSON-LD url and a
 * <base> naming another site; a look-alike site name; bidi controls and invisible characters in every metadata
 * string the page supplies.
 */
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article';
import { extractArticle } from '../../src/core/extract';
import { nodeSanitizer } from '../../src/node/index';
import { renderAll } from '../hardening/outputs';
import { codePoint, HIDDEN, HIDDEN_CHARS, hideIn, visible } from './hidden-chars';
import { LOREM } from './pages';

const READ = 'https://ledger.example/2024/10/09/council-backs-repairs/?utm_source=feed';
const READ_CLEAN = 'https://ledger.example/2024/10/09/council-backs-repairs/';
const FOREIGN = 'https://trusted-news.example';

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const text = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

interface PageParts {
  head?: string;
  title?: string;
  siteName?: string;
  author?: string;
  description?: string;
  bylineElement?: string;
  figure?: { alt: string; caption: string };
  lang?: string;
  paragraphs?: string[];
}

function page(p: PageParts): string {
  const paragraphs = (p.paragraphs ?? [...LOREM, ...LOREM.map((x) => x.replace('The ', 'Then the '))]).map((x) => `<p>${text(x)}</p>`).join('\n');
  return `<!doctype html><html lang="${p.lang ?? 'en'}"><head><meta charset="utf-8">
<title>${text(p.title ?? 'Council backs repairs to the Riverside branch library')}</title>
<meta property="og:type" content="article">
${p.title ? `<meta property="og:title" content="${attr(p.title)}">` : ''}
${p.siteName ? `<meta property="og:site_name" content="${attr(p.siteName)}">` : ''}
${p.author ? `<meta name="author" content="${attr(p.author)}">` : ''}
${p.description ? `<meta name="description" content="${attr(p.description)}">` : ''}
${p.head ?? ''}
</head><body><main><article><h1>Council backs repairs to the Riverside branch library</h1>
${p.bylineElement ? `<p class="byline">${text(p.bylineElement)}</p>` : ''}
${p.figure ? `<figure><img src="/photo.jpg" alt="${attr(p.figure.alt)}"><figcaption>${text(p.figure.caption)}</figcaption></figure>` : ''}
${paragraphs}</article></main></body></html>`;
}

const DOMS = {
  linkedom: (html: string, url: string) => extractArticle(parseHTML(html).document as unknown as Document, url, { sanitize: nodeSanitizer() }),
  jsdom: (html: string, url: string) => extractArticle(new JSDOM(html, { url }).window.document as unknown as Document, url),
};

/** The address each export gives as where the article came from. */
function claimedSources(article: Article): Record<string, string | undefined> {
  const out = renderAll(article);
  return {
    csl: JSON.parse(out.csl)[0].URL,
    bibtex: /^\s*url\s*=\s*\{(.*)\},?$/m.exec(out.bibtex)?.[1],
    ris: /^UR {2}- (.*)$/m.exec(out.ris)?.[1],
    md: /^url: (.*)$/m.exec(out.md)?.[1]?.replace(/^['"]|['"]$/g, ''),
    txt: out.txt.split('\n')[1].split(' · ').at(-1),
    html: /<p class="source"><a href="([^"]*)"/.exec(out.html)?.[1].replace(/&amp;/g, '&'),
    json: JSON.parse(out.json).article.url,
  };
}

/** Every character on linkedom (the CLI's DOM); on jsdom (the slow one), one of each kind. */
const CHARS_ON: Record<keyof typeof DOMS, string[]> = {
  linkedom: HIDDEN_CHARS,
  jsdom: ['\u202e', '\u2067', '\u200f', '\u00ad', '\u3164', '\u{e0041}', '\u001b'],
};

describe.each(Object.entries(DOMS) as [keyof typeof DOMS, (typeof DOMS)[keyof typeof DOMS]][])('on %s', (dom, extract) => {
  describe('a page naming another site as its address', () => {
    it.each([
      ['a canonical link', `<link rel="canonical" href="${FOREIGN}/story">`],
      ['og:url', `<meta property="og:url" content="${FOREIGN}/story">`],
      ['a protocol-relative canonical', '<link rel="canonical" href="//trusted-news.example/story">'],
      ['a canonical on a look-alike host', '<link rel="canonical" href="https://ledger.example.trusted-news.example/story">'],
      ['a canonical whose credentials spell the host', '<link rel="canonical" href="https://ledger.example@trusted-news.example/story">'],
      ['a canonical on another port', '<link rel="canonical" href="https://ledger.example:8443/story">'],
      ['JSON-LD url and mainEntityOfPage',
        `<script type="application/ld+json">{"@type":"NewsArticle","url":"${FOREIGN}/ld","mainEntityOfPage":{"@id":"${FOREIGN}/main"}}</script>`],
    ])('%s: no export gives it as the source', (_name, head) => {
      const article = extract(page({ head }), READ);
      const sources = claimedSources(article);
      // The citations (and the HTML export's link) give the address read without its tracking parameters, the others as read.
      expect(sources).toEqual({ csl: READ_CLEAN, bibtex: READ_CLEAN, ris: READ_CLEAN, md: READ, txt: READ, html: READ_CLEAN, json: READ });
    });

    it('the foreign canonical stays available as data, where it is labelled as the page\'s claim', () => {
      const article = extract(page({ head: `<link rel="canonical" href="${FOREIGN}/story">` }), READ);
      expect(article.canonicalUrl).toBe(`${FOREIGN}/story`);
      expect(JSON.parse(renderAll(article).json).article.canonicalUrl).toBe(`${FOREIGN}/story`);
    });

    it('a <base> on another site does not carry a relative canonical there', () => {
      const article = extract(page({ head: `<base href="${FOREIGN}/news/"><link rel="canonical" href="story">` }), READ);
      expect(article.canonicalUrl).toBe(`${READ_CLEAN}story`);
      const sources = claimedSources(article);
      expect([sources.csl, sources.bibtex, sources.ris]).toEqual(Array(3).fill(`${READ_CLEAN}story`));
    });

    it('a canonical on the same host is cited', () => {
      const article = extract(page({ head: '<link rel="canonical" href="/2024/10/09/council-backs-repairs/amp-free/">' }), READ);
      const sources = claimedSources(article);
      expect([sources.csl, sources.bibtex, sources.ris]).toEqual(Array(3).fill('https://ledger.example/2024/10/09/council-backs-repairs/amp-free/'));
    });
  });

  describe('no metadata string keeps a bidi control or an invisible character', () => {
    it.each(CHARS_ON[dom].map((c) => [codePoint(c), c]))('%s: title, byline, site name, excerpt; and every export', (_code, c) => {
      const hide = (s: string) => hideIn(s, c);
      const html = page({
        title: hide('Council backs repairs to the Riverside branch library'),
        siteName: hide('The Ledger'),
        author: hide('Jane Roe'),
        description: hide('The vote ends two years of debate over the branch and its leaking roof, the chair said.'),
      });
      const article = extract(html, READ);
      const fields = { title: article.title, byline: article.byline, siteName: article.siteName, excerpt: article.excerpt };
      for (const [field, value] of Object.entries(fields)) expect(value ?? '(none)', field).not.toMatch(HIDDEN);
      expect(visible(article.excerpt)).toBe(visible('The vote ends two years of debate over the branch and its leaking roof, the chair said.'));
      expect(visible(article.byline)).toBe('JaneRoe');
      expect(visible(article.siteName)).toBe('TheLedger');
      expect(visible(article.title)).toBe(visible('Council backs repairs to the Riverside branch library'));
      // The page has the characters nowhere but in these strings, so no export may carry one.
      for (const [format, out] of Object.entries(renderAll(article))) expect(out, format).not.toMatch(HIDDEN);
    });

    it.each(CHARS_ON[dom].map((c) => [codePoint(c), c]))('%s: Readability\'s byline, image alt and caption', (_code, c) => {
      const hide = (s: string) => hideIn(s, c);
      const article = extract(page({ bylineElement: hide('By Jane Roe'), figure: { alt: hide('The branch roof'), caption: hide('The roof in March') } }), READ);
      expect(article.byline).not.toMatch(HIDDEN);
      expect(visible(article.byline)).toBe('JaneRoe');
      expect(article.images.length).toBeGreaterThan(0);
      for (const image of article.images) {
        expect(image.alt).not.toMatch(HIDDEN);
        expect(image.caption ?? '').not.toMatch(HIDDEN);
      }
    });

    it('a right-to-left override in a signature line does not reach the byline', () => {
      const vi = [
        'Chiều 29-6, Thường trực Tỉnh ủy đã tổ chức hội nghị giao ban với Ban Dân vận Tỉnh ủy và các đoàn thể chính trị - xã hội cấp tỉnh.',
        'Hội nghị đánh giá tình hình thực hiện nhiệm vụ sáu tháng đầu năm và đề ra phương hướng cho sáu tháng cuối năm của khối dân vận.',
        'Các đại biểu đã thảo luận về những khó khăn, vướng mắc trong công tác vận động quần chúng tại cơ sở và đề xuất nhiều giải pháp.',
        'Phát biểu kết luận, đồng chí Bí thư Tỉnh ủy ghi nhận, đánh giá cao những kết quả mà khối dân vận đã đạt được trong thời gian qua.',
      ];
      const signed = (signature: string) =>
        extract(page({ lang: 'vi', paragraphs: [...vi, ...vi.map((p) => `${p} Thêm.`), signature] }), 'https://baothanhhoa.example/a').byline;
      expect(signed('Quốc Hương')).toBe('Quốc Hương');
      expect(signed('\u202eQuốc Hương\u202c')).toBe('Quốc Hương');
      expect(signed('\u2067Quốc\u200f Hương\u2069')).toBe('Quốc Hương');
    });
  });
});
