/**
 * The article from the block the person pointed at: a document with the page's <head> (title, byline, dates,
 * JSON-LD) and only that block as its body, read by the same core.extractArticle, so the same cleaning applies.
 */
import { ExtractError, createSanitizer, extractArticle } from '../../core/index';
import { errorMessage } from '../errors';
import type { ExtractResult } from '../messages';

const MAX_ELEMENTS = 60_000; // as in extract-page.ts

export function extractPicked(block: Element): ExtractResult {
  const url = location.href;
  try {
    const doc = document.implementation.createHTMLDocument('');
    const root = document.documentElement;
    for (const name of ['lang', 'dir']) {
      const value = root.getAttribute(name);
      if (value) doc.documentElement.setAttribute(name, value);
    }
    if (document.head) doc.head.replaceWith(doc.importNode(document.head, true));
    doc.body.append(doc.importNode(block, true));
    // A document made with createHTMLDocument has no window: the sanitiser is the page's (the content script's) one.
    const article = extractArticle(doc, url, { maxElements: MAX_ELEMENTS, consumeDocument: true, sanitize: createSanitizer(window) });
    if (article.paragraphs.length === 0) return { ok: false, code: 'empty', message: 'Nothing readable was found in the block picked.', url };
    return { ok: true, article };
  } catch (err) {
    if (err instanceof ExtractError) return { ok: false, code: err.code, message: err.message, url };
    return { ok: false, code: 'failed', message: errorMessage(err), url };
  }
}
