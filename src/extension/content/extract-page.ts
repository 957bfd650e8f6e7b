/**
 * Extraction of the live page for the popup and the overlay: core.extractArticle works on a clone, so the page is
 * never changed. Results are cached per URL and content fingerprint: a single-page site may change the URL before
 * it renders the new article (or the article without the URL), and the reader must never see the previous one.
 */
import { ExtractError, extractArticle, type Article } from '../../core/index';
import { errorMessage } from '../errors';
import { sourceHash } from './source-hash';
import type { ExtractResult } from '../messages';

/** Readability's element budget: a bound on time for giant pages (the core reports 'too-large' beyond it). */
const MAX_ELEMENTS = 60_000;

let cache: { key: string; result: ExtractResult } | null = null;

/** What changes when a single-page site shows another article: title, first headline, amount of text. */
function fingerprint(): string {
  const h1 = document.querySelector('h1')?.textContent?.trim() ?? '';
  const size = Math.round((document.body?.textContent?.length ?? 0) / 200);
  return `${location.href}\n${document.title}\n${h1}\n${size}`;
}

function notHtml(doc: Document): ExtractResult | null {
  const type = doc.contentType;
  if (type === 'text/html' || type === 'application/xhtml+xml') return null;
  return { ok: false, code: 'not-html', message: `This document is ${type}, not a web page.`, url: location.href };
}

export function extractPage(force: boolean): ExtractResult {
  const url = location.href;
  const key = fingerprint();
  if (!force && cache?.key === key) return cache.result;
  const result = notHtml(document) ?? run(url);
  cache = { key, result };
  return result;
}

function run(url: string): ExtractResult {
  let article: Article;
  try {
    article = extractArticle(document, url, { maxElements: MAX_ELEMENTS });
  } catch (err) {
    if (err instanceof ExtractError) return { ok: false, code: err.code, message: err.message, url };
    return { ok: false, code: 'failed', message: errorMessage(err), url };
  }
  if (article.paragraphs.length === 0) {
    return { ok: false, code: 'empty', message: 'Nothing readable was found on this page.', url };
  }
  return { ok: true, article, sourceSha256: sourceHash(document) };
}
