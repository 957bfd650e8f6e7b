/**
 * When the reader should say something before (or instead of) the article: the page does not look like an article,
 * the extraction found very little, or it found nothing. Decided by the content script from its extraction result,
 * shown by the reader page (reader/reader-notice-view.tsx) with the reason and the ways on: "Show anyway" when there
 * is something to show, "Pick the article" always. Shared by both, so in neither's folder.
 */
import type { Article } from '../core/index';
import type { ExtractErrorCode, ExtractResult } from './messages';

/** Fewer words than this and the reader says so first: a teaser, a footer or a share bar, rarely a whole article. */
export const LITTLE_WORDS = 80;

export type ReaderNotice =
  | { reason: 'not-article' }
  | { reason: 'little'; words: number }
  | { reason: 'failed'; code: ExtractErrorCode };

export type ReaderNoticeReason = ReaderNotice['reason'];

/** What the reader opens on: an article, a notice, or both (the notice first, the article behind "Show anyway"). */
export interface ReaderContent {
  article: Article | null;
  notice: ReaderNotice | null;
}

export function readerContentFor(result: ExtractResult): ReaderContent {
  if (!result.ok) return { article: null, notice: { reason: 'failed', code: result.code } };
  const { article } = result;
  if (!article.isArticle) return { article, notice: { reason: 'not-article' } };
  if (article.wordCount < LITTLE_WORDS) return { article, notice: { reason: 'little', words: article.wordCount } };
  return { article, notice: null };
}
