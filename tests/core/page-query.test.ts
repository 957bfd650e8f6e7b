import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ExtractError } from '../../src/core/extract-error';
import { indexPage } from '../../src/core/page/page-index';
import { indexQuery, parseSelector } from '../../src/core/page/index-query';
import { nativeQuery } from '../../src/core/page/page-query';
import { FIXTURES_DIR, listFixtures } from '../fixtures/fixture-files';

const SRC = fileURLToPath(new URL('../../src/core/', import.meta.url));

/** Every selector the core asks a PageQuery for, read from the source so a new one is covered the day it is added. */
function coreSelectors(): string[] {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.ts')) {
        for (const m of readFileSync(path, 'utf8').matchAll(/query\.(?:all|one|count)\('([^']+)'\)/g)) found.add(m[1]);
      }
    }
  };
  walk(SRC);
  return [...found];
}

// Shapes the grammar allows beyond the core's own selectors: class tokens vs substrings, value operators, flags,
// attribute-name case, chains of three.
const EXTRA = [
  '.pagination', 'div.content p', '[class~="story"]', 'a[href^="https"]', 'a[href$=".html"]', 'img[alt]',
  'meta[NAME="description"]', 'section article p', 'nav a[href]', 'ul li a', '*[data-id]', 'div[id*="ad" i]',
];

const SAMPLE = `<!doctype html><html lang="en"><head>
  <script type="Application/LD+JSON">{"@type":"NewsArticle"}</script><meta NAME="description" content="d">
  <meta http-equiv="Content-Language" content="en"><link rel="Canonical" href="/a"></head><body>
  <div class="content pagination-wrap"><p>one</p><div class="pagination"><a href="https://x/2.html" rel="next">2</a></div></div>
  <template><p>template text</p><h2><a href="/t">in a template</a></h2></template>
  <noscript><img alt="fallback" src="/n.png"></noscript>
  <section><article><a href="/x"><h2>linked heading</h2></a><p class="story lead">two</p></article></section>
  <a href="/y"><div><article><h2>article inside a link</h2></article></div></a>
  <h3><span><a href="/z">deep link</a></span></h3><ul><li><a href="/l">item</a></li></ul>
  <div id="top-AD-slot" data-id="1">ad</div><form><input type="email" name="e"></form>
</body></html>`;

type Dom = 'linkedom' | 'jsdom';
const parse = (html: string, dom: Dom): Document =>
  dom === 'linkedom' ? (parseHTML(html).document as unknown as Document) : new JSDOM(html).window.document;

function expectSameAsNative(doc: Document, selectors: string[], label: string): void {
  const native = nativeQuery(doc);
  const indexed = indexQuery(indexPage(doc));
  for (const selector of selectors) {
    expect(indexed.all(selector), `${label}: ${selector}`).toEqual(native.all(selector));
    expect(indexed.one(selector), `${label}: first ${selector}`).toBe(native.one(selector));
    expect(indexed.count(selector), `${label}: count ${selector}`).toBe(native.count(selector));
  }
}

describe('indexQuery answers as the DOM\'s own querySelectorAll does', () => {
  const selectors = [...coreSelectors(), ...EXTRA];

  it('covers the selectors the core uses (read from src/core)', () => {
    expect(selectors.length).toBeGreaterThan(15);
    expect(selectors).toContain('p, figcaption');
  });

  for (const dom of ['linkedom', 'jsdom'] as const) {
    it(`on a page of edge cases (${dom}): templates, noscript, nesting, case rules`, () => {
      expectSameAsNative(parse(SAMPLE, dom), selectors, dom);
    });

    it(`on every golden fixture page (${dom})`, () => {
      for (const slug of listFixtures()) {
        const html = readFileSync(join(FIXTURES_DIR, slug, 'page.html'), 'utf8');
        expectSameAsNative(parse(html, dom), selectors, `${slug} (${dom})`);
      }
    });
  }

  it('refuses selectors outside its grammar instead of matching them differently', () => {
    for (const s of ['a > b', 'p + p', 'li ~ li', '#main', 'p:first-child', 'a:not([href])', "a[href='x']", '[x=y]', '']) {
      expect(() => parseSelector(s), s).toThrow(/unsupported selector/);
    }
  });

  it('reads attribute values live: an attribute removed after indexing no longer matches', () => {
    const doc = parse('<html><body><img name="x" src="/a.png"><img src="/b.png"></body></html>', 'linkedom');
    const query = indexQuery(indexPage(doc));
    expect(query.all('img[name]')).toHaveLength(1);
    doc.querySelector('img[name]')!.removeAttribute('name');
    expect(query.all('img[name]')).toHaveLength(0);
  });
});

describe('indexPage', () => {
  it('records each element\'s subtree as a range of positions', () => {
    const doc = parse('<html><head></head><body><div><p>a<b>b</b></p><p>c</p></div></body></html>', 'linkedom');
    const { elements, ends, tags } = indexPage(doc);
    expect(tags).toEqual(Array.from(doc.querySelectorAll('*'), (el) => el.localName));
    expect(tags.slice(-4)).toEqual(['div', 'p', 'b', 'p']);
    const at = (tag: string, n = 0) => tags.indexOf(tag, n);
    expect(ends[0]).toBe(elements.length - 1);
    expect(ends[at('div')]).toBe(elements.length - 1);
    expect(ends[at('p')]).toBe(at('b'));
    expect(ends[at('b')]).toBe(at('b'));
  });

  it('notes whether any shown text could hold a template placeholder ("{" or "<%"), script text aside', () => {
    const page = (body: string) => indexPage(parse(`<html><body>${body}</body></html>`, 'linkedom')).templateMarkers;
    expect(page('<p>Plain prose.</p><script>var x = {a: 1};</script><style>p { color: red }</style>')).toBe(false);
    expect(page('<p>{name} - {time}</p>')).toBe(true);
    expect(page('<p>Posted by <%= user %></p>')).toBe(true);
  });

  it('does not count text inside script, style or noscript, and stops at the text budget', () => {
    const script = `<script>${'x'.repeat(3_100_000)}</script>`;
    expect(() => indexPage(parse(`<html><body>${script}<p>short</p></body></html>`, 'linkedom'))).not.toThrow();
    const prose = `<p>${'word '.repeat(650_000)}</p>`;
    expect(() => indexPage(parse(`<html><body>${prose}</body></html>`, 'linkedom'))).toThrow(ExtractError);
  });

  it('walks a form whose controls shadow the tree properties it reads (nextSibling, firstChild, nodeType, localName)', () => {
    const doc = parse('<html><body><form id="f"><input name="a"><input name="b"></form><p>after</p></body></html>', 'linkedom');
    const expected = Array.from(doc.querySelectorAll('*'), (el) => el.localName);
    const form = doc.getElementById('f')!;
    const input = form.querySelector('input')!;
    // Browsers expose named controls as properties of the form, shadowing the prototype's getters; Node DOMs do
    // not, so they are stood up here (for the properties this DOM defines as getters, as browsers do).
    const shadowed = ['nextSibling', 'firstChild', 'nodeType', 'localName'].filter((name) => !Object.hasOwn(form, name));
    expect(shadowed).toEqual(expect.arrayContaining(['nextSibling', 'firstChild']));
    for (const name of shadowed) Object.defineProperty(form, name, { value: input, configurable: true });
    expect((form as unknown as { nextSibling: unknown }).nextSibling).toBe(input);
    expect(indexPage(doc).tags).toEqual(expected);
  });
});
