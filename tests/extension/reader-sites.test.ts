import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/extension/browser', () => ({ default: {} }));
const { normalizeSites, siteOf, sitePattern } = await import('../../src/extension/reader-sites');

describe('reader sites', () => {
  it('a site is the http(s) origin of an address; other schemes and bad addresses have none', () => {
    expect(siteOf('https://News.Example.com:443/a/b?c#d')).toBe('https://news.example.com');
    expect(siteOf('http://127.0.0.1:8080/x')).toBe('http://127.0.0.1:8080');
    expect(siteOf('file:///tmp/a.html')).toBeNull();
    expect(siteOf('chrome://newtab/')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
    expect(siteOf(undefined)).toBeNull();
    expect(sitePattern('https://a.example')).toBe('https://a.example/*');
  });

  it('what storage holds becomes sorted distinct origins; anything else is dropped', () => {
    expect(normalizeSites(['https://b.example', 'https://a.example', 'https://b.example', 'https://c.example/path', 'ftp://d.example', 7, null])).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
    expect(normalizeSites('https://a.example')).toEqual([]);
    expect(normalizeSites(undefined)).toEqual([]);
  });
});
