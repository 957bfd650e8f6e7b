/**
 * Extraction of the live page for the popup and the overlay: core.extractArticle works on a clone, so the page is
 * never changed. Results are cached per URL and content fingerprint: a single-page site may change the URL before
 * it renders the new article (or the article without the URL), and the reader must never see the previous one.
 *
 * The provenance hash (source-hash.ts) is of the markup as it was when the page was read: that markup is kept, and
 * hashed only when someone asks for it (the popup, for the JSON export). The reader's shortcut never needs it, and
 * hashing a large page in script took ~25 ms of the first press.
 */
import { ExtractError, extractArticle, type Article, type Attendees } from '../../core/index';
import { errorMessage } from '../errors';
import { hashSource, serializedSource } from './source-hash';
import type { ExtractResult } from '../messages';

/** Readability's element budget: a bound on time for giant pages (the core reports 'too-large' beyond it). */
const MAX_ELEMENTS = 60_000;

/** findPeople: the attendee pass of a read made with `peopleLater`, not run yet. */
let cache: { key: string; result: ExtractResult; source: string | null; findPeople: (() => Attendees | null) | null } | null = null;

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

/**
 * The page's article, from the cache when the page has not changed. `beforeRead` runs just before a fresh extraction
 * (after the markup for the provenance hash is taken): the overlay starts loading its reader frame there, so the
 * frame loads while the page is read. `peopleLater`: the attendee pass is left for `completePeople` (the reader
 * shows the article first); any other call gets the whole article.
 */
export function extractPage(force: boolean, beforeRead?: () => void, peopleLater = false): ExtractResult {
  const url = location.href;
  const key = fingerprint();
  if (force || cache?.key !== key) {
    const refused = notHtml(document);
    const source = refused ? null : serializedSource(document);
    if (!refused) beforeRead?.();
    let findPeople: (() => Attendees | null) | null = null;
    const result = refused ?? run(url, peopleLater ? (find) => (findPeople = find) : undefined);
    cache = { key, result, source: result.ok ? source : null, findPeople: result.ok ? findPeople : null };
  }
  if (!peopleLater) completePeople();
  return cache!.result;
}

/** Whether the last read left its attendee pass for later. */
export const peoplePending = (): boolean => cache?.findPeople != null;

/** Runs the attendee pass the last read left for later, if any, and returns the summary it put in the article. */
export function completePeople(): Attendees | null {
  if (!cache?.findPeople || !cache.result.ok) return cache?.result.ok ? cache.result.article.attendees : null;
  const attendees = cache.findPeople();
  cache = { ...cache, findPeople: null, result: { ...cache.result, article: { ...cache.result.article, attendees } } };
  return attendees;
}

/** extractPage's result with the provenance hash of the markup it read (for the popup's exports). */
export function extractPageWithHash(force: boolean): ExtractResult {
  extractPage(force);
  completeHash();
  return cache!.result;
}

/**
 * Hashes the markup the last read kept, if not done yet. The reader's first press calls it when the page is idle
 * again, so that a popup opened afterwards does not pay for it (25 ms and more on a large page).
 */
export function completeHash(): void {
  if (!cache?.result.ok || cache.result.sourceSha256 || cache.source === null) return;
  cache = { ...cache, result: { ...cache.result, sourceSha256: hashSource(cache.source) }, source: null };
}

function run(url: string, attendeesLater?: (find: () => Attendees | null) => void): ExtractResult {
  let article: Article;
  try {
    article = extractArticle(document, url, { maxElements: MAX_ELEMENTS, ...(attendeesLater ? { attendeesLater } : {}) });
  } catch (err) {
    if (err instanceof ExtractError) return { ok: false, code: err.code, message: err.message, url };
    return { ok: false, code: 'failed', message: errorMessage(err), url };
  }
  if (article.paragraphs.length === 0) {
    return { ok: false, code: 'empty', message: 'Nothing readable was found on this page.', url };
  }
  return { ok: true, article };
}
