/**
 * detectArticle answers the readerable signal from its own paragraph pass when it can, and asks Readability's
 * isProbablyReaderable otherwise (with a cheaper but equivalent visibility test). Either way the signal must be
 * exactly Readability's verdict: checked on every fixture and on pages built to defeat the shortcut.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../src/core/detect/detect';
import { fixturePath, listFixtures } from '../fixtures/fixture-files';

const LONG = 'The river rose overnight and the ferry stopped running, so the market moved to the school yard where farmers '.repeat(2);
const page = (body: string) => `<!doctype html><html><head><title>Flood</title></head><body>${body}</body></html>`;
const times = (n: number, html: string) => html.repeat(n);

/** Pages where long paragraphs exist but Readability does not count them, and pages it counts another way. */
const CASES: Record<string, string> = {
  'plain long paragraphs': page(times(4, `<p>${LONG}</p>`)),
  'hidden paragraphs': page(times(6, `<p hidden>${LONG}</p>`)),
  'display:none paragraphs': page(times(6, `<p style="display: none">${LONG}</p>`)),
  'styled but visible paragraphs': page(times(6, `<p style="color: red">${LONG}</p>`)),
  'aria-hidden paragraphs': page(times(6, `<p aria-hidden="true">${LONG}</p>`)),
  'aria-hidden fallback images': page(times(6, `<p aria-hidden="true" class="fallback-image">${LONG}</p>`)),
  'paragraphs in list items': page(`<ul>${times(6, `<li><p>${LONG}</p></li>`)}</ul>`),
  'paragraphs with unlikely classes': page(times(6, `<p class="sidebar">${LONG}</p>`)),
  'unlikely but maybe a candidate': page(times(6, `<p class="sidebar-article">${LONG}</p>`)),
  'preformatted text only': page(times(6, `<pre>${LONG}</pre>`)),
  'text between line breaks': page(`<div>${times(6, `${LONG}<br>`)}</div>`),
  'just under the score': page(times(2, `<p>${'x'.repeat(140 + 199)}</p>`)), // 2 × sqrt(199) < 20
  'just over the score': page(times(2, `<p>${'x'.repeat(140 + 201)}</p>`)), // 2 × sqrt(201) > 20
  'short paragraphs': page(times(20, '<p>Short.</p>')),
};

const readerableSignal = (doc: Document) => detectArticle(doc, 'https://news.example/a/b').signals.some((s) => s.name === 'readerable');
const parsers = {
  linkedom: (html: string) => parseHTML(html).document as unknown as Document,
  jsdom: (html: string) => new JSDOM(html).window.document,
};

describe('the readerable signal is isProbablyReaderable’s verdict', () => {
  for (const [parser, parse] of Object.entries(parsers)) {
    it(`on pages built around its rules (${parser})`, () => {
      const verdicts = new Set<boolean>();
      for (const [name, html] of Object.entries(CASES)) {
        const expected = isProbablyReaderable(parse(html));
        verdicts.add(expected);
        expect(readerableSignal(parse(html)), name).toBe(expected);
      }
      expect([...verdicts].sort()).toEqual([false, true]); // both answers are exercised
    });

    it(`on every fixture page (${parser})`, () => {
      for (const slug of listFixtures()) {
        const html = readFileSync(fixturePath(slug, 'page.html'), 'utf8');
        expect(readerableSignal(parse(html)), slug).toBe(isProbablyReaderable(parse(html)));
      }
    });
  }
});
