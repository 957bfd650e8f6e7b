/**
 * Page metadata read from the original document (before Readability changes the clone): title, byline, site,
 * language, dates, canonical URL. Structured sources (JSON-LD, Open Graph, article:* meta) win over guesses.
 */
import { guessLanguage } from '../lang/guess-language';
import { articleNode, articleNodes, nameOf, readJsonLd, type JsonLdNode } from './jsonld';
import { isUnshownAccount, readByline } from './byline';
import { headlineZone, textAfterHeadline } from './headline-zone';
import { findPrintedDates, firstDayWithoutYear, firstPrintedDate } from './printed-date';
import { readPublished } from './published-date';
import { nativeQuery, type PageQuery } from '../page/page-query';
import { collapseWhitespace, compareKey } from '../text/normalize';
import { plainLabelOrNull } from '../text/plain-label';

export { bylineFromTrailingLine, cleanByline, isPublisherName } from './byline';
export { signatureOfBody } from './body-signature';
export { toIsoDate } from './published-date';

export interface PageMetadata {
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string;
  dir: 'ltr' | 'rtl';
  published: string | null;
  canonicalUrl: string | null;
  description: string | null;
  jsonLd: JsonLdNode[];
  articleLd: JsonLdNode | null;
  /** The meta author when it is a CMS account the page never prints: Readability's byline guess must not bring it back. */
  accountAuthor: string | null;
}

/** On a page that is no article and has no structured data, the text by the headline is a listing's, not a byline. */
const NO_ZONE = { before: '', after: '' };

const metaIndexes = new WeakMap<PageQuery, Map<string, string>>();

/** The first non-empty content of <meta property|name|itemprop=key> for the first key present (keys case-blind). */
export function meta(query: PageQuery, ...keys: string[]): string | null {
  // One pass over the page's <meta> tags, shared by every lookup (each selector query would walk the page again).
  let index = metaIndexes.get(query);
  if (!index) {
    index = new Map();
    for (const el of query.all('meta[content]')) {
      const content = el.getAttribute('content');
      if (!content || !content.trim()) continue;
      for (const attr of ['property', 'name', 'itemprop']) {
        const key = el.getAttribute(attr)?.trim().toLowerCase();
        if (key && !index.has(key)) index.set(key, collapseWhitespace(content));
      }
    }
    metaIndexes.set(query, index);
  }
  for (const key of keys) {
    const value = index.get(key.toLowerCase());
    if (value) return value;
  }
  return null;
}

/**
 * `isArticle` (the detector's verdict) guards what is read beside the headline: on a listing, the dates and the
 * byline printed under the section's heading belong to its teasers. On a page the detector doubts, a printed date
 * only corrects the day of a structured one, unless it is the only date under the headline.
 */
export function readMetadata(
  doc: Document,
  url: string,
  jsonLd?: JsonLdNode[],
  query: PageQuery = nativeQuery(doc),
  isArticle = true,
): PageMetadata {
  jsonLd ??= readJsonLd(doc, query);
  const articleLd = articleNode(jsonLd);
  const ldNodes = articleNodes(jsonLd);
  const publisher = plainLabelOrNull(ldNodes.map((n) => nameOf(n.publisher)).find(Boolean) ?? null);
  // A site name of hidden characters only is none (the byline's candidates are cleaned the same way, in cleanByline).
  const siteName = plainLabelOrNull(meta(query, 'og:site_name', 'application-name') ?? publisher);
  const title = readTitle(doc, query, ldNodes, siteName, url);
  const lang = readLang(doc, query);
  // Where the page prints its byline and date: around the headline as the reader sees it.
  const headline = headlineElement(query, title);
  const zone = headlineZone(headline);
  const printed = firstPrintedDate(zone.after, lang) ?? lastPrintedDate(zone.before, lang);
  // Alone (no structured date to agree with), a printed date is trusted on an article, or on a page the detector
  // doubts when it is the only date under the headline (a listing prints one per teaser).
  const printedAlone = isArticle || soleDate(textAfterHeadline(headline), lang);
  return {
    title,
    byline: readByline(query, meta, url, ldNodes, siteName, publisher, isArticle || ldNodes.length > 0 ? zone : NO_ZONE, headline, title),
    siteName,
    lang,
    dir: readDir(doc),
    published: readPublished(query, meta, ldNodes, printed, lang, printedAlone, printed ? null : firstDayWithoutYear(zone.after)),
    canonicalUrl: readCanonical(query, url),
    description: meta(query, 'description', 'og:description', 'twitter:description') ??
      (typeof articleLd?.description === 'string' ? collapseWhitespace(articleLd.description) : null),
    jsonLd,
    articleLd,
    accountAuthor: accountAuthor(query),
  };
}

function accountAuthor(query: PageQuery): string | null {
  const author = meta(query, 'author');
  return author && isUnshownAccount(author, query) ? author : null;
}

/** The headline: the <h1> that agrees with the structured title, else the structured title, else <title>. */
function readTitle(doc: Document, query: PageQuery, ldNodes: JsonLdNode[], siteName: string | null, url: string): string {
  const headline = ldNodes.map((n) => n.headline).find((h): h is string => typeof h === 'string' && !!h.trim());
  const structured = [meta(query, 'og:title', 'twitter:title'), headline ?? null]
    .filter((x): x is string => !!x)
    .map(collapseWhitespace);
  const docTitle = collapseWhitespace(doc.title || query.one('title')?.textContent || '');
  const h1s = query.all('h1').slice(0, 10).map(headlineText);
  const refs = [...structured, docTitle].map(compareKey).filter(Boolean);
  // The site's name set as an <h1> (a logo) agrees with the "Headline | Site" title only through its site part.
  const siteParts = [...structured, docTitle].map(siteSuffix).filter((x): x is string => !!x).map(compareKey);
  const isSite = (h: string) => {
    const k = compareKey(h);
    return (siteName !== null && k === compareKey(siteName)) || siteParts.includes(k) || namesHost(h, url);
  };
  // An <h1> agrees when it is the structured title, contains most of it, or is its first segment ("Section - Site").
  const agreeing = h1s.find((h) => {
    const k = compareKey(h);
    if (k.length === 0 || isSite(h)) return false;
    return refs.some((r) => r === k || (r.includes(k) && h.length > 15) || r.startsWith(`${k} `));
  });
  if (agreeing) return endingWith(agreeing, structured);
  // No structured title and a <title> that only names the site ("Anwalt Niemeyer"): the page's one <h1> is its
  // headline ("Willkommen!"). A <title> of "Headline - Site" keeps its headline (that <h1> may be the logo).
  const own = h1s.filter((h) => h.length > 0 && !isSite(h));
  if (structured.length === 0 && h1s.length === 1 && own.length === 1 && !SEPARATOR.test(docTitle)) return own[0];
  // Else the page's one headline-shaped <h1>: the structured title is often the SEO one, not what the page prints.
  const shaped = h1s.filter((h) => (h.split(/\s+/).length >= 4 || (h.length >= 12 && !/\s/.test(h))) && !isSite(h));
  if (shaped.length === 1) return endingWith(shaped[0], structured);
  if (structured[0]) return stripSiteSuffix(structured[0], siteName, url);
  if (docTitle) return stripSiteSuffix(docTitle, siteName, url);
  return h1s.find((h) => h.length > 0) ?? '';
}

// A kicker set inside the <h1> ("Corona-Pandemie", "100. Geburtstag") is a label above the headline, not part of it.
const KICKER = /kicker|overline|eyebrow|topic-label|dachzeile|roofline|visually-hidden|sr-only|screen-reader/i;

function headlineText(h1: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    else if (node.nodeType === 1 && !KICKER.test((node as Element).getAttribute('class') ?? '')) node.childNodes.forEach(walk);
  };
  walk(h1);
  return collapseWhitespace(parts.join(''));
}

/** "Quote / Headline" printed as one <h1> whose end is the structured headline: the headline. */
function endingWith(h1: string, structured: string[]): string {
  const k = compareKey(h1);
  for (const t of structured) {
    const tk = compareKey(t);
    if (tk.length >= 15 && k !== tk && k.endsWith(` ${tk}`) && tk.length >= 0.6 * k.length) return t;
  }
  return h1;
}

// The look-behinds start a separator at the first space of its run: from each space of a long run the pattern
// read the run to its end (quadratic).
const SEPARATOR = /(?<!\s)\s+[|\-–—:·»]\s+/;

/** The short last segment of "Headline | Site" (not the longest segment: "Opinion | Headline" ends in the headline). */
function siteSuffix(title: string): string | null {
  const parts = title.split(SEPARATOR);
  const last = parts[parts.length - 1];
  if (parts.length < 2 || last.split(/\s+/).length > 4) return null;
  return parts.slice(0, -1).some((p) => p.length > last.length) ? last : null;
}

/** The element that prints the headline: the <h1> (else <h2>) whose text is the title. */
function headlineElement(query: PageQuery, title: string): Element | null {
  const key = compareKey(title);
  if (!key) return null;
  for (const selector of ['h1', 'h2']) {
    const found = query.all(selector).slice(0, 20).find((h) => {
      const k = compareKey(h.textContent ?? '');
      return k === key || (k.length > 0 && k.includes(key));
    });
    if (found) return found;
  }
  return null;
}

function soleDate(text: string, lang: string): boolean {
  return new Set(findPrintedDates(text, lang).filter((d) => !d.isUpdate).map((d) => d.day)).size === 1;
}

/** The last date printed before the headline (a dateline above it), or null. */
function lastPrintedDate(text: string, lang: string): string | null {
  if (!text) return null;
  // Only the end of the text before the headline: further up are the site's header and its menus.
  return firstPrintedDate(text.slice(-60), lang);
}

/** "Entermedia" on entermedia.co.kr, "Vegolosi.it" on vegolosi.it: a title segment that is the site's address. */
function namesHost(segment: string, url: string): boolean {
  const key = segment.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');
  if (key.length < 4) return false;
  try {
    return new URL(url).hostname.split('.').some((label) => {
      const host = label.replace(/-/g, '');
      return host.length >= 4 && (key === host || (key.startsWith(host) && key.length - host.length <= 3));
    });
  } catch {
    return false;
  }
}

/** "Headline - Site", "Headline | Site", "Site: Headline" -> "Headline". */
export function stripSiteSuffix(title: string, siteName: string | null, url = ''): string {
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1];
  if (namesHost(last, url)) return title.slice(0, title.lastIndexOf(last)).replace(/(?<!\s)\s+[|\-–—:·»]\s+$/, '');
  if (siteName) {
    const site = compareKey(siteName);
    const last = parts[parts.length - 1];
    if (compareKey(last) === site || site.includes(compareKey(last))) return title.slice(0, title.lastIndexOf(last)).replace(/(?<!\s)\s+[|\-–—:·»]\s+$/, '');
    if (compareKey(parts[0]) === site) return title.slice(parts[0].length).replace(/^\s+[|\-–—:·»]\s+/, '');
  }
  // Without a known site name only strip a short trailing segment after a pipe (the most common convention).
  const pipe = title.lastIndexOf(' | ');
  if (pipe > 0 && title.length - pipe < 40) return title.slice(0, pipe);
  return title;
}

function readLang(doc: Document, query: PageQuery): string {
  const raw =
    doc.documentElement?.getAttribute('lang') ||
    doc.documentElement?.getAttribute('xml:lang') ||
    meta(query, 'og:locale', 'language', 'content-language') ||
    query.one('meta[http-equiv="content-language" i]')?.getAttribute('content') ||
    '';
  const tag = raw.trim().replace(/_/g, '-').split(/[\s,;]/)[0];
  if (/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(tag)) {
    const [primary, ...rest] = tag.split('-');
    return [primary.toLowerCase(), ...rest.map((r) => (r.length === 2 ? r.toUpperCase() : r))].join('-');
  }
  return guessLanguage(doc.body ? shownText(doc.body, LANG_SAMPLE_CHARS) : '');
}

const LANG_SAMPLE_CHARS = 5000;
/** Elements whose text no reader sees: a page's inline scripts are often English whatever its language. */
const UNSHOWN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The first max characters of the text under el, scripts, styles and templates left out (a loop: pages nest deep). */
function shownText(el: Element, max: number): string {
  const parts: string[] = [];
  let length = 0;
  let node: Node | null = el.firstChild;
  while (node && length < max) {
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      parts.push(text);
      length += text.length;
    } else if (node.nodeType === 1 && node.firstChild && !UNSHOWN.has((node as Element).tagName.toUpperCase())) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== el && !node.nextSibling) node = node.parentNode;
    node = node && node !== el ? node.nextSibling : null;
  }
  return parts.join('').slice(0, max);
}


function readDir(doc: Document): 'ltr' | 'rtl' {
  const dir = (doc.documentElement?.getAttribute('dir') || doc.body?.getAttribute('dir') || '').toLowerCase();
  return dir === 'rtl' ? 'rtl' : 'ltr';
}

/**
 * The address the page claims as its own (<link rel=canonical>, else og:url), kept as data: the page may name any
 * site, so what it is trusted for is decided where it is used (the citation: same-host.ts). A relative one resolves
 * against the address read, not a <base>, which may name another site. Credentials are refused: a canonical has
 * none, and "https://trusted.example@evil.example/" is written to be misread.
 */
export function readCanonical(query: PageQuery, url: string): string | null {
  const href = query.one('link[rel="canonical"]')?.getAttribute('href') ?? meta(query, 'og:url');
  if (!href) return null;
  try {
    const u = new URL(href, url);
    return /^https?:$/.test(u.protocol) && !u.username && !u.password ? u.href : null;
  } catch {
    return null;
  }
}
