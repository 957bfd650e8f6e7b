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
  const markup = flattenDeepMarkup(wrapped.includes('\0') ? wrapped.replaceAll('\0', '\ufffd') : wrapped, MAX_DEPTH);
  const document = parseHTML(markup).document as unknown as Document;
  // HTML attribute names are case-insensitive and browsers store them lower-cased; linkedom keeps them as written,
  // so <IMG ALT=…> or <P CLASS=…> (older CMSs) would hide from getAttribute('alt') and '.class' selectors.
  // A quick look for a name with a capital before an `=` (linear: no lazy scan to each tag's end, which took
  // seconds on a page of unclosed tags); text that merely looks like one only costs the walk.
  if (/["'\s][a-z_:-]*[A-Z][\w:.-]*\s*=/.test(markup)) lowerCaseAttributeNames(document);
  return document;
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
