/**
 * What the three citation formats (CSL-JSON, BibTeX, RIS) share: one item type, one key, one author list, so
 * the same article cites identically whichever format a researcher imports.
 */
import type { Article } from '../article';
import { onSameHost } from '../metadata/same-host';
import { bylineNames, type CslName } from './byline-names';
import { cleanUrl } from './clean-url';
import { dateParts } from './dates';
import { foldToAscii } from './slug';

/** News article or plain web page. The detector's isArticle means "a news/article page" (fixture contract). */
export function isNewsArticle(article: Article): boolean {
  return article.isArticle;
}

export function citationNames(article: Article): CslName[] {
  return bylineNames(article.byline, article.lang, article.siteName);
}

const TITLE_STOPWORDS = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'at', 'to', 'for', 'and', 'la', 'le', 'les', 'der', 'die', 'das']);

const keyPart = (text: string): string => foldToAscii(text).toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * A stable citation key: first author's family name (or the whole literal name, or the site), year, first
 * significant title word, all folded to ASCII: "Nguyễn Văn An", 2021, "Thường trực…" -> "nguyen2021thuong".
 */
export function citationKey(article: Article): string {
  const first = citationNames(article)[0];
  const who = first ? ('literal' in first ? first.literal : first.family) : (article.siteName ?? '');
  const author = keyPart(who).slice(0, 24) || 'anon';
  const year = dateParts(article.published)?.[0] ?? 'nd';
  const word = article.title
    .split(/\s+/)
    .map(keyPart)
    .find((w) => w && !TITLE_STOPWORDS.has(w));
  return `${author}${year}${word ?? ''}`;
}

/**
 * The address to cite, without tracking parameters or credentials: the address read, or the page's canonical when it
 * is on the same host (a page may name any site as its canonical; see same-host.ts).
 */
export function citationUrl(article: Article): string {
  const canonical = article.canonicalUrl && onSameHost(article.canonicalUrl, article.url) ? article.canonicalUrl : null;
  return (canonical && cleanUrl(canonical, null)) || cleanUrl(article.url, null) || article.url;
}
