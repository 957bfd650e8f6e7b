/**
 * Hostile pages: each fixture in hostile/ is an ordinary article with one family of payloads inside its body. Every
 * executable part of a payload carries the marker PWNED, so "no output contains PWNED" means no payload survived,
 * in any form, into the article HTML or any export; the structural walk checks the HTML independently of markers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract';
import { nodeSanitizer } from '../../src/node/index';
import { outputProblems } from './outputs';

const DIR = fileURLToPath(new URL('./hostile/', import.meta.url));
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.html')).sort();
const URL_ = 'https://ledger.example/2024/10/09/council-backs-repairs-to-library/';
const MARKER = /pwned/i;

describe.each(FILES)('hostile/%s', (file) => {
  const html = readFileSync(DIR + file, 'utf8');

  it('has payloads to test (the fixture is not empty)', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(13);
    expect(html).toMatch(MARKER);
  });

  it('on linkedom with the Node sanitiser: the article is read, nothing hostile survives in html or any export', () => {
    const article = extractArticle(parseHTML(html).document as unknown as Document, URL_, { sanitize: nodeSanitizer() });
    expect(article.text).toContain('leaking roof');
    expect(outputProblems(article, MARKER)).toEqual([]);
  });

  it('on jsdom with the default sanitiser: the article is read, nothing hostile survives in html or any export', () => {
    const document = new JSDOM(html, { url: URL_ }).window.document as unknown as Document;
    const article = extractArticle(document, URL_);
    expect(article.text).toContain('leaking roof');
    expect(outputProblems(article, MARKER)).toEqual([]);
  });
});
