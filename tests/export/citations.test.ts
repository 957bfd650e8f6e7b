import { describe, expect, test } from 'vitest';
import type { Article } from '../../src/core/article';
import { toBibtex } from '../../src/core/export/bibtex';
import { toCsl } from '../../src/core/export/csl';
import { toRis } from '../../src/core/export/ris';
import { ARTICLE_SLUGS, buildArticle, CTX, SECTION_SLUG } from './article-factory';

/** A hostile-but-real title: Vietnamese diacritics and every character BibTeX/LaTeX treats specially. */
const TRICKY_TITLE = 'Giá vàng tăng 5% & "kỷ lục" {mới} $100 #1 a_b ~x^y \\ Đà Nẵng: “SJC”';

function tricky(): Article {
  return {
    ...buildArticle('baothanhhoa-giao-ban-dan-van'),
    title: TRICKY_TITLE,
    byline: 'Nguyễn Văn An, Trần Thị Bình',
    siteName: 'Báo {Thanh} Hóa & 100% "Sự thật"',
    published: '2021-06-29T18:34:00+07:00',
  };
}

describe('CSL-JSON', () => {
  test.each([...ARTICLE_SLUGS, SECTION_SLUG])('%s: one item with the required fields', (slug) => {
    const article = buildArticle(slug);
    const items = JSON.parse(toCsl(article, CTX));
    expect(Array.isArray(items) && items.length).toBe(1);
    const [item] = items;
    expect(item.id).toMatch(/^[a-z0-9]+$/);
    expect(item.type).toBe(article.isArticle ? 'article-newspaper' : 'webpage');
    expect(item.title).toBe(article.title);
    expect(item.URL).toBe(article.url);
    expect(item.language).toBe(article.lang);
    expect(item.accessed).toEqual({ 'date-parts': [[2025, 3, 4]] });
    if (article.published) {
      const [y, m, d] = article.published.split('-').map(Number);
      expect(item.issued).toEqual({ 'date-parts': [[y, m, d]] });
    } else {
      expect(item.issued).toBeUndefined();
    }
    expect(item['container-title']).toBe(article.siteName ?? undefined);
    for (const name of item.author ?? []) {
      const keys = Object.keys(name).sort().join(',');
      expect(['family,given', 'literal']).toContain(keys);
    }
  });

  test('authors: a Western name split, a Vietnamese pen name literal, no byline no author', () => {
    const author = (slug: string) => JSON.parse(toCsl(buildArticle(slug), CTX))[0].author;
    expect(author('kellerton-council-library')).toEqual([{ family: 'Feld', given: 'Marcus' }]);
    expect(author('baothanhhoa-giao-ban-dan-van')).toEqual([{ literal: 'Quốc Hương' }]);
    expect(author('lumenwater-ben-tre-signing')).toBeUndefined();
  });

  test('Vietnamese names are family-first; the published timestamp keeps its own calendar day', () => {
    const [item] = JSON.parse(toCsl({ ...tricky(), published: '2021-06-29T23:30:00+07:00' }, CTX));
    expect(item.author).toEqual([
      { family: 'Nguyễn', given: 'Văn An' },
      { family: 'Trần', given: 'Thị Bình' },
    ]);
    expect(item.issued).toEqual({ 'date-parts': [[2021, 6, 29]] });
    expect(item.id).toBe('nguyen2021gia');
  });

  test('the cited URL is the canonical one without tracking parameters', () => {
    const article = {
      ...buildArticle('kellerton-council-library'),
      url: 'https://kellertonledger.com/story?utm_source=newsletter&p=1',
      canonicalUrl: 'https://kellertonledger.com/story/?fbclid=x',
    };
    expect(JSON.parse(toCsl(article, CTX))[0].URL).toBe('https://kellertonledger.com/story/');
  });
});

/** Minimal BibTeX reader: entry type, key and brace-delimited field values (braces balanced). */
function readBibtex(text: string): { type: string; key: string; fields: Record<string, string> } {
  const head = /^@(\w+)\{([^,\s]+),\n/.exec(text);
  if (!head) throw new Error('no entry head');
  const fields: Record<string, string> = {};
  let i = head[0].length;
  for (;;) {
    const field = /^\s*(\w+)\s*=\s*\{/.exec(text.slice(i));
    if (!field) break;
    i += field[0].length;
    let depth = 1;
    const start = i;
    while (depth > 0) {
      if (i >= text.length) throw new Error(`unbalanced braces in ${field[1]}`);
      if (text[i] === '\\') i++;
      else if (text[i] === '{') depth++;
      else if (text[i] === '}') depth--;
      i++;
    }
    fields[field[1]] = text.slice(start, i - 1);
    if (text[i] === ',') i++;
  }
  if (!/^\s*\}\s*$/.test(text.slice(i))) throw new Error(`trailing text: ${text.slice(i)}`);
  return { type: head[1], key: head[2], fields };
}

/** LaTeX text back to Unicode for the escapes toBibtex writes; protection braces removed. */
function unlatex(value: string): string {
  return value
    .replace(/\\(textbackslash|textbraceleft|textbraceright|textasciitilde|textasciicircum)\{\}|\\([%&$#_])|[{}]/g, (_m, cmd, ch) => {
      if (ch) return ch;
      return { textbackslash: '\\', textbraceleft: '{', textbraceright: '}', textasciitilde: '~', textasciicircum: '^' }[cmd as string] ?? '';
    });
}

describe('BibTeX', () => {
  test.each([...ARTICLE_SLUGS, SECTION_SLUG])('%s: parses, with the fields biblatex and Zotero read', (slug) => {
    const article = buildArticle(slug);
    const entry = readBibtex(toBibtex(article, CTX));
    expect(entry.type).toBe(article.isArticle ? 'article' : 'online');
    expect(entry.key).toBe(JSON.parse(toCsl(article, CTX))[0].id);
    expect(unlatex(entry.fields.title)).toBe(article.title);
    expect(entry.fields.url).toBe(article.url);
    expect(entry.fields.urldate).toBe('2025-03-04');
    expect(entry.fields.date).toBe(article.published ?? undefined);
    expect(entry.fields.langid).toBe(article.lang === 'vi' ? 'vietnamese' : 'english');
    if (article.siteName) expect(unlatex(entry.fields[article.isArticle ? 'journaltitle' : 'organization'])).toBe(article.siteName);
  });

  test('special characters are escaped, braces balanced, Vietnamese kept as UTF-8', () => {
    const text = toBibtex(tricky(), CTX);
    const entry = readBibtex(text);
    expect(entry.key).toBe('nguyen2021gia');
    expect(unlatex(entry.fields.title)).toBe(TRICKY_TITLE);
    expect(unlatex(entry.fields.journaltitle)).toBe('Báo {Thanh} Hóa & 100% "Sự thật"');
    // Outside the escapes written on purpose, no LaTeX special character is left bare.
    const stripped = entry.fields.title.replace(/\\(?:text[a-z]+\{\}|[%&$#_])/g, '');
    expect(stripped).not.toMatch(/[\\%&$#_~^]/);
    expect(entry.fields.title).toContain('Đà');
    expect(entry.fields.title).toContain('{Nẵng:}');
    expect(entry.fields.author).toBe('Nguyễn, Văn An and Trần, Thị Bình');
    expect(entry.fields.date).toBe('2021-06-29');
  });

  test('capitals in titles are protected, literal names braced whole', () => {
    const entry = readBibtex(toBibtex(buildArticle('kellerton-council-library'), CTX));
    expect(entry.fields.title).toBe('{Council} approves \\$4.2 million renovation of {Riverside} branch library');
    const pen = readBibtex(toBibtex(buildArticle('baothanhhoa-giao-ban-dan-van'), CTX));
    expect(pen.fields.author).toBe('{Quốc Hương}');
    expect(pen.fields.title.startsWith('{Thường} trực {Tỉnh} ủy')).toBe(true);
  });
});

describe('RIS', () => {
  const ZOTERO_LINE = /^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$/;

  test.each([...ARTICLE_SLUGS, SECTION_SLUG])('%s: CRLF lines, TY first, ER last, the tags Zotero maps', (slug) => {
    const article = buildArticle(slug);
    const text = toRis(article, CTX);
    expect(text.endsWith('ER  - \r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(line).toMatch(ZOTERO_LINE);
    const tags = lines.map((line) => [line.slice(0, 2), line.slice(6)] as const);
    const get = (tag: string) => tags.filter(([t]) => t === tag).map(([, v]) => v);
    expect(tags[0]).toEqual(['TY', article.isArticle ? 'NEWS' : 'ELEC']);
    expect(tags.at(-1)![0]).toBe('ER');
    expect(get('TI')).toEqual([article.title]);
    expect(get('UR')).toEqual([article.url]);
    expect(get('Y2')).toEqual(['2025/03/04/']);
    expect(get('LA')).toEqual([article.lang]);
    expect(get('T2')).toEqual(article.siteName ? [article.siteName] : []);
    if (article.published) {
      expect(get('PY')).toEqual([article.published.slice(0, 4)]);
      expect(get('DA')).toEqual([`${article.published.replace(/-/g, '/')}/`]);
    }
  });

  test('one AU per author, "Family, Given" for people, a literal name without a comma', () => {
    const lines = toRis(tricky(), CTX).split('\r\n');
    expect(lines.filter((l) => l.startsWith('AU'))).toEqual(['AU  - Nguyễn, Văn An', 'AU  - Trần, Thị Bình']);
    const pen = toRis(buildArticle('soctrang-bo-y-te-sot-xuat-huyet'), CTX).split('\r\n');
    expect(pen.filter((l) => l.startsWith('AU'))).toEqual(['AU  - Minh Trí']);
  });

  test('values keep quotes, percent signs and braces, and never break a line', () => {
    const article = { ...tricky(), title: `${TRICKY_TITLE}\nsecond line` };
    const ti = toRis(article, CTX).split('\r\n').find((l) => l.startsWith('TI'));
    expect(ti).toBe(`TI  - ${TRICKY_TITLE} second line`);
  });
});

/**
 * A page names its own canonical address; a hostile page names someone else's. The three citation formats cite the
 * address the article was read at, unless the canonical is on that same site (same host; http may become https).
 */
describe('the cited URL cannot be borrowed from another site', () => {
  const READ = 'https://kellertonledger.com/story?utm_source=newsletter&p=1';
  const READ_CLEAN = 'https://kellertonledger.com/story?p=1';
  const citedUrls = (url: string, canonicalUrl: string | null) => {
    const article = { ...buildArticle('kellerton-council-library'), url, canonicalUrl };
    const ris = toRis(article, CTX).split('\r\n').find((l) => l.startsWith('UR'));
    return {
      csl: JSON.parse(toCsl(article, CTX))[0].URL as string,
      bibtex: readBibtex(toBibtex(article, CTX)).fields.url,
      ris: ris?.slice(6),
    };
  };
  const all = (url: string) => ({ csl: url, bibtex: url, ris: url });

  test.each([
    ['another domain', 'https://trusted-news.example/story'],
    ['a look-alike domain ending in the same letters', 'https://evilkellertonledger.com/story'],
    ['the same name under another domain', 'https://kellertonledger.com.evil.example/story'],
    ['a sibling subdomain', 'https://archive.kellertonledger.com/story'],
    ['a parent domain', 'https://com/story'],
    ['an IDN homoglyph of the host (Cyrillic е)', 'https://k\u0435llertonledger.com/story'],
    ['credentials that spell the host', 'https://kellertonledger.com@evil.example/story'],
    ['credentials on the very host', 'https://reader:secret@kellertonledger.com/story'],
    ['another port on the host', 'https://kellertonledger.com:8443/story'],
    ['a downgrade to http', 'http://kellertonledger.com/story'],
    ['a javascript: URL', 'javascript:alert(document.domain)'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['a protocol-relative URL to another host', '//evil.example/story'],
    ['a trailing-dot variant of the host', 'https://kellertonledger.com./story'],
  ])('%s: every format cites the address read', (_name, canonical) => {
    expect(citedUrls(READ, canonical)).toEqual(all(READ_CLEAN));
  });

  test('a canonical on the same host is cited, without tracking parameters', () => {
    expect(citedUrls(READ, 'https://kellertonledger.com/2024/story/?fbclid=x')).toEqual(all('https://kellertonledger.com/2024/story/'));
  });

  test('http upgraded to https on the same host is the same site; the default port may be written out', () => {
    expect(citedUrls('http://kellertonledger.com/story', 'https://kellertonledger.com/story/')).toEqual(all('https://kellertonledger.com/story/'));
    expect(citedUrls('http://kellertonledger.com/story', 'http://kellertonledger.com:80/s')).toEqual(all('http://kellertonledger.com/s'));
    // A non-default port is another service: it cannot move to the default one with the upgrade.
    expect(citedUrls('http://kellertonledger.com:8080/story', 'https://kellertonledger.com:8080/s')).toEqual(all('http://kellertonledger.com:8080/story'));
    expect(citedUrls('http://127.0.0.1:8080/story', 'http://127.0.0.1:8080/s')).toEqual(all('http://127.0.0.1:8080/s'));
  });

  test('an IDN host read as itself keeps its canonical; the cited address is the ASCII form', () => {
    expect(citedUrls('https://xn--bcher-kva.example/a', 'https://bücher.example/b')).toEqual(all('https://xn--bcher-kva.example/b'));
  });

  test('the address read is cited without credentials', () => {
    expect(citedUrls('https://reader:secret@kellertonledger.com/story', null)).toEqual(all('https://kellertonledger.com/story'));
  });
});
