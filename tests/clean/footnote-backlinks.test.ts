import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/footnote-backlinks';
import { markdownBody } from '../../src/core/export/markdown';
import { extractFromHtml } from '../../src/node/index';
import { PROSE, run } from './helpers';

const NOTE_ONE = 'Council minutes, 4 March 2024, item 7.';
const NOTE_TWO = 'The figure includes the temporary site on Elm Avenue.';

/** Each site style: the body, with two references (the first cited twice in MediaWiki's) and their notes. */
const STYLES: Record<string, string> = {
  mediawiki:
    `<p>The council approved the plan.<sup id="cite_ref-minutes_1-0" class="reference"><a href="#cite_note-minutes-1">[1]</a></sup> It costs $4.2 million.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup> The vote was 4-1.<sup id="cite_ref-minutes_1-1" class="reference"><a href="#cite_note-minutes-1">[1]</a></sup></p>` +
    `<div class="reflist"><ol class="references"><li id="cite_note-minutes-1"><span class="mw-cite-backlink">^ <a href="#cite_ref-minutes_1-0"><sup><i><b>a</b></i></sup></a> <a href="#cite_ref-minutes_1-1"><sup><i><b>b</b></i></sup></a></span> <span class="reference-text">${NOTE_ONE}</span></li>` +
    `<li id="cite_note-2"><span class="mw-cite-backlink"><b><a href="#cite_ref-2">^</a></b></span> <span class="reference-text">${NOTE_TWO}</span></li></ol></div>`,
  'wordpress-block':
    `<p>The council approved the plan.<sup data-fn="5d0b" class="fn"><a href="#5d0b" id="5d0b-link">1</a></sup> It costs $4.2 million.<sup data-fn="77aa" class="fn"><a href="#77aa" id="77aa-link">2</a></sup></p>` +
    `<ol class="wp-block-footnotes"><li id="5d0b">${NOTE_ONE} <a href="#5d0b-link" aria-label="Jump to footnote reference 1">↩︎</a></li><li id="77aa">${NOTE_TWO} <a href="#77aa-link" aria-label="Jump to footnote reference 2">↩︎</a></li></ol>`,
  jetpack:
    `<p>The council approved the plan.<sup><a href="#footnote-1-4811" id="return-footnote-1-4811">1</a></sup> It costs $4.2 million.<sup><a href="#footnote-2-4811" id="return-footnote-2-4811">2</a></sup></p>` +
    `<ol class="footnotes"><li id="footnote-1-4811">${NOTE_ONE} <a href="#return-footnote-1-4811">↩</a></li><li id="footnote-2-4811">${NOTE_TWO} <a href="#return-footnote-2-4811">↩</a></li></ol>`,
  pandoc:
    `<p>The council approved the plan.<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a> It costs $4.2 million.<a href="#fn2" class="footnote-ref" id="fnref2" role="doc-noteref"><sup>2</sup></a></p>` +
    `<section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes"><hr><ol><li id="fn1"><p>${NOTE_ONE}<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li><li id="fn2"><p>${NOTE_TWO}<a href="#fnref2" class="footnote-back" role="doc-backlink">↩︎</a></p></li></ol></section>`,
  substack:
    `<p>The council approved the plan.<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" id="footnote-anchor-1" href="#footnote-1">1</a> It costs $4.2 million.<a class="footnote-anchor" id="footnote-anchor-2" href="#footnote-2">2</a></p>` +
    `<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-number" contenteditable="false">1</a><div class="footnote-content"><p>${NOTE_ONE}</p></div></div>` +
    `<div class="footnote"><a id="footnote-2" href="#footnote-anchor-2" class="footnote-number">2</a><div class="footnote-content"><p>${NOTE_TWO}</p></div></div>`,
  'ghost-markdown-it':
    `<p>The council approved the plan.<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a></sup> It costs $4.2 million.<sup class="footnote-ref"><a href="#fn2" id="fnref2">[2]</a></sup></p>` +
    `<hr class="footnotes-sep"><section class="footnotes"><ol class="footnotes-list"><li id="fn1" class="footnote-item"><p>${NOTE_ONE} <a href="#fnref1" class="footnote-backref">↩︎</a></p></li><li id="fn2" class="footnote-item"><p>${NOTE_TWO} <a href="#fnref2" class="footnote-backref">↩︎</a></p></li></ol></section>`,
};

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('footnote-backlinks', () => {
  for (const [style, body] of Object.entries(STYLES)) {
    it(`${style}: references link to numbered notes, the page's back-links become one ↩ each`, () => {
      const { root } = run(rule, body);
      const refs = Array.from(root.querySelectorAll('sup > a[href^="#fn-"]'));
      expect(refs.map((a) => a.getAttribute('href'))).toEqual(style === 'mediawiki' ? ['#fn-1', '#fn-2', '#fn-1'] : ['#fn-1', '#fn-2']);
      expect(refs.map((a) => a.getAttribute('id'))).toEqual(style === 'mediawiki' ? ['fnref-1', 'fnref-2', 'fnref-1-2'] : ['fnref-1', 'fnref-2']);
      const one = root.querySelector('[id="fn-1"]');
      const two = root.querySelector('[id="fn-2"]');
      expect(text(one)).toBe(`${NOTE_ONE} ↩`);
      expect(text(two)).toBe(`${NOTE_TWO} ↩`);
      expect(Array.from(one!.querySelectorAll('a'), (a) => a.getAttribute('href'))).toEqual(['#fnref-1']);
      expect(text(root)).not.toMatch(/\^|↩︎/);
    });
  }

  it('reads a mark whose link has a malformed escape as written, and still finds the notes after it', () => {
    const body = `<p>The council approved the plan.<sup><a href="#%zz">1</a></sup> It costs $4.2 million.<sup><a href="#fn2">2</a></sup></p>` +
      `<ol><li id="%zz">${NOTE_ONE}</li><li id="fn2">${NOTE_TWO}</li></ol>`;
    const { root } = run(rule, body);
    expect(root.querySelectorAll('[id^="fn-"]').length).toBe(2);
  });

  it('leaves in-page links that are not references: a table of contents, a note that is gone', () => {
    const body = '<p><a href="#history">1</a> History</p><p>Text with a mark<sup><a href="#missing">2</a></sup>.</p><h2 id="history">History</h2><p>The branch opened in 1968.</p>';
    const { root } = run(rule, body);
    expect(root.innerHTML).toBe(body);
  });
});

describe('footnotes through the pipeline', () => {
  const page = (body: string) =>
    `<!doctype html><html><head><title>Library repairs approved</title></head><body><main><article><h1>Library repairs approved</h1><p>${PROSE[0]}</p><p>${PROSE[1]}</p>${body}<p>${PROSE[2]}</p></article></main></body></html>`;

  for (const style of ['mediawiki', 'pandoc', 'substack', 'ghost-markdown-it']) {
    it(`${style}: [^N] and [^N]: definitions in Markdown, linked in the reader's HTML, no arrows in the text`, async () => {
      const article = await extractFromHtml(page(STYLES[style]), 'https://news.example/library');
      const md = markdownBody(article);
      expect(md).toMatch(/The council approved the plan\.\[\^1\] It costs \\?\$4\.2 million\.\[\^2\]/);
      expect(md).toContain(`[^1]: ${NOTE_ONE}`);
      expect(md).toContain(`[^2]: ${NOTE_TWO}`);
      expect(md).not.toMatch(/↩|\^(?!\d)/);
      expect(article.html).toMatch(/<a (?:href="#fn-1" id="fnref-1"|id="fnref-1" href="#fn-1")>/);
      expect(article.html).toMatch(/id="fn-1"/);
      expect(article.html).toContain('<a href="#fnref-1">↩</a>');
      expect(article.text).not.toMatch(/↩|\^/);
      expect(article.text).toContain(NOTE_ONE);
    });
  }
});
