// @vitest-environment jsdom
// jsdom, not linkedom: the helper must parse exactly as a spec HTML parser's innerHTML does, and jsdom has one.
import { describe, expect, it } from 'vitest';
import { setInnerHtml } from '../../src/extension/inert-html';

const STANDARDS = '<!DOCTYPE html><html><head><title>t</title></head><body></body></html>';
const QUIRKS = '<html><head><title>t</title></head><body></body></html>';
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** Markup whose tree depends on the parser's rules (implied tags, misnesting, head-only tags, quirks). */
const QUIRKS_SENSITIVE = '<p>before<table><tr><td>cell</td></tr></table>after';
const CASES = [
  'plain text & more',
  '  \n <p>leading whitespace</p>',
  '<p>one<p>two<div>three</div>',
  '<meta name="x" content="y"><title>in body</title><style>p{}</style><link rel="x"><p>after</p>',
  QUIRKS_SENSITIVE,
  '<b><i>misnested</b></i> text',
  '<!-- a comment --><span>x</span>',
  '<noscript><img src="a.jpg" alt="fallback"></noscript>',
  '<script>window.pwned = 1</script><p>script kept as a node, never run</p>',
  '<tr><td>stray row</td></tr><li>stray item',
  '<svg><circle r="1"></circle></svg><math><mi>x</mi></math>',
  '<body class="ignored"><p>a body tag inside</p></body><p>after body</p>',
  '<frameset><frame></frameset><p>frameset ignored</p>',
  '<textarea>&lt;b&gt;</textarea><pre>\nkept newline</pre>',
];

describe('setInnerHtml gives the tree innerHTML gives', () => {
  for (const [mode, page] of [['standards', STANDARDS], ['quirks', QUIRKS]] as const) {
    for (const tag of ['div', 'body', 'p', 'td']) {
      it(`in a ${mode}-mode document, into <${tag}>`, () => {
        const doc = parse(page);
        expect(doc.compatMode).toBe(mode === 'standards' ? 'CSS1Compat' : 'BackCompat');
        // jsdom's innerHTML (parse5) ignores a quirks-mode context document; the spec and browsers do not (next test).
        for (const markup of CASES.filter((m) => mode === 'standards' || m !== QUIRKS_SENSITIVE)) {
          const reference = tag === 'body' ? doc.body : doc.createElement(tag);
          const subject = tag === 'body' ? parse(page).body : doc.createElement(tag);
          reference.innerHTML = markup;
          setInnerHtml(subject, markup);
          expect(subject.innerHTML, markup).toBe(reference.innerHTML);
          expect(subject.ownerDocument.compatMode).toBe(doc.compatMode);
        }
      });
    }
  }

  it('follows the quirks mode of the target document, as the fragment parsing in the spec (and Chromium) does', () => {
    const markup = QUIRKS_SENSITIVE;
    const standards = parse(STANDARDS).createElement('div');
    const quirks = parse(QUIRKS).createElement('div');
    setInnerHtml(standards, markup);
    setInnerHtml(quirks, markup);
    expect(standards.querySelector('p table')).toBeNull();
    expect(quirks.querySelector('p table')).not.toBeNull();
  });

  it('replaces the existing children and leaves nodes owned by the target document', () => {
    const doc = parse(STANDARDS);
    const el = doc.createElement('div');
    el.append(doc.createElement('span'), 'old text');
    setInnerHtml(el, '<em>new</em>');
    expect(el.innerHTML).toBe('<em>new</em>');
    expect(el.firstElementChild!.ownerDocument).toBe(doc);
    setInnerHtml(el, '');
    expect(el.childNodes.length).toBe(0);
  });

  it('fills a <template> element’s contents, as innerHTML does', () => {
    const doc = parse(STANDARDS);
    const template = doc.createElement('template');
    setInnerHtml(template, '<p>inside</p>');
    expect(template.childNodes.length).toBe(0);
    expect(template.content.querySelector('p')?.textContent).toBe('inside');
  });

  it('accepts a TrustedHTML-like value by its string form', () => {
    const el = parse(STANDARDS).createElement('div');
    setInnerHtml(el, { toString: () => '<b>trusted</b>' });
    expect(el.innerHTML).toBe('<b>trusted</b>');
  });

  it('refuses contexts whose fragment parsing differs from a body (tables, raw text, foreign content)', () => {
    const doc = parse(STANDARDS);
    for (const el of [doc.createElement('table'), doc.createElement('tr'), doc.createElement('textarea'), doc.createElement('select'),
      doc.createElementNS('http://www.w3.org/2000/svg', 'g')]) {
      expect(() => setInnerHtml(el, '<td>x</td>'), el.localName).toThrow(/not a supported parsing context/);
    }
  });
});

describe('setInnerHtml in an XML document (DOMPurify’s template-document fallback)', () => {
  const NS = 'http://www.w3.org/2000/svg';

  it('parses as XML in the element’s namespace, as innerHTML does', () => {
    const reference = document.implementation.createDocument(NS, 'template', null);
    const subject = document.implementation.createDocument(NS, 'template', null);
    const markup = '<circle r="1"/>text<g><rect/></g>';
    reference.documentElement.innerHTML = markup;
    setInnerHtml(subject.documentElement, markup);
    expect(subject.documentElement.innerHTML).toBe(reference.documentElement.innerHTML);
    expect(subject.documentElement.firstElementChild!.namespaceURI).toBe(NS);
  });

  it('throws a SyntaxError on markup that is not well-formed, as innerHTML does', () => {
    const doc = document.implementation.createDocument(NS, 'template', null);
    expect(() => (doc.documentElement.innerHTML = '<a><b></a>')).toThrow();
    expect(() => setInnerHtml(doc.documentElement, '<a><b></a>')).toThrow(expect.objectContaining({ name: 'SyntaxError' }));
    expect(() => setInnerHtml(doc.documentElement, '</fragment><x/><fragment>')).toThrow(expect.objectContaining({ name: 'SyntaxError' }));
  });
});
