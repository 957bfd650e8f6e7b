/**
 * The Node entry (dist/node/index.js, package export "./node"): the extension's core on a Node DOM.
 * Parsing and Readability run on linkedom (measured: same quality as jsdom at about a sixth of the time, see
 * README "Benchmarks"); sanitising runs DOMPurify on one shared jsdom window, because DOMPurify refuses linkedom.
 */
import { parseHTML } from 'linkedom';
import { JSDOM } from 'jsdom';
import { extractArticle, type ExtractOptions } from '../core/extract';
import { createSanitizer, type Sanitizer } from '../core/sanitize';
import type { Article } from '../core/article';

export type { Article } from '../core/article';
export { ExtractError } from '../core/extract';

let sharedSanitizer: Sanitizer | null = null;

/** DOMPurify on a jsdom window, built once per process (or worker thread). */
export function nodeSanitizer(): Sanitizer {
  sharedSanitizer ??= createSanitizer(new JSDOM('<!doctype html><html><body></body></html>').window as unknown as Window);
  return sharedSanitizer;
}

/** Parses HTML with linkedom into a Document; documents without <html>/<body> get them. */
export function parseDocument(html: string): Document {
  const wrapped = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(wrapped).document as unknown as Document;
}

export async function extractFromHtml(html: string, url: string, options: ExtractOptions = {}): Promise<Article> {
  const document = parseDocument(html);
  return extractArticle(document, url, { sanitize: nodeSanitizer(), ...options });
}
