/**
 * Markdown exports of hostile pages, rendered by commonmark, markdown-it (html on) and marked: no element or
 * attribute outside what plain Markdown produces, no URL but http(s)/mailto, whatever the page held. Each variant
 * runs through the exporter directly (turndown's own parser and linkedom, as the extension and the CLI call it)
 * and through the whole pipeline (parse, extract, sanitise, export) on linkedom and jsdom.
 */
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article';
import { toMarkdown } from '../../src/core/export/markdown';
import { extractArticle } from '../../src/core/extract';
import { nodeSanitizer } from '../../src/node/index';
import { buildArticle } from '../export/article-factory';
import { CTX } from './outputs';
import { HOSTILE_MARKDOWN_VARIANTS, hostilePage, TEXT_PAYLOADS, type HostileVariant } from './export-hostile-markdown';
import { markdownProblems, RENDERERS } from './export-markdown-renderers';

const BASE = buildArticle('kellerton-council-library');
const URL_ = 'https://ledger.example/2024/10/09/library-repairs-approved/';
/** Raw control characters a terminal acts on; the export never writes them (CR only as part of nothing here). */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function articleOf(variant: HostileVariant): Article {
  return { ...BASE, html: variant.html, ...(variant.fields ?? {}) } as Article;
}

/** Problems already found for a Markdown text: the two parsers mostly give the same text, rendered once. */
const seen = new Map<string, string[]>();

function check(markdown: string): string[] {
  const known = seen.get(markdown);
  if (known) return known;
  const problems = markdownProblems(markdown);
  const control = CONTROL.exec(markdown);
  if (control) problems.push(`raw control U+${control[0].charCodeAt(0).toString(16).padStart(4, '0')} in the Markdown`);
  seen.set(markdown, problems);
  return problems;
}

describe('Markdown export of hostile article HTML, rendered', () => {
  it('has many variants', () => {
    expect(HOSTILE_MARKDOWN_VARIANTS.length).toBeGreaterThan(300);
  });

  it.each(HOSTILE_MARKDOWN_VARIANTS.map((v) => [v.name, v] as const))('%s', (_name, variant) => {
    const article = articleOf(variant);
    expect(check(toMarkdown(article, { ...CTX, parse: undefined }))).toEqual([]);
    expect(check(toMarkdown(article, CTX))).toEqual([]);
  });
});

describe('Markdown export keeps hostile code as code', () => {
  const fences = HOSTILE_MARKDOWN_VARIANTS.filter((v) => v.name.startsWith('fence '));

  it.each(fences.map((v) => [v.name, v] as const))('%s: every renderer shows the whole block as one code block', (_name, variant) => {
    const markdown = toMarkdown(articleOf(variant), CTX);
    const code = new JSDOM(`<pre><code>${/<code>([\s\S]*)<\/code>/.exec(variant.html)![1]}</code></pre>`).window.document.querySelector('code')!.textContent!;
    for (const render of Object.values(RENDERERS)) {
      const doc = new JSDOM(render(markdown)).window.document;
      const blocks = Array.from(doc.querySelectorAll('pre > code')).map((el) => el.textContent!.replace(/\n$/, ''));
      expect(blocks).toEqual([code]);
      expect(doc.body.textContent).toContain('After.');
    }
  });

  it('an inline wrapper around a code block keeps its text as code, on one line', () => {
    const markdown = toMarkdown({ ...BASE, html: `<p>See <a href="https://example.org/x"><pre><code>a\n${TEXT_PAYLOADS[0].replace(/</g, '&lt;')}</code></pre></a></p>` }, CTX);
    for (const render of Object.values(RENDERERS)) {
      const doc = new JSDOM(render(markdown)).window.document;
      expect(Array.from(doc.querySelectorAll('code')).map((c) => c.textContent)).toEqual([`a ${TEXT_PAYLOADS[0]}`]);
      expect(doc.querySelector('a[href="https://example.org/x"]')).not.toBeNull();
    }
  });
});

describe('hostile pages through the whole pipeline, exported as Markdown and rendered', () => {
  // Every variant as the CLI reads it (linkedom, the Node sanitiser); every fourth also as the extension does
  // (a browser-grade DOM, DOMPurify, turndown's own parser), which costs three times as much.
  it.each(HOSTILE_MARKDOWN_VARIANTS.map((v, i) => [v.name, v, i] as const))('%s', (_name, variant, i) => {
    const page = hostilePage(variant);
    const onLinkedom = extractArticle(parseHTML(page).document as unknown as Document, URL_, { sanitize: nodeSanitizer() });
    expect(onLinkedom.text).toContain('leaking roof');
    expect(check(toMarkdown(onLinkedom, CTX))).toEqual([]);
    if (i % 4 !== 0) return;
    const onJsdom = extractArticle(new JSDOM(page, { url: URL_ }).window.document as unknown as Document, URL_);
    expect(check(toMarkdown(onJsdom, { ...CTX, parse: undefined }))).toEqual([]);
  });
});
