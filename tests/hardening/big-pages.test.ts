/**
 * Giant and pathological pages, generated here: detection stays fast, extraction returns an Article or refuses
 * with ExtractError('too-large') quickly. Bounds are generous (they catch quadratic or runaway behaviour, not
 * speed regressions); the measured times are printed.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article';
import { detectArticle } from '../../src/core/detect/detect';
import { ExtractError, extractArticle, MAX_DEPTH } from '../../src/core/extract';
import { nodeSanitizer } from '../../src/node/index';
import { articleProblems } from './article-validator';

const URL_ = 'https://ledger.example/2024/10/09/a-very-large-page-indeed/';
const SENTENCE = 'The council spent the evening on the library budget, which was cut three years in a row while visits rose. ';
const page = (body: string) => `<!doctype html><html lang="en"><head><title>A large page</title></head><body>${body}</body></html>`;

const PAGES: [string, () => string][] = [
  ['125,000 elements', () => page(`<article>${Array.from({ length: 25_000 }, (_, i) => `<div><p>Line ${i} of a list.</p><span>x</span><b>y</b></div>`).join('')}</article>`)],
  ['5,000 levels of <div>', () => page(`${'<div>'.repeat(5000)}<p>${SENTENCE.repeat(5)}</p>${'</div>'.repeat(5000)}`)],
  ['5,000 levels of <p><span> (quirky nesting)', () => page(`${`<p>${SENTENCE}<span>`.repeat(5000)}${'</span></p>'.repeat(5000)}`)],
  ['10 MB of text in one paragraph', () => page(`<article><p>${'word '.repeat(2_000_000)}</p></article>`)],
  ['10 MB of text in 10,000 paragraphs', () => page(`<article>${`<p>${SENTENCE.repeat(9)}</p>`.repeat(10_000)}</article>`)],
  // ASP.NET sites wrap the whole page in one <form>: the detector asks each paragraph whether it sits in a sign-up form.
  ['10,000 paragraphs in a page-wide <form>', () => page(`<form>${'<a href="/x">x</a>'.repeat(50)}<article>${`<p>${SENTENCE.repeat(2)}</p>`.repeat(10_000)}</article></form>`)],
  ['a 2,000 x 20 table', () => page(`<table>${Array.from({ length: 2000 }, (_, r) => `<tr>${Array.from({ length: 20 }, (_, c) => `<td>r${r} c${c}</td>`).join('')}</tr>`).join('')}</table>`)],
  ['50,000 consecutive <br>', () => page(`<div>${'a line of verse<br>'.repeat(50_000)}</div>`)],
];

describe.each(PAGES)('%s', (name, make) => {
  it('detects within 3 s and extracts or refuses as too-large within 60 s', () => {
    const document = parseHTML(make()).document as unknown as Document;
    let t = performance.now();
    const detection = detectArticle(document, URL_);
    const detectMs = performance.now() - t;
    t = performance.now();
    let outcome: Article | ExtractError;
    try {
      outcome = extractArticle(document, URL_, { sanitize: nodeSanitizer() });
    } catch (err) {
      if (!(err instanceof ExtractError)) throw err;
      outcome = err;
    }
    const extractMs = performance.now() - t;
    const summary = outcome instanceof ExtractError ? `${outcome.code}: ${outcome.message}` : `${outcome.paragraphs.length} paragraphs`;
    console.log(`[big-pages] ${name}: detect ${detectMs.toFixed(0)} ms (score ${detection.score}), extract ${extractMs.toFixed(0)} ms -> ${summary}`);
    expect(detectMs).toBeLessThan(3000);
    expect(extractMs).toBeLessThan(60_000);
    if (outcome instanceof ExtractError) {
      expect(outcome.code).toBe('too-large');
      expect(outcome.message).toMatch(/more than/);
    } else {
      expect(articleProblems(outcome)).toEqual([]);
    }
  }, 120_000);
});

describe('the budget', () => {
  it(`refuses nesting deeper than ${MAX_DEPTH} before any work, and reads a page just within it`, () => {
    const deep = (n: number) => parseHTML(page(`${'<div>'.repeat(n)}<p>${SENTENCE.repeat(5)}</p>${'</div>'.repeat(n)}`)).document as unknown as Document;
    expect(() => extractArticle(deep(MAX_DEPTH + 10), URL_, { sanitize: nodeSanitizer() })).toThrow(/levels deep/);
    const a = extractArticle(deep(100), URL_, { sanitize: nodeSanitizer() });
    expect(a.paragraphs[0]).toContain('The council spent the evening');
  });

  it('counts elements on linkedom too (where getElementsByTagName("*") is empty and Readability never aborts)', () => {
    const document = parseHTML(page(`<article>${'<p>Short line.</p>'.repeat(2000)}</article>`)).document as unknown as Document;
    expect(() => extractArticle(document, URL_, { sanitize: nodeSanitizer(), maxElements: 1000 })).toThrow(ExtractError);
  });

  it('does not count script text (framework pages carry megabytes of JSON) against the text budget', () => {
    const json = `<script type="application/json">${JSON.stringify({ data: 'x'.repeat(4_000_000) })}</script>`;
    const document = parseHTML(page(`<article><h1>A large page</h1>${Array.from({ length: 8 }, (_, i) => `<p>Part ${i + 1}. ${SENTENCE.repeat(3)}</p>`).join('')}</article>${json}`)).document as unknown as Document;
    expect(extractArticle(document, URL_, { sanitize: nodeSanitizer() }).paragraphs.length).toBeGreaterThanOrEqual(8);
  });
});
