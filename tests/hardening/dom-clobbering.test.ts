import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../src/core/extract';
import { cloneDocument, declobber, rootElement } from '../../src/core/page/dom-safety';
import { nodeSanitizer } from '../../src/node/index';
import { articlePage } from '../core/pages';

// Node DOMs do not implement named-property clobbering, so the tests stand it up the way browsers expose it:
// as own properties of the form and the document that shadow the prototype's. (Only properties linkedom's own
// cloning does not read itself: a browser clones natively, past any script-visible property.)
function clobberedPage() {
  const html = articlePage().replace('</article>', `<form id="f"><input name="parentNode"><input name="getAttribute"></form>
    <img name="documentElement" src="/x.png"><form name="querySelectorAll"></form></article>`);
  const document = parseHTML(html).document as unknown as Document;
  const form = document.getElementById('f')!;
  const input = form.querySelector('input')!;
  Object.defineProperty(form, 'parentNode', { value: input, configurable: true });
  Object.defineProperty(document, 'documentElement', { value: document.querySelector('img[name=documentElement]'), configurable: true });
  Object.defineProperty(document, 'querySelectorAll', { value: document.querySelector('form[name=querySelectorAll]'), configurable: true });
  Object.defineProperty(document, 'cloneNode', { value: document.querySelector('img[name=documentElement]'), configurable: true });
  return document;
}

describe('DOM clobbering', () => {
  it('reads the root element and clones through the prototypes, past names the page gave its elements', () => {
    const doc = clobberedPage();
    expect(rootElement(doc)?.tagName).toBe('HTML');
    const clone = cloneDocument(doc);
    expect(rootElement(clone)?.tagName).toBe('HTML');
  });

  it('strips, in the working copy, the names that shadow form or document properties, and only those', () => {
    const doc = parseHTML('<html><body><form><input name="parentNode"><input name="email"></form><img name="body"><div id="title">x</div></body></html>').document as unknown as Document;
    expect(declobber(doc)).toBe(2);
    expect(doc.querySelector('input[name=email]')).not.toBeNull();
    expect(doc.querySelector('[name=parentNode], img[name]')).toBeNull();
    expect(doc.getElementById('title')).not.toBeNull(); // a div's id shadows nothing
  });

  it('extracts a page whose document properties are clobbered (documentElement, cloneNode) and leaves it as it was', () => {
    const doc = clobberedPage();
    const root = rootElement(doc)!;
    const before = root.outerHTML;
    const a = extractArticle(doc, 'https://ledger.example/2024/10/09/council-backs-repairs-to-library/', { sanitize: nodeSanitizer() });
    expect(a.title).toBe('Council backs repairs to the Riverside branch library');
    expect(a.paragraphs.length).toBeGreaterThan(5);
    expect(a.html).not.toMatch(/name=/);
    expect(root.outerHTML).toBe(before);
  });
});
