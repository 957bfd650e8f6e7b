/**
 * The sanitiser drops, before DOMPurify parses the article, the attributes DOMPurify would drop anyway (sanitize.ts):
 * its output must be exactly what DOMPurify makes of the untouched article, including where an attribute changes
 * how the markup parses (a font in SVG, an annotation-xml in MathML).
 */
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
  'uppercase and odd attribute names': '<P CLASS="a" Title="kept">one</P><span aria-label="l" role="note" xmlns="x">two</span>',
};

describe('the article sanitiser', () => {
  it.each(Object.entries(CASES))('gives what DOMPurify gives on the untouched article: %s', (_name, markup) => {
    const root = article(markup);
    const expected = purify.sanitize(root.innerHTML, ARTICLE_SANITIZE_CONFIG) as unknown as string;
    expect(nodeSanitizer()(root)).toBe(expected);
  });

  it('keeps a code block\'s language and a formula\'s presentation MathML, and nothing else of them', () => {
    expect(nodeSanitizer()(article(CASES['a code block\'s language, and no other class']))).toBe('<pre><code class="language-js">x</code></pre><code>y</code><code>z</code>');
    expect(nodeSanitizer()(article(CASES['a formula']))).toBe('<p>So <math display="block" alttext="x^2: y"><msup><mi mathvariant="bold">x</mi><mn>2</mn></msup></math></p>');
  });

  // In a browser, a form whose control is named like one of its properties ("attributes") shadows it, and DOMPurify
  // drops such a form with its text; jsdom has no named form properties, so this is checked on the attributes kept.
  it('leaves a form and everything in it as it was', () => {
    const root = article('<form class="f" id="g"><p class="p" id="q">x</p></form><p class="gone">y</p>');
    nodeSanitizer()(root);
    expect(root.innerHTML).toBe('<form class="f" id="g"><p class="p" id="q">x</p></form><p>y</p>');
  });
});
