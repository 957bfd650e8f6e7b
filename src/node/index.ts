/**
 * The Node entry (dist/node/index.js, package export "./node"): the extension's core on a Node DOM.
 * Parsing and Readability run on linkedom (measured: same quality as jsdom at about a sixth of the time, see
 * README "Benchmarks"); sanitising runs DOMPurify on one shared jsdom window, because DOMPurify refuses linkedom.
 */
import { parseHTML } from 'linkedom';
import { JSDOM } from 'jsdom';
import { createSanitizer, extractArticle, MAX_DEPTH, type Article, type ExtractOptions, type Sanitizer } from '../core/index';
import { flattenDeepMarkup } from './bound-depth';
import { quietWindow } from './quiet-window';

export type { Article } from '../core/index';
export { ExtractError, attendeesText } from '../core/index';

let sharedSanitizer: Sanitizer | null = null;

/** DOMPurify on a jsdom window, built once per process (or worker thread). */
export function nodeSanitizer(): Sanitizer {
  sharedSanitizer ??= createSanitizer(quietWindow(new JSDOM('<!doctype html><html><body></body></html>').window as unknown as Window));
  return sharedSanitizer;
}

/**
 * Parses HTML with linkedom into a Document; documents without <html>/<body> get them. Nesting past the depth
 * budget is flattened before the parse (bound-depth.ts: linkedom's parse is quadratic in depth), and NUL characters
 * become U+FFFD, as a browser’s tokenizer makes them (it drops them from body text; either way no NUL reaches the DOM).
 */
export function parseDocument(source: string): Document {
  // A browser's input stream turns CR LF and lone CR into LF before tokenising (HTML's "normalize newlines"), so no
  // text node ever holds a CR; linkedom keeps them, and lengths read from the DOM (the detector's prose count)
  // would then differ from the extension's on a page saved with Windows line ends.
  const html = source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source;
  const wrapped = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const input = wrapped.includes('\0') ? wrapped.replaceAll('\0', '\ufffd') : wrapped;
  // HTML attribute names are case-insensitive and browsers store them lower-cased; linkedom keeps them as written,
  // so <IMG ALT=…> or <P CLASS=…> (older CMSs) would hide from getAttribute('alt') and '.class' selectors. The
  // depth pass tokenises the page as linkedom will, so it tells exactly whether any name has a capital: the walk
  // that lowers them then runs on those pages only (a look for a capital before an `=` in the raw markup, which it
  // replaces, also matched content="IE=edge" and script text: 176 of the 181 benchmark pages, each walked in full).
  let capital = false;
  const markup = flattenDeepMarkup(input, MAX_DEPTH, (from, to) => {
    capital ||= hasCapital(input, from, to);
  });
  const document = parseHTML(markup).document as unknown as Document;
  if (capital) lowerCaseAttributeNames(document);
  return document;
}

/** An ASCII capital in source[from, to) (the HTML parser lowercases only those in attribute names). */
function hasCapital(source: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) return true;
  }
  return false;
}

const FOREIGN = new Set(['svg', 'math']);

/** Depth-first, carrying whether the element is inside SVG or MathML (which keep viewBox, preserveAspectRatio …). */
function lowerCaseAttributeNames(document: Document): void {
  const stack: [Element, boolean][] = [[document.documentElement, false]];
  while (stack.length > 0) {
    const [el, inForeign] = stack.pop()!;
    const foreign = inForeign || FOREIGN.has(el.localName);
    if (!foreign) lowerCaseOwnAttributes(el);
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push([child, foreign]);
  }
}

/**
 * linkedom finds an attribute by walking the element's list, so rewriting k attributes costs k² (cli-depth.test.ts
 * times it); no real element has more than this, and one that does keeps its names as written.
 */
const MAX_ATTRIBUTES_REWRITTEN = 256;

function lowerCaseOwnAttributes(el: Element): void {
  const attrs = Array.from(el.attributes, ({ name, value }) => ({ name, value }));
  if (attrs.length > MAX_ATTRIBUTES_REWRITTEN || attrs.every(({ name }) => name === name.toLowerCase())) return;
  // The first of two names that differ only in case wins, as in a browser's parser.
  const seen = new Set<string>();
  const kept: { name: string; value: string }[] = [];
  for (const { name, value } of attrs) {
    const lower = name.toLowerCase();
    if (!seen.has(lower)) kept.push({ name: lower, value });
    seen.add(lower);
  }
  // Re-set them all in their order (linkedom's setAttribute prepends, hence the reverse).
  for (const { name } of attrs) el.removeAttribute(name);
  for (const { name, value } of kept.reverse()) el.setAttribute(name, value);
}

export async function extractFromHtml(html: string, url: string, options: ExtractOptions = {}): Promise<Article> {
  const document = parseDocument(html);
  return extractArticle(document, url, { sanitize: nodeSanitizer(), consumeDocument: true, ...options });
}
