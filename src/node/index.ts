/**
 * The Node entry (dist/node/index.js, package export "./node"): the extension's core on a Node DOM.
 * Parsing and Readability run on linkedom (measured: same quality as jsdom at about a sixth of the time, see
 * README "Benchmarks"); sanitising runs DOMPurify on one shared jsdom window, because DOMPurify refuses linkedom.
 */
import { parseHTML } from 'linkedom';
import { JSDOM } from 'jsdom';
import { createSanitizer, extractArticle, type Article, type ExtractOptions, type Sanitizer } from '../core/index';

export type { Article } from '../core/index';
export { ExtractError } from '../core/index';

let sharedSanitizer: Sanitizer | null = null;

/** DOMPurify on a jsdom window, built once per process (or worker thread). */
export function nodeSanitizer(): Sanitizer {
  sharedSanitizer ??= createSanitizer(new JSDOM('<!doctype html><html><body></body></html>').window as unknown as Window);
  return sharedSanitizer;
}

/** Parses HTML with linkedom into a Document; documents without <html>/<body> get them. */
export function parseDocument(html: string): Document {
  const wrapped = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const document = parseHTML(wrapped).document as unknown as Document;
  // HTML attribute names are case-insensitive and browsers store them lower-cased; linkedom keeps them as written,
  // so <IMG ALT=…> or <P CLASS=…> (older CMSs) would hide from getAttribute('alt') and '.class' selectors.
  if (/<[a-z][^>]*?\s[a-z-]*[A-Z][a-zA-Z-]*\s*=/i.test(wrapped)) lowerCaseAttributeNames(document);
  return document;
}

const FOREIGN = new Set(['svg', 'math']);

function lowerCaseAttributeNames(document: Document): void {
  for (const el of Array.from(document.querySelectorAll('*'))) {
    if (FOREIGN.has(el.localName) || el.closest('svg, math')) continue; // SVG keeps viewBox, preserveAspectRatio …
    const attrs = Array.from(el.attributes, ({ name, value }) => ({ name, value }));
    if (attrs.every(({ name }) => name === name.toLowerCase())) continue;
    // Re-set them all in their order (linkedom's setAttribute prepends, hence the reverse); the first of two that
    // differ only in case wins, as in a browser's parser.
    const kept = attrs.filter((a, i) => attrs.findIndex((b) => b.name.toLowerCase() === a.name.toLowerCase()) === i);
    for (const { name } of attrs) el.removeAttribute(name);
    for (const { name, value } of kept.reverse()) el.setAttribute(name.toLowerCase(), value);
  }
}

export async function extractFromHtml(html: string, url: string, options: ExtractOptions = {}): Promise<Article> {
  const document = parseDocument(html);
  return extractArticle(document, url, { sanitize: nodeSanitizer(), consumeDocument: true, ...options });
}
