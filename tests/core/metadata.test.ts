import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { bylineFromTrailingLine, cleanByline, readCanonical, readMetadata, stripSiteSuffix, toIsoDate } from '../../src/core/metadata/metadata';
import { nativeQuery } from '../../src/core/page/page-query';
import { articlePage } from './pages';
import { codePoint, HIDDEN, HIDDEN_CHARS, hideIn, SPACING, visible } from './hidden-chars';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

describe('readMetadata', () => {
  it('guesses the language of a page that declares none from the text a reader sees, not its scripts and styles', () => {
    const script = `<script>var config = { "title": "Read the latest news and updates", "message": "You are about to leave this site and go to the page of the partner", "consent": "If you accept the cookies we will be able to show you the best offers for you and your family" };</script>`;
    const style = '<style>.the-header .is-on-the-left { content: "and the rest of the page is for you"; }</style>';
    const html = `<!doctype html><html><head><title>Le conseil vote la piste cyclable</title></head><body>${script}${style}
      <p>Le conseil municipal a voté mardi pour la construction de la piste cyclable. Les habitants sont inquiets et la maire a promis une réunion avec les commerçants du quartier.</p>
      <p>Les travaux commenceront au printemps et dureront plus d’un an, selon la mairie, qui a présenté le projet lors d’une réunion publique.</p></body></html>`;
    expect(readMetadata(doc(html), 'https://journal.example/a').lang).toBe('fr');
  });

  it('reads title, byline, site, language, date and canonical URL from a news page', () => {
    const html = articlePage().replace('</head>', '<link rel="canonical" href="/2024/10/09/council-backs-repairs/"></head>');
    const m = readMetadata(doc(html), 'https://ledger.example/2024/10/09/council-backs-repairs/?utm_source=x');
    expect(m.title).toBe('Council backs repairs to the Riverside branch library');
    expect(m.byline).toBe('Marcus Feld');
    expect(m.siteName).toBe('The Ledger');
    expect(m.lang).toBe('en');
    // article:published_time comes before the JSON-LD (the CMS writes it in the site's zone more often).
    expect(m.published).toBe('2024-10-09T10:00:00+00:00');
    expect(m.canonicalUrl).toBe('https://ledger.example/2024/10/09/council-backs-repairs/');
  });

  it('takes the section <h1> on a listing whose og:title adds a slogan', () => {
    const html = `<html lang="vi"><head><meta property="og:title" content="Thời sự - Tin tức thời sự miền Trung mới nhất">
      <title>Thời sự - Tin tức | Tin Miền Trung</title></head><body><h1>Thời sự</h1></body></html>`;
    expect(readMetadata(doc(html), 'https://tin.example/thoi-su/').title).toBe('Thời sự');
  });

  it('does not take the publisher named as meta author for a byline', () => {
    const html = `<html lang="vi"><head><meta property="og:site_name" content="Báo Thanh Hóa"><meta name="author" content="Báo Thanh Hóa">
      <title>Tin</title></head><body><h1>Tin</h1></body></html>`;
    expect(readMetadata(doc(html), 'https://baothanhhoa.example/a').byline).toBeNull();
  });

  it('guesses Vietnamese for an undeclared page written in Vietnamese', () => {
    const html = `<html><head><title>Tin</title></head><body><p>Chiều 29-6, Thường trực Tỉnh ủy đã tổ chức hội nghị giao ban với Ban Dân vận Tỉnh ủy và các đoàn thể chính trị - xã hội cấp tỉnh để đánh giá tình hình.</p></body></html>`;
    expect(readMetadata(doc(html), 'https://x.example/a').lang).toBe('vi');
  });

  it('ignores a page-wide list of <time> elements for the publication date', () => {
    const html = `<html><head><title>T</title></head><body><time datetime="2024-11-15">a</time><time datetime="2024-11-14">b</time></body></html>`;
    expect(readMetadata(doc(html), 'https://x.example/').published).toBeNull();
  });
});

describe('metadata helpers', () => {
  it('normalises dates, keeping the page offset, and refuses non-dates', () => {
    expect(toIsoDate('2021-06-29T18:34:00+07:00')).toBe('2021-06-29T18:34:00+07:00');
    expect(toIsoDate('2024-05-14T09:00:00+0200')).toBe('2024-05-14T09:00:00+02:00');
    expect(toIsoDate('29/06/2021')).toBe('2021-06-29');
    expect(toIsoDate('Thứ năm, 16/3/2023, 18:20 (GMT+7)')).toBe('2023-03-16');
    expect(toIsoDate('yesterday')).toBeNull();
    expect(toIsoDate('45/13/2021')).toBeNull();
  });

  it('strips a site suffix only when it names the site', () => {
    expect(stripSiteSuffix('Bộ Nông nghiệp làm việc với Quảng Bình - Thời Sự Việt', 'Thời Sự Việt')).toBe('Bộ Nông nghiệp làm việc với Quảng Bình');
    expect(stripSiteSuffix('Kinh tế - xã hội tăng trưởng', 'Báo X')).toBe('Kinh tế - xã hội tăng trưởng');
  });

  it('cleans bylines and finds a signature line at the end of the body', () => {
    expect(cleanByline('By Marcus Feld')).toBe('Marcus Feld');
    expect(cleanByline('Bài và ảnh: Minh Trí')).toBe('Minh Trí');
    expect(bylineFromTrailingLine(['Một đoạn văn dài về hội nghị.', 'Minh Trí'])).toBe('Minh Trí');
    expect(bylineFromTrailingLine(['The meeting ended at 9 p.m.', 'The vote is set for November.'])).toBeNull();
  });
});

describe('the canonical URL as data', () => {
  const PAGE = 'https://ledger.example/2024/10/09/story/';
  const canonical = (head: string) => {
    const d = doc(`<html><head>${head}<title>T</title></head><body><p>x</p></body></html>`);
    return readCanonical(nativeQuery(d), PAGE);
  };

  it('keeps what the page claims, on any site, as data (the citation decides whether to trust it)', () => {
    expect(canonical('<link rel="canonical" href="https://trusted-news.example/a">')).toBe('https://trusted-news.example/a');
    expect(canonical('<meta property="og:url" content="https://trusted-news.example/b">')).toBe('https://trusted-news.example/b');
    expect(canonical('<link rel="canonical" href="/c">')).toBe('https://ledger.example/c');
  });

  it.each([
    ['credentials that spell a host', 'https://ledger.example@evil.example/a'],
    ['a user and password', 'https://user:pw@ledger.example/a'],
    ['a user alone', 'https://user@ledger.example/a'],
    ['an empty user with a password', 'https://:pw@ledger.example/a'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<b>x</b>'],
    ['ftp:', 'ftp://ledger.example/a'],
    ['an unparsable host', 'https://exa mple.com/a'],
  ])('refuses a canonical with %s', (_name, href) => {
    expect(canonical(`<link rel="canonical" href="${href.replace(/"/g, '&quot;')}">`)).toBeNull();
    expect(canonical(`<meta property="og:url" content="${href.replace(/"/g, '&quot;')}">`)).toBeNull();
  });

  it('refuses a javascript: canonical hidden by whitespace and case', () => {
    expect(canonical('<link rel="canonical" href=" \tJaVa\nScRiPt:alert(1)">')).toBeNull();
    expect(canonical('<link rel="canonical" href="java&#x09;script:alert(1)">')).toBeNull();
  });

  it('resolves a relative canonical against the address read, not a <base> on another site', () => {
    expect(canonical('<base href="https://evil.example/"><link rel="canonical" href="/story">')).toBe('https://ledger.example/story');
  });

  it('does not take JSON-LD url or mainEntityOfPage for the canonical', () => {
    const ld = '{"@type":"NewsArticle","headline":"T","url":"https://evil.example/x","mainEntityOfPage":{"@id":"https://evil.example/y"}}';
    const d = doc(`<html><head><script type="application/ld+json">${ld}</script><title>T</title></head><body><p>x</p></body></html>`);
    expect(readMetadata(d, PAGE).canonicalUrl).toBeNull();
  });
});

describe('bylines and site names carry no bidi controls or invisible characters', () => {
  const PAGE = 'https://ledger.example/2024/10/09/story/';
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const text = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

  describe.each(HIDDEN_CHARS.map((c) => [codePoint(c), c]))('%s', (_code, c) => {
    const hide = (s: string) => hideIn(s, c);

    it('is removed from the byline and site name in meta tags', () => {
      const head = `<meta name="author" content="${attr(hide('Jane Roe'))}"><meta property="og:site_name" content="${attr(hide('The Ledger'))}"><title>T</title>`;
      const m = readMetadata(doc(`<html><head>${head}</head><body><p>x</p></body></html>`), PAGE);
      expect([m.byline, m.siteName]).not.toContainEqual(expect.stringMatching(HIDDEN));
      expect([m.byline, m.siteName].map(visible)).toEqual(['JaneRoe', 'TheLedger']);
    });

    it('is removed from the author and publisher in JSON-LD', () => {
      const ld = JSON.stringify({
        '@type': 'NewsArticle',
        headline: 'Council backs repairs',
        author: { '@type': 'Person', name: hide('Jane Roe') },
        publisher: { '@type': 'Organization', name: hide('The Ledger') },
      });
      const m = readMetadata(doc(`<html><head><script type="application/ld+json">${ld}</script></head><body><p>x</p></body></html>`), PAGE);
      expect([m.byline, m.siteName]).not.toContainEqual(expect.stringMatching(HIDDEN));
      expect([m.byline, m.siteName].map(visible)).toEqual(['JaneRoe', 'TheLedger']);
    });

    it('is removed from a rel=author byline and by cleanByline (Readability\'s byline and the signature line)', () => {
      const m = readMetadata(doc(`<html><head><title>T</title></head><body><a rel="author" href="/jane">${text(hide('Jane Roe'))}</a><p>x</p></body></html>`), PAGE);
      expect(m.byline).not.toMatch(HIDDEN);
      expect(visible(m.byline)).toBe('JaneRoe');
      expect(cleanByline(hide('By Jane Roe'))).not.toMatch(HIDDEN);
      expect(visible(cleanByline(hide('By Jane Roe')))).toBe('JaneRoe');
      const signature = bylineFromTrailingLine(['A long paragraph about the meeting.', hide('Minh Trí')]);
      expect(signature ?? '').not.toMatch(HIDDEN);
      // A space inside "Trí" leaves no name-shaped line (no signature, which is safe); anything dropped leaves the name.
      if (!SPACING.includes(c)) expect(signature).toBe('Minh Trí');
    });
  });

  it('a byline or site name made only of invisible characters is no byline or site name', () => {
    const blank = '\u3164\u200b\u202e\u2066\u{e0020}';
    const head = `<meta name="author" content="${blank}"><meta property="og:site_name" content="${blank}"><title>T</title>`;
    const m = readMetadata(doc(`<html><head>${head}</head><body><p>x</p></body></html>`), PAGE);
    expect(m.byline).toBeNull();
    expect(m.siteName).toBeNull();
    expect(cleanByline(blank)).toBeNull();
  });

  it('a URL hidden behind a bidi control is still no byline', () => {
    expect(cleanByline('\u202ehttps://evil.example/')).toBeNull();
  });

  it('a byline in a non-Latin script is not taken for a site name in another non-Latin script', () => {
    const read = (author: string, site: string) =>
      readMetadata(doc(`<html><head><meta name="author" content="${author}"><meta property="og:site_name" content="${site}"><title>T</title></head><body><p>x</p></body></html>`), PAGE).byline;
    expect(read('محمد رضا', 'חדשות היום')).toBe('محمد رضا');
    expect(read('王小明', '新闻网')).toBe('王小明');
    expect(read('新闻网', '新闻网')).toBeNull();
    expect(read('Báo Phú Yên', 'Bao Phu Yen')).toBeNull();
  });

  it('keeps the letters of right-to-left names and emoji variation selectors', () => {
    const head = `<meta name="author" content="\u202bمحمد رضا\u202c"><meta property="og:site_name" content="חדשות\u200f ❤\ufe0f"><title>T</title>`;
    const m = readMetadata(doc(`<html><head>${head}</head><body><p>x</p></body></html>`), PAGE);
    expect(m.byline).toBe('محمد رضا');
    expect(m.siteName).toBe('חדשות ❤\ufe0f');
  });
});
