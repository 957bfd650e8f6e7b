import { describe, expect, it } from 'vitest';
import { listFixtures, readExpected } from '../fixtures/fixture-files';
import { pathOf } from '../../src/core/url-path';

const parserPath = (url: string) => {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
};

describe('pathOf', () => {
  it('agrees with the URL parser on every fixture address and on addresses the shortcut must not take', () => {
    const urls = [
      ...listFixtures().map((slug) => readExpected(slug)!.url),
      'https://news.example',
      'https://news.example/',
      'https://news.example?q=x',
      'https://news.example#top',
      'HTTPS://News.Example:8080/A/b-c-d-e.html?x=1#y',
      'https://news.example/search?q=library&page=2',
      'https://news.example/a/./b/../c',
      'https://news.example/a/%2e%2E/c',
      'https://news.example/a/.%2e',
      'https://news.example/tin-tức/bài-viết-123.html',
      'https://news.example/a b/c',
      'https://news.example/a\\b',
      'https://news.example/a"b<c>d`e{f}g|h^i',
      'https://user:pass@news.example/private/page',
      'https://news.example/.well-known/x',
      'https://news.example/..a/b..',
      ' https://news.example/padded ',
      'http://[::1]:8080/v6/path',
      'file:///home/reader/saved/page.html',
      'about:blank',
      'not a url',
      '',
    ];
    for (const url of urls) expect(pathOf(url), url).toBe(parserPath(url));
  });
});
