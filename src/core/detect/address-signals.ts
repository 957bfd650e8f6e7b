/**
 * What the address says about the page: the site's root, a search, a tag or category listing, an article-like
 * slug. Plain string scanning rather than regular expressions: the always-on detector runs this in every page's
 * fresh content-script context, and in a renderer process that has not run it before each regular expression is
 * compiled on first use (0.03-0.25 ms apiece in a throwaway probe; `npm run bench:extension` shows the whole
 * first-load cost). For the same reason the content script passes location.pathname rather than have the URL
 * parsed here.
 * tests/core/regex-free.test.ts checks it against the regular expressions it replaced.
 */
import type { DetectionSignal } from '../article';

const SEARCH_KEYS = ['q', 's', 'query', 'search', 'keyword', 'tu-khoa'];
const SEARCH_SEGMENTS = new Set(['search', 'tim-kiem']);
const LISTING_SEGMENTS = new Set(['tag', 'tags', 'category', 'categories', 'chuyen-muc', 'page']);

/** `path` is the URL's path as the URL parser gives it (a content script has it as location.pathname). */
export function addressSignals(url: string, path: string = pathOf(url)): DetectionSignal[] {
  const signals: DetectionSignal[] = [];
  const lowerPath = asciiLower(path);
  if ((path === '/' || path === '') && !namesAnItem(url)) signals.push({ name: 'site-root', weight: -0.3 });
  if (hasSearchParameter(asciiLower(url)) || lowerPath.split('/').slice(1).some((s) => SEARCH_SEGMENTS.has(s))) {
    signals.push({ name: 'search-page', weight: -0.3 });
  } else if (isListingPath(lowerPath)) signals.push({ name: 'listing-path', weight: -0.15 });
  if (hasSlug(path) || endsWithNumberedPage(lowerPath)) signals.push({ name: 'article-path', weight: 0.1 });
  return signals;
}

/**
 * A parameter whose value is a number (`/?p=2895`, `/index.php?id=12&lang=de`): the site's root address names one
 * item of its database, a post or a page, not the front page.
 */
function namesAnItem(url: string): boolean {
  const address = url.split('#')[0];
  const query = address.indexOf('?');
  return query >= 0 && address.slice(query + 1).split('&').some((param) => isDigits(param.slice(param.indexOf('=') + 1)) && param.includes('='));
}

const isDigits = (s: string) => s !== '' && [...s].every((c) => c >= '0' && c <= '9');

/** `?q=`, `&search=`, … anywhere in the (lower-cased) address. */
function hasSearchParameter(url: string): boolean {
  return SEARCH_KEYS.some((key) => url.includes(`?${key}=`) || url.includes(`&${key}=`));
}

/** `…/tag/<name>` or `…/category/<name>/` at the end of the (lower-cased) path: a listing of one topic. */
function isListingPath(path: string): boolean {
  const candidates = path.endsWith('/') ? [path, path.slice(0, -1)] : [path];
  return candidates.some((p) => {
    const segments = p.split('/'); // [..., <listing word>, <name>]; the first segment is not preceded by a slash
    return segments.length >= 3 && LISTING_SEGMENTS.has(segments[segments.length - 2]);
  });
}

/**
 * Lower case for ASCII letters only, as a case-insensitive ASCII pattern compares (toLowerCase would also turn
 * the Kelvin sign into a "k").
 */
function asciiLower(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      out += s.slice(from, i) + String.fromCharCode(c + 32);
      from = i + 1;
    }
  }
  return out + s.slice(from);
}

const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Four or more ASCII words joined by single hyphens ("council-backs-library-repairs"): a headline slug. */
function hasSlug(path: string): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < path.length; i++) {
    const c = path.charCodeAt(i);
    if (isAlnum(c)) {
      if (!inWord) words++;
      inWord = true;
      if (words >= 4) return true;
    } else if (c === 45 /* - */ && inWord && i + 1 < path.length && isAlnum(path.charCodeAt(i + 1))) {
      inWord = false; // the chain goes on with the next word
    } else {
      words = 0;
      inWord = false;
    }
  }
  return false;
}

/** "…/20241009123.html": four or more digits before .htm or .html at the end. */
function endsWithNumberedPage(path: string): boolean {
  const dot = path.endsWith('.html') ? path.length - 5 : path.endsWith('.htm') ? path.length - 4 : -1;
  if (dot < 4) return false;
  for (let i = dot - 4; i < dot; i++) if (!(path.charCodeAt(i) >= 48 && path.charCodeAt(i) <= 57)) return false;
  return true;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}
