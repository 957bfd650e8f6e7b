/**
 * The sanitiser drops, before DOMPurify parses the article, the attributes DOMPurify would drop anyway and unwraps the
 * elements it would unwrap (sanitize.ts): its output must be exactly what DOMPurify makes of the untouched article,
 * including where an attribute changes how the markup parses (a font in SVG, an annotation-xml in MathML) and where
 * DOMPurify drops an element with its content.
 */
import { readdirSync, readFileSync } from 'node:fs';
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { addArticleHooks, ARTICLE_SANITIZE_CONFIG } from '../../src/core/sanitize';
import { nodeSanitizer } from '../../src/node/index';

const purify = createDOMPurify(new JSDOM('<!doctype html><html><body></body></html>').window as unknown as Parameters<typeof createDOMPurify>[0]);
addArticleHooks(purify);

/** The article as extraction leaves it: an element of a linkedom page. */
const article = (markup: string) =>
  parseHTML(`<!doctype html><html><body><div>${markup}</div></body></html>`).document.body.firstElementChild as unknown as Element;

const CASES: Record<string, string> = {
  'classes, styles, ids, data and event attributes': '<p class="lead" style="color:red" id="x" data-x="1" onclick="go()">Text <a href="/a" class="l" title="t">link</a></p>',
  'allowed attributes': '<img src="/i.png" alt="a &lt; b" width="3" height="4"><time datetime="2024">May</time><q cite="/c" lang="en" dir="rtl">q</q><td colspan="2">c</td>',
  'a font with a color breaks out of SVG (its text kept), one without stays in (dropped with it)': '<svg><font color="red">out</font></svg><svg><font>in</font></svg>',
  'MathML annotation-xml with an encoding': '<math><annotation-xml encoding="text/html"><p class="x">inside</p></annotation-xml></math>',
  'a code block\'s language, and no other class': '<pre class="language-js"><code class="language-js">x</code></pre><code class="language-a b">y</code><code class="hljs">z</code>',
  'a formula': '<p>So <math display="block" alttext="x^2: y" href="javascript:x()"><msup><mi mathvariant="bold">x</mi><mn>2</mn></msup><mglyph src="/g.png"></mglyph></math></p>',
  'wrappers DOMPurify unwraps, nested, with attributes': '<article class="a"><main id="m"><center>c <font color="red" face="x">f</font></center><my-card data-x="1"><p>in a custom element</p></my-card></main></article><header><h2 class="h">Head</h2></header>',
  'form controls and raw text outside a form': '<p>a <button type="button">Go</button> <select><option>one</option></select> <textarea>&lt;b&gt; x</textarea> <label for="q">l</label> <input value="v"></p>',
  'dropped with their content: video, audio, noscript, template, iframe, title, and a wrapper around them': '<aside><video><p>v</p></video><audio>a</audio><noscript><p>n</p></noscript><template><p>t</p></template><iframe>i</iframe><title>x</title><p>kept</p></aside>',
  'wrappers inside SVG and MathML are left to DOMPurify': '<svg><g><foreignObject><article>f</article></foreignObject></g></svg><math><semantics><mrow><mi>x</mi></mrow><annotation encoding="TeX">x</annotation></semantics></math>',
  'a wrapper in a table and in a list': '<table><tbody><tr><td><nav>n</nav></td></tr></tbody></table><ul><li><address>a</address></li></ul>',
  'uppercase and odd attribute names': '<P CLASS="a" Title="kept">one</P><span aria-label="l" role="note" xmlns="x">two</span>',
};

describe('the article sanitiser', () => {
  it.each(Object.entries(CASES))('gives what DOMPurify gives on the untouched article: %s', (_name, markup) => {
    const root = article(markup);
    const expected = purify.sanitize(root.innerHTML, ARTICLE_SANITIZE_CONFIG) as unknown as string;
    expect(nodeSanitizer()(root)).toBe(expected);
  });

  // ARTICLE_SANITIZE_CONFIG allows <body> only so that DOMPurify does not take the body it parses into for a forbidden
  // root (and deep-copy the article beside it): the output must be what the list without it gives, on every case
  // above and every hostile page, a nested <body onload> among them.
  it('gives the same output with <body> allowed as without it', () => {
    const withoutBody = { ...ARTICLE_SANITIZE_CONFIG, ALLOWED_TAGS: ARTICLE_SANITIZE_CONFIG.ALLOWED_TAGS.filter((t) => t !== 'body') };
    expect(withoutBody.ALLOWED_TAGS.length).toBe(ARTICLE_SANITIZE_CONFIG.ALLOWED_TAGS.length - 1);
    const dir = new URL('../hardening/hostile/', import.meta.url);
    const hostile = readdirSync(dir).map((f) => readFileSync(new URL(f, dir), 'utf8'));
    const inputs = [...Object.values(CASES), ...hostile, '<p>a</p><body onload="x()" class="c"><p>b</p></body>'];
    for (const markup of inputs) {
      const out = purify.sanitize(markup, ARTICLE_SANITIZE_CONFIG) as unknown as string;
      expect(out).toBe(purify.sanitize(markup, withoutBody) as unknown as string);
      const fragment = JSDOM.fragment(out);
      expect(fragment.querySelector('body')).toBeNull();
      const handlers = Array.from(fragment.querySelectorAll('*')).flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('on')));
      expect(handlers).toEqual([]);
    }
  });

  it('keeps a code block\'s language and a formula\'s presentation MathML, and nothing else of them', () => {
    expect(nodeSanitizer()(article(CASES['a code block\'s language, and no other class']))).toBe('<pre><code class="language-js">x</code></pre><code>y</code><code>z</code>');
    expect(nodeSanitizer()(article(CASES['a formula']))).toBe('<p>So <math display="block" alttext="x^2: y"><msup><mi mathvariant="bold">x</mi><mn>2</mn></msup></math></p>');
  });

  // DOMPurify unwraps a disallowed element by moving its children one at a time through a live NodeList, which jsdom
  // recomputes after each move (quadratic): the sanitiser unwraps such containers itself first, except where the
  // article would then parse differently (inside a paragraph, directly in a table's rows).
  it('unwraps containers before DOMPurify, but not inside a paragraph or a table row group', () => {
    const root = article('<article><p>a</p><p>b</p></article><p>x</p><table><tbody><tr><td>c</td></tr></tbody></table><my-card><p>d</p></my-card>');
    const doc = root.ownerDocument;
    // Built by hand: a parse never nests them so, but extraction moves nodes.
    const inParagraph = doc.createElement('article');
    inParagraph.textContent = 'y';
    root.querySelectorAll('p')[2]!.append(inParagraph);
    const inRows = doc.createElement('my-row');
    root.querySelector('tbody')!.append(inRows);
    nodeSanitizer()(root);
    expect(root.innerHTML).toBe('<p>a</p><p>b</p><p>x<article>y</article></p><table><tbody><tr><td>c</td></tr><my-row></my-row></tbody></table><p>d</p>');
  });

  // In a browser, a form whose control is named like one of its properties ("attributes") shadows it, and DOMPurify
  // drops such a form with its text; jsdom has no named form properties, so this is checked on the attributes kept.
  it('leaves a form and everything in it as it was', () => {
    const root = article('<form class="f" id="g"><p class="p" id="q">x</p></form><p class="gone">y</p>');
    nodeSanitizer()(root);
    expect(root.innerHTML).toBe('<form class="f" id="g"><p class="p" id="q">x</p></form><p>y</p>');
  });
});
