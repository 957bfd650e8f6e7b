import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { toMarkdown } from '../../src/core/export/markdown';
import { ARTICLE_SLUGS, buildArticle, CTX, SECTION_SLUG } from './article-factory';
import { splitFrontMatter } from './yaml-reader';

/** Markdown text with turndown's backslash escapes removed, to compare with the source text. */
const unescape = (markdown: string): string =>
  markdown.replace(/\\([\\`*_{}[\]()#+\-.!>~|=])/g, '$1').replace(/&lt;/g, '<').replace(/&amp;(?=#?[a-z0-9]+;)/gi, '&');

const linkedomParse = (html: string): Node =>
  parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document.body as unknown as Node;

describe('Markdown export on fixture articles', () => {
  test.each([...ARTICLE_SLUGS])('%s: front matter round-trips, headline once, every paragraph kept', (slug) => {
    const article = buildArticle(slug);
    const { data, body } = splitFrontMatter(toMarkdown(article, CTX));

    expect(data.title).toBe(article.title);
    expect(data.byline ?? null).toBe(article.byline);
    expect(data.site ?? null).toBe(article.siteName);
    expect(data.url).toBe(article.url);
    expect(data.published).toBe(article.published);
    expect(data.accessed).toBe(CTX.accessedAt);
    expect(data.lang).toBe(article.lang);
    expect(data.extractor).toBe('lucid-reader 0.1.0');
    expect(data.attendees).toEqual({
      people: article.attendees!.people.map(({ name, roles, parts }) => ({ name, roles, parts })),
      groups: article.attendees!.groups,
    });

    const headings = body.split('\n').filter((line) => line.startsWith('# '));
    expect(headings.map(unescape)).toEqual([`# ${article.title}`]);
    const plain = unescape(body);
    for (const paragraph of article.paragraphs) expect(plain).toContain(paragraph);
  });

  test.each([...ARTICLE_SLUGS])('%s: each image is followed by its caption', (slug) => {
    const article = buildArticle(slug);
    const body = unescape(splitFrontMatter(toMarkdown(article, CTX)).body);
    for (const image of article.images) {
      expect(body).toContain(`![](${image.src})\n\n*${image.caption}*`);
    }
  });

  test('a page without attendees or byline leaves those keys out', () => {
    const article = buildArticle(SECTION_SLUG);
    const { data } = splitFrontMatter(toMarkdown(article, CTX));
    expect(Object.keys(data)).toEqual(['title', 'site', 'url', 'accessed', 'lang', 'extractor']);
  });
});

describe('front matter quoting', () => {
  const tricky = [
    'Re: "Hội nghị" — 50% đạt: yes',
    '- leading dash: looks like a list',
    'yes',
    '2021-06-29',
    '#hashtag & *star* | pipe > gt',
    "back\\slash 'single' and \"double\"",
    'line one\nline two\ttab',
    'separator\u2028here \u0007bell',
    '   padded   ',
    '@at `tick` {brace} [bracket] !bang %percent',
  ];

  test.each(tricky)('%j survives a YAML round trip in every field', (value) => {
    const article = { ...buildArticle('baothanhhoa-giao-ban-dan-van'), title: value, byline: value, siteName: value };
    article.attendees = { people: [{ name: value, roles: [value, 'b'], parts: ['chair'], evidence: [] }], groups: [value] };
    const { data } = splitFrontMatter(toMarkdown(article, CTX));
    expect(data.title).toBe(value);
    expect(data.byline).toBe(value);
    expect(data.site).toBe(value);
    expect(data.attendees).toEqual({ people: [{ name: value, roles: [value, 'b'], parts: ['chair'] }], groups: [value] });
  });
});

describe('Markdown body', () => {
  const base = buildArticle('kellerton-council-library');
  const render = (html: string, parse?: (html: string) => Node) =>
    splitFrontMatter(toMarkdown({ ...base, html }, { ...CTX, parse })).body;

  test('links are kept without tracking parameters; empty, fragment and script links are dropped', () => {
    const body = render(
      '<p>Read <a href="https://example.org/report?utm_source=x&amp;id=7&amp;fbclid=abc">the report</a>,' +
        ' <a href="#comments">comments</a>, <a href="javascript:alert(1)">click</a><a href="https://ads.example/"> </a>' +
        ' and <a href="/2024/10/01/earlier/">the earlier story</a>.</p>',
    );
    expect(body).toContain('[the report](https://example.org/report?id=7)');
    expect(body).toContain('[the earlier story](https://kellertonledger.com/2024/10/01/earlier/)');
    expect(body).toContain('comments, click and');
    expect(body).not.toMatch(/javascript|ads\.example|utm_|fbclid|\[\s*\]\(/);
  });

  test('a photo linked to its own file is written as the photo alone; alt repeating the headline is dropped', () => {
    const body = render(
      `<p><a href="/full.jpg"><img src="/small.jpg" alt="${base.title}"></a></p>` +
        '<p><a href="https://example.org/gallery"><img src="/g.jpg" alt="Gallery"></a></p>',
    );
    expect(body).toContain('\n![](https://kellertonledger.com/small.jpg)\n');
    expect(body).toContain('[![Gallery](https://kellertonledger.com/g.jpg)](https://example.org/gallery)');
  });

  test('a caption marked only by a class is italicised when the extractor knows it as a caption', () => {
    const article = {
      ...base,
      html: '<div><img src="/a.jpg" alt=""><p class="wp-caption-text">Nhà vườn thu hoạch sầu riêng Ri6. Ảnh: Kim Oanh</p></div><p>Body.</p>',
      images: [{ src: 'https://kellertonledger.com/a.jpg', alt: '', caption: 'Nhà vườn thu hoạch sầu riêng Ri6. Ảnh: Kim Oanh' }],
    };
    const body = splitFrontMatter(toMarkdown(article, CTX)).body;
    expect(body).toContain('![](https://kellertonledger.com/a.jpg)\n\n*Nhà vườn thu hoạch sầu riêng Ri6. Ảnh: Kim Oanh*\n\nBody.');
    expect(splitFrontMatter(toMarkdown({ ...article, images: [] }, CTX)).body).toContain('\n\nNhà vườn thu hoạch');
  });

  test('scripts, styles and tracking pixels leave nothing behind', () => {
    const body = render(
      '<p>Text.</p><script>var secret = 1;</script><style>p{color:red}</style>' +
        '<img src="https://t.example/pixel.gif" width="1" height="1"><noscript><img src="https://t.example/ns.gif"></noscript>',
    );
    expect(body.trim()).toBe('# Council approves $4.2 million renovation of Riverside branch library\n\nText.');
  });

  test('Markdown syntax in the headline stays literal', () => {
    const md = toMarkdown({ ...base, title: '1. *Breaking*: [live] _updates_' }, CTX);
    expect(splitFrontMatter(md).body.split('\n')[1]).toBe('# 1\\. \\*Breaking\\*: \\[live\\] \\_updates\\_');
  });

  test('the headline repeated in the body is dropped and body h1s are demoted', () => {
    const body = render(`<h1>${base.title}</h1><p>Lead.</p><h1>Background</h1><p>More.</p>`);
    expect(body.match(/Council approves/g)).toHaveLength(1);
    expect(body).toContain('## Background');
  });

  test('photo tables become image + caption; data tables become GFM tables', () => {
    const body = render(
      '<table class="image"><tr><td><img src="/p.jpg" alt="The library"></td></tr><tr><td>Photo: J. Cole</td></tr></table>' +
        '<table><tr><td>Vote</td><td>Count</td></tr><tr><td>Yes</td><td>4</td></tr></table>' +
        '<table><thead><tr><th>Item</th><th>Cost</th></tr></thead><tbody><tr><td>Roof</td><td>$1.1m | est.</td></tr></tbody></table>',
    );
    expect(body).toContain('![The library](https://kellertonledger.com/p.jpg)\n\n*Photo: J. Cole*');
    expect(body).toContain('|  |  |\n| --- | --- |\n| Vote | Count |\n| Yes | 4 |');
    expect(body).toContain('| Item | Cost |\n| --- | --- |\n| Roof | $1.1m \\| est. |');
    expect(body).not.toContain('<table');
  });

  test('a Node DOM passed as ctx.parse (linkedom) gives the same Markdown as turndown’s own parser', () => {
    const html =
      buildArticle('soctrang-bo-y-te-sot-xuat-huyet').html +
      '<table><thead><tr><th>Huyện</th><th>Ca</th></tr></thead><tbody><tr><td>Trần Đề</td><td>12</td></tr></tbody></table>' +
      '<ul><li>một</li><li><em>hai</em> <strong>ba</strong> <s>bốn</s></li></ul><blockquote><p>Trích dẫn</p></blockquote>';
    expect(render(html, linkedomParse)).toBe(render(html));
  });

  test('no HTML at all: the paragraphs are written as plain Markdown text', () => {
    const body = splitFrontMatter(toMarkdown({ ...base, html: '', paragraphs: ['1. Not a list', '*Not emphasis*'] }, CTX)).body;
    expect(body).toContain('1\\. Not a list\n\n\\*Not emphasis\\*');
  });
});

describe('markdown export keeps page text inert', () => {
  test('writes a literal "<script>" in the headline or the body as text, never as raw HTML', () => {
    const base = buildArticle('kellerton-council-library');
    const article = {
      ...base,
      title: 'Why <script>alert(1)</script> & friends still matter',
      html: '<p>The tag &lt;img src=x onerror=alert(1)&gt; was shown as text; so was AT&amp;T and &amp;lt;.</p>',
      paragraphs: ['The tag <img src=x onerror=alert(1)> was shown as text; so was AT&T and &lt;.'],
    };
    const md = toMarkdown(article, { accessedAt: '2026-01-01T00:00:00.000Z', extractor: { name: 'lucid-reader', version: 'test' } });
    const body = md.slice(md.indexOf('\n# '));
    expect(body).not.toMatch(/<script|<img/i);
    expect(body).toContain('# Why &lt;script>alert(1)&lt;/script> & friends still matter');
    expect(body).toContain('&lt;img src=x onerror=alert(1)> was shown as text; so was AT&T and &amp;lt;.');
  });
});

describe('page content never becomes Markdown syntax', () => {
  const base = buildArticle('kellerton-council-library');
  const body = (html: string, parse?: (html: string) => Node) =>
    splitFrontMatter(toMarkdown({ ...base, html }, { ...CTX, parse })).body.split('\n\n').slice(1).join('\n\n').trimEnd();

  test('a code block is fenced with more backticks than any run inside it, whatever its indent', () => {
    const code = 'a\n  ```\n<img src=x onerror=alert(1)>\n ````\n~~~\nb';
    const html = `<pre><code>${code.replace(/</g, '&lt;')}</code></pre>`;
    expect(body(html)).toBe(`\`\`\`\`\`\n${code}\n\`\`\`\`\``);
    expect(body(html, linkedomParse)).toBe(body(html));
  });

  test('a code block inside an inline element is a one-line code span; touching spans are one span', () => {
    expect(body('<p>See <a href="https://example.org/x"><pre><code>a\n```b</code></pre></a>.</p>', linkedomParse)).toBe('See[`a ```b`](https://example.org/x).');
    expect(body('<p><code>a</code><code>`&lt;b&gt;</code> and <code>c</code></p>')).toBe('``a`<b>`` and `c`');
    expect(body('<table><tr><th>A</th><th>B</th></tr><tr><td><code>a|b</code></td><td>c</td></tr></table>')).toBe('| A | B |\n| --- | --- |\n| `a\\|b` | c |');
  });

  test('destinations keep only http(s) and mailto, percent-encoded so nothing ends them early', () => {
    expect(body('<p><a href="https://en.wikipedia.org/wiki/Hu%E1%BA%BF_(city)">Huế</a></p>')).toBe('[Huế](https://en.wikipedia.org/wiki/Hu%E1%BA%BF_%28city%29)');
    expect(body('<p><a href="https://example.org/a)[c](javascript:alert(1)">x</a></p>')).toBe('[x](https://example.org/a%29%5Bc%5D%28javascript:alert%281%29)');
    expect(body('<p><a href="https://example.org/?q=`x`&amp;b=&amp;lt;">q</a></p>')).toBe('[q](https://example.org/?q=%60x%60&b=%26lt;)');
    expect(body('<p><a href="mailto:a@example.org">mail</a> <a href="javascript:alert(1)">js</a> <a href="vbscript:x">vb</a></p>')).toBe('[mail](mailto:a@example.org) js vb');
    expect(body('<p><img src="data:image/png;base64,iVBORw0KGgo=" alt="inline"><img src="https://example.org/a.jpg" alt="web"></p>')).toBe('![web](https://example.org/a.jpg)');
  });

  test('alt text and link text are escaped; brackets in link text are entities (marked un-escapes \\[ there)', () => {
    expect(body('<p><img src="https://example.org/a.jpg" alt="&lt;img src=x onerror=alert(1)&gt; *x* [y]"></p>')).toBe('![&lt;img src=x onerror=alert(1)> \\*x\\* \\[y\\]](https://example.org/a.jpg)');
    expect(body('<p><a href="https://example.org/"><img src="https://example.org/a.jpg" alt="](javascript:x)"> [z]</a></p>')).toBe('[![&#93;(javascript:x)](https://example.org/a.jpg) &#91;z&#93;](https://example.org/)');
  });

  test('tildes are escaped (strikethrough, tilde fences), and line-start syntax on every line of preformatted text', () => {
    expect(body('<p>~~not struck~~ ~5 km</p>')).toBe('\\~\\~not struck\\~\\~ \\~5 km');
    expect(body('<pre>x\n~~~\n# not a heading\n- not a list\n1. not a list\n&lt;b&gt;</pre>')).toBe('x\n\\~\\~\\~\n\\# not a heading\n\\- not a list\n1\\. not a list\n&lt;b>');
  });

  test('the front matter cannot open HTML or a link when a renderer shows it as text', () => {
    const md = toMarkdown({ ...base, title: '<img src=x onerror=alert(1)> [c](javascript:alert(1))' }, CTX);
    expect(md).toContain('title: "\\u003cimg src=x onerror=alert(1)> [c\\u005d(javascript:alert(1))"');
    expect(splitFrontMatter(md).data.title).toBe('<img src=x onerror=alert(1)> [c](javascript:alert(1))');
  });
});
