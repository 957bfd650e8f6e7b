/** Pure mappings from the browser's answers to popup state (kept apart from connect.ts so they are unit-tested). */
import type { ExtractErrorCode, ExtractResult } from '../messages';
import type { ViewState } from './popup-state';

/** Pages the browser forbids or that are not HTML: nothing to retry, only an explanation. */
const RESTRICTED: ReadonlySet<ExtractErrorCode> = new Set(['restricted', 'no-tab', 'not-html']);

/** force: the person asked to extract anyway, so an article-shaped result is shown even if detection said no. */
export function viewFromResult(result: ExtractResult, force: boolean): ViewState {
  if (result.ok) {
    if (!result.article.isArticle && !force) return { kind: 'not-article', article: result.article };
    return result.sourceSha256 ? { kind: 'ready', article: result.article, sourceSha256: result.sourceSha256 } : { kind: 'ready', article: result.article };
  }
  if (RESTRICTED.has(result.code)) return { kind: 'restricted', code: result.code, url: result.url };
  // "Nothing readable" from a detection-gated extraction is a not-article page: offer Extract anyway.
  if (result.code === 'empty' && !force) return { kind: 'not-article', article: null };
  return { kind: 'error', code: result.code, message: result.message };
}

/** `?tab=123` -> 123 (e2e opens the popup in a tab pointed at another tab); null when absent or not an id. */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw.trim())) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}
