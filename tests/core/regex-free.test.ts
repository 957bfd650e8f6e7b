/**
 * The detector's string scanners (address signals, title key, JSON-LD unwrapping and type names) give exactly
 * what the regular expressions they replaced gave: on real addresses and titles, on
 * hand-picked edge cases, and on generated strings built from the characters each one cares about.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addressSignals } from '../../src/core/detect/address-signals';
import { typesOf, unwrap } from '../../src/core/metadata/jsonld';
import { titleKey } from '../../src/core/detect/title-key';
import { listFixtures, loadDocument, readExpected } from '../fixtures/fixture-files';
import { addressSignalsByRegex, localNameByRegex, titleKeyByRegex, unwrapByRegex } from './regex-oracles';

const parserPath = (url: string) => {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
};
const RUNS = { numRuns: 3000, seed: 20261126 };

/** Strings made of pieces that matter to URL parsing and to the address patterns. */
const urlArb = fc
  .tuple(
    fc.constantFrom('http://', 'https://', 'HTTPS://', 'Http://', 'ftp://', 'file:///', 'about:', '', ' https://'),
    fc.constantFrom('news.example', 'News.Example:8080', 'user@news.example', '', '[::1]', 'tin.vn'),
    fc.array(
      fc.constantFrom(
        '/', '/', '/', 'a', 'b-c', '-', '--', 'tag', 'TAG', 'tags', 'category', 'chuyen-muc', 'page', 'search', 'tim-kiem',
        'council-backs-library-repairs', '2024', '12345', '.html', '.htm', '.HTML', '.', '..', '%2e', '%2E', '?', '#', '&',
        '=', 'q=', 's=', 'query=', 'keyword=', 'tu-khoa=', 'x', ' ', '\\', '"', '|', '^', '@', '~', 'ü', 'tức', '\u212a',
        '\t', ':', ';', '_',
      ),
      { maxLength: 14 },
    ),
  )
  .map(([scheme, host, parts]) => scheme + host + parts.join(''));

describe('addressSignals', () => {
  it('gives the signals the regular expressions gave, on fixture addresses and generated addresses', () => {
    const same = (url: string) => {
      expect(addressSignals(url), url).toEqual(addressSignalsByRegex(url, parserPath(url)));
      // The content script hands over location.pathname: the same answer.
      expect(addressSignals(url, parserPath(url)), url).toEqual(addressSignalsByRegex(url, parserPath(url)));
    };
    for (const slug of listFixtures()) same(readExpected(slug)!.url);
    for (const url of [
      'https://news.example/', 'https://news.example/search?q=flood', 'https://news.example/tim-kiem/lu-lut',
      'https://news.example/tag/', 'https://news.example/tag/floods/', 'https://news.example/a/category/x/y',
      'https://news.example/2024/10/20241009123.html', 'https://news.example/x?Q=1', 'https://news.example/x?\u212aeyword=1',
      'https://news.example/?p=2895', 'https://news.example/?lang=de&id=12#top', 'https://news.example/#x?p=1', 'https://news.example/?p=12a', 'https://news.example/?=7',
    ]) same(url);
    fc.assert(fc.property(urlArb, (url) => {
      expect(addressSignals(url), url).toEqual(addressSignalsByRegex(url, parserPath(url)));
    }), RUNS);
  });
});

describe('titleKey', () => {
  it('gives the key the regular expression gave, on fixture headlines and titles and on generated text', () => {
    for (const slug of listFixtures()) {
      const doc = loadDocument(slug);
      for (const s of [doc.title, doc.querySelector('h1')?.textContent ?? '']) expect(titleKey(s)).toBe(titleKeyByRegex(s));
    }
    const separators = ' \t\n\u000b\u00a0\u1680\u2000\u200b\u2028\u202f\u205f\u3000\ufeff!/:@[`{~\u00bf\u2014\u20ac\u2122\u3001\uff01\uff0f\u180e\u001f';
    const textArb = fc.array(
      fc.oneof(fc.constantFrom(...separators.split('')), fc.constantFrom('a', 'B', 'Ư', 'ờ', 'e\u0301', '中', 'İ', '\u212a', '1'), fc.string({ unit: 'binary', maxLength: 3 })),
      { maxLength: 20 },
    ).map((a) => a.join(''));
    fc.assert(fc.property(textArb, (s) => titleKey(s) === titleKeyByRegex(s)), RUNS);
  });
});

describe('JSON-LD unwrapping and type names', () => {
  it('unwraps and names types as the regular expressions did', () => {
    const piece = fc.constantFrom('<!--', '-->', '//<![CDATA[', '//]]>', ' ', '\n', '\u00a0', '\ufeff', '{"@type":"NewsArticle"}', '[', ']', '-', '/', '>');
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }).map((a) => a.join('')), (raw) => unwrap(raw) === unwrapByRegex(raw)), RUNS);
    const typeArb = fc.array(fc.constantFrom('https:', '//', '/', '#', 'schema.org', 'NewsArticle', '\n', '\r', '\u2028', 'x', ''), { maxLength: 8 }).map((a) => a.join(''));
    fc.assert(fc.property(typeArb, (t) => {
      expect(typesOf({ '@type': [t, 5] })).toEqual([localNameByRegex(t)]);
    }), RUNS);
  });
});
