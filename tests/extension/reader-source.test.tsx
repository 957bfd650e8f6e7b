// @vitest-environment jsdom
/**
 * Issue #14 item 10: where the reader and the popup's preview say the article is from, they name the host of the
 * address read (its ASCII form, so a homoglyph shows as xn--…), never the site name or canonical link the page
 * claims for itself.
 */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/core/article';
import { setFallbackMessages } from '../../src/extension/i18n';
import { ReaderView } from '../../src/extension/reader/reader-view';
import en from '../../public/_locales/en/messages.json';
import { readerArticle } from './reader-article';

vi.mock('../../src/extension/browser', () => ({ default: {} }));
const { DEFAULTS } = await import('../../src/extension/settings');

/** Read at evil-news.example: every test gives the page another claim about where it is from. */
const article = (over: Partial<Article> = {}) => readerArticle({ url: 'https://evil-news.example/2024/10/09/story', ...over });

beforeAll(() => setFallbackMessages(en));
afterEach(cleanup);

function shown(a: Article, compact = false) {
  const { container } = render(<ReaderView article={a} settings={DEFAULTS} compact={compact} />);
  const link = container.querySelector('.lr-footer a');
  return {
    site: container.querySelector('.lr-site')?.textContent ?? null,
    footer: link?.textContent ?? null,
    href: link?.getAttribute('href') ?? null,
    all: container.textContent ?? '',
  };
}

describe('the reader names the real host', () => {
  it.each([
    ['a canonical link to another site', { canonicalUrl: 'https://trusted-news.example/story' }],
    ['a canonical whose credentials spell another host', { canonicalUrl: 'https://trusted-news.example@evil-news.example/story' }],
    ['a canonical on another port of the host', { canonicalUrl: 'https://evil-news.example:8443/story' }],
    ['a site name of another publisher', { siteName: 'Trusted News' }],
    ['a homoglyph site name (Cyrillic letters)', { siteName: 'Тrustеd Nеws' }],
    ['a site name that is a host', { siteName: 'trusted-news.example' }],
  ])('%s: header and footer give the address read', (_name, over) => {
    const view = shown(article(over as Partial<Article>));
    expect(view.site).toBe('evil-news.example');
    expect(view.footer).toBe('Original article on evil-news.example');
    expect(view.href).toBe('https://evil-news.example/2024/10/09/story');
    expect(view.all).not.toMatch(/trusted|Тrustеd/i);
  });

  it('the popup preview (compact) names the real host too', () => {
    const view = shown(article({ siteName: 'Trusted News', canonicalUrl: 'https://trusted-news.example/story' }), true);
    expect(view.site).toBe('evil-news.example');
    expect(view.all).not.toMatch(/trusted/i);
  });

  it('an IDN host is shown in its ASCII form, so a look-alike of a known name is plain to see', () => {
    // "gооgle" with two Cyrillic o.
    const view = shown(article({ url: 'https://g\u043e\u043egle.example/news/a', siteName: 'Google News' }));
    expect(view.site).toBe('xn--ggle-55da.example');
    expect(view.footer).toBe('Original article on xn--ggle-55da.example');
    expect(view.href).toBe('https://xn--ggle-55da.example/news/a');
  });

  it('credentials in the address read are not shown as part of the host', () => {
    const view = shown(article({ url: 'https://trusted-news.example@evil-news.example/a' }));
    expect(view.site).toBe('evil-news.example');
    expect(view.footer).toBe('Original article on evil-news.example');
    expect(view.href).toBe('https://evil-news.example/a');
    expect(view.all).not.toMatch(/trusted/i);
  });

  it('a canonical on the same host still names that host', () => {
    const view = shown(article({ url: 'https://www.ledger.example/a?utm_source=x', canonicalUrl: 'https://www.ledger.example/a' }));
    expect(view.site).toBe('ledger.example');
    expect(view.footer).toBe('Original article on ledger.example');
  });

  it('an address that is not a web page gives no source line rather than the page\'s claims', () => {
    const view = shown(article({ url: 'file:///home/me/saved.html', canonicalUrl: 'https://trusted-news.example/story', siteName: 'Trusted News' }));
    expect(view.site).toBeNull();
    expect(view.footer).toBeNull();
    expect(view.all).not.toMatch(/trusted/i);
  });
});
