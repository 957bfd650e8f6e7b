/**
 * The one HTML-parsing sink of the shipped bundles. Bundled libraries (Readability, DOMPurify, Preact) each assign
 * markup to `el.innerHTML`; the build (scripts/vite-plugin-library-html-sinks.mjs) rewrites those exact sites into
 * calls of setInnerHtml, which does what the assignment does without parsing into a live node: the markup is parsed
 * by DOMParser into a fresh, inert document (no browsing context: no script runs, nothing loads, no handler fires),
 * and the resulting nodes are then moved into the target. See docs/security.md.
 *
 * Once moved, the nodes behave as the assignment's would have in the target's document: the library call sites
 * only ever write into inert documents (Readability's clone of the page, DOMPurify's template document).
 */

const XHTML = 'http://www.w3.org/1999/xhtml';

/**
 * Contexts whose fragment parsing differs from parsing inside <body> (raw text, RCDATA, tables, select, document
 * structure). None of the rewritten call sites writes into one; refusing them keeps a new caller from getting a
 * silently different tree.
 */
const UNSUPPORTED_HTML_CONTEXTS = new Set([
  'html', 'head', 'frameset', 'title', 'textarea', 'style', 'script', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript',
  'plaintext', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'colgroup', 'select',
]);

/** What assigning markup to target's innerHTML does, with the markup parsed in an inert document. Throws where that throws. */
export function setInnerHtml(target: Element, markup: unknown): void {
  const doc = target.ownerDocument;
  // TrustedHTML (DOMPurify with a Trusted Types policy) stringifies to its markup, as the assignment does.
  const source = String(markup);
  const parsed = doc.contentType === 'text/html' ? parseHtmlFragment(target, doc, source) : parseXmlFragment(target, source);
  const nodes = doc.createDocumentFragment();
  for (const node of Array.from(parsed.childNodes)) nodes.append(doc.adoptNode(node));
  // Like innerHTML, writing to a <template> fills its contents.
  const into = target.namespaceURI === XHTML && target.localName === 'template' ? (target as HTMLTemplateElement).content : target;
  into.replaceChildren(nodes);
}

/**
 * HTML fragment parsing for a flow-content context (body, div, p, td…): the markup follows an open <body> in a
 * document with the target document's quirks mode (it decides, e.g., whether <table> closes an open <p>). After
 * <body>, head-only tags (<meta>, <style>, <title>…) stay in place as they do in a fragment.
 */
function parseHtmlFragment(target: Element, doc: Document, markup: string): Element {
  if (target.namespaceURI !== XHTML || UNSUPPORTED_HTML_CONTEXTS.has(target.localName)) {
    throw new Error(`setInnerHtml: <${target.localName}> (${target.namespaceURI}) is not a supported parsing context`);
  }
  const doctype = doc.compatMode === 'CSS1Compat' ? '<!DOCTYPE html>' : '';
  const parsed = new DOMParser().parseFromString(`${doctype}<body>${markup}`, 'text/html');
  return parsed.body;
}

/** XML fragment parsing, as innerHTML does in an XML document: well-formed or a SyntaxError. */
function parseXmlFragment(target: Element, markup: string): Element {
  const ns = (target.namespaceURI ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const parsed = new DOMParser().parseFromString(`<fragment xmlns="${ns}">${markup}</fragment>`, 'application/xml');
  const root = parsed.documentElement;
  if (root.localName !== 'fragment' || parsed.getElementsByTagName('parsererror').length > 0) {
    throw new DOMException('setInnerHtml: the markup is not well-formed XML', 'SyntaxError');
  }
  return root;
}
