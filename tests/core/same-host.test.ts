import { describe, expect, it } from 'vitest';
import { onSameHost } from '../../src/core/metadata/same-host';

const READ = 'https://news.example/2024/story?utm_source=x';

describe('onSameHost: may the page\'s canonical stand for the address read', () => {
  it.each([
    ['the same URL', READ],
    ['another path on the host', 'https://news.example/other'],
    ['the host in capitals', 'https://NEWS.Example/a'],
    ['the default port written out', 'https://news.example:443/a'],
  ])('yes: %s', (_name, candidate) => expect(onSameHost(candidate, READ)).toBe(true));

  it.each([
    ['another domain', 'https://trusted.example/a'],
    ['a subdomain', 'https://www.news.example/a'],
    ['a parent domain', 'https://example/a'],
    ['a look-alike ending', 'https://evilnews.example/a'],
    ['the host as a subdomain of another', 'https://news.example.evil.example/a'],
    ['a trailing dot', 'https://news.example./a'],
    ['a homoglyph (Cyrillic е)', 'https://n\u0435ws.example/a'],
    ['credentials spelling the host', 'https://news.example@evil.example/a'],
    ['credentials on the host', 'https://u:p@news.example/a'],
    ['an empty user with a password', 'https://:p@news.example/a'],
    ['another port', 'https://news.example:8443/a'],
    ['a downgrade to http', 'http://news.example/a'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,x'],
    ['ftp:', 'ftp://news.example/a'],
    ['a relative URL', '/a'],
    ['garbage', 'https://exa mple/a'],
  ])('no: %s', (_name, candidate) => expect(onSameHost(candidate, READ)).toBe(false));

  it('http may become https on the default ports only', () => {
    expect(onSameHost('https://news.example/a', 'http://news.example/a')).toBe(true);
    expect(onSameHost('https://news.example:8080/a', 'http://news.example:8080/a')).toBe(false);
    expect(onSameHost('https://news.example/a', 'http://news.example:8080/a')).toBe(false);
  });

  it('IP addresses and IDN hosts compare in the parser\'s normal form', () => {
    expect(onSameHost('http://127.0.0.1:8000/b', 'http://127.0.0.1:8000/a')).toBe(true);
    expect(onSameHost('http://0x7f.1:8000/b', 'http://127.0.0.1:8000/a')).toBe(true);
    expect(onSameHost('http://127.0.0.2:8000/b', 'http://127.0.0.1:8000/a')).toBe(false);
    expect(onSameHost('https://bücher.example/b', 'https://xn--bcher-kva.example/a')).toBe(true);
  });

  it('nothing stands for an address that is not a web address', () => {
    expect(onSameHost('https://news.example/a', 'file:///home/me/page.html')).toBe(false);
    expect(onSameHost('https://news.example/a', 'not a url')).toBe(false);
  });
});
