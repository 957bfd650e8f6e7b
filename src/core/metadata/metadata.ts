/**
 * Page metadata read from the original document (before Readability changes the clone): title, byline, site,
 * language, dates, canonical URL. Structured sources (JSON-LD, Open Graph, article:* meta) win over guesses.
 */
import { articleNode, nameOf, readJsonLd, type JsonLdNode } from './jsonld';
import { nativeQuery, type PageQuery } from '../page/page-query';
import { collapseWhitespace, compareKey } from '../text/normalize';
import { plainLabel, plainLabelOrNull } from '../text/plain-label';

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
}

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

export function readMetadata(
  doc: Document,
  url: string,
  jsonLd?: JsonLdNode[],
  query: PageQuery = nativeQuery(doc),
): PageMetadata {
  jsonLd ??= readJsonLd(doc, query);
  const articleLd = articleNode(jsonLd);
  // A site name of hidden characters only is none (the byline's candidates are cleaned the same way, in cleanByline).
  const siteName = plainLabelOrNull(meta(query, 'og:site_name', 'application-name') ?? nameOf(articleLd?.publisher));
  return {
    title: readTitle(doc, query, articleLd, siteName),
    byline: readByline(query, url, articleLd, siteName),
    siteName,
    lang: readLang(doc, query),
    dir: readDir(doc),
    published: readPublished(query, articleLd),
    canonicalUrl: readCanonical(query, url),
    description: meta(query, 'description', 'og:description', 'twitter:description') ??
      (typeof articleLd?.description === 'string' ? collapseWhitespace(articleLd.description) : null),
    jsonLd,
    articleLd,
  };
}

/** The headline: the <h1> that agrees with the structured title, else the structured title, else <title>. */
function readTitle(doc: Document, query: PageQuery, ld: JsonLdNode | null, siteName: string | null): string {
  const structured = [meta(query, 'og:title', 'twitter:title'), typeof ld?.headline === 'string' ? ld.headline : null]
    .filter((x): x is string => !!x)
    .map(collapseWhitespace);
  const docTitle = collapseWhitespace(doc.title || query.one('title')?.textContent || '');
  const h1s = query.all('h1').slice(0, 10).map((h) => collapseWhitespace(h.textContent ?? ''));
  const refs = [...structured, docTitle].map(compareKey).filter(Boolean);
  // An <h1> agrees when it is the structured title, contains most of it, or is its first segment ("Section - Site").
  const agreeing = h1s.find((h) => {
    const k = compareKey(h);
    return k.length > 0 && refs.some((r) => r === k || (r.includes(k) && h.length > 15) || r.startsWith(`${k} `));
  });
  if (agreeing) return agreeing;
  if (structured[0]) return stripSiteSuffix(structured[0], siteName);
  if (docTitle) return stripSiteSuffix(docTitle, siteName);
  return h1s.find((h) => h.length > 0) ?? '';
}

/** "Headline - Site", "Headline | Site", "Site: Headline" -> "Headline". */
export function stripSiteSuffix(title: string, siteName: string | null): string {
  // The look-behinds start a separator at the first space of its run: from each space of a long run the pattern
  // read the run to its end (quadratic).
  const parts = title.split(/(?<!\s)\s+[|\-–—:·»]\s+/);
  if (parts.length < 2) return title;
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

const BYLINE_PREFIX = /^(by|bài(?: và ảnh)?|ảnh|theo|tác giả|written by|posted by|author)\s*[:：]?\s+/i;

export function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  // Hidden and reordering characters go first, so none can disguise a prefix, a URL or an empty name.
  let s = plainLabel(raw).replace(BYLINE_PREFIX, '');
  // From the first space of a run, and "[^]*" to the end (the label has no line breaks; ".*" tried from each
  // separator of a long line ending in one read to it every time).
  s = s.replace(/(?<!\s)\s*[|•·]\s*(\d|thứ|chủ nhật|updated|cập nhật)[^]*$/i, '').trim();
  if (!s || s.length > 100 || /^https?:/i.test(s)) return null;
  return s;
}

function readByline(query: PageQuery, url: string, ld: JsonLdNode | null, siteName: string | null): string | null {
  const candidates: (string | null)[] = [
    nameOf(ld?.author),
    meta(query, 'article:author', 'author', 'twitter:data1', 'dc.creator', 'sailthru.author', 'parsely-author'),
  ];
  // A byline element is trusted only when the page has one: listings carry one per teaser.
  const bylineEls = query.all('[rel="author"], [itemprop="author"]');
  if (bylineEls.length === 1) candidates.push(bylineEls[0].querySelector('[itemprop="name"]')?.textContent ?? bylineEls[0].textContent);
  for (const c of candidates) {
    const clean = cleanByline(c);
    // A meta author naming the site is the publisher, not a byline.
    if (clean && !isPublisherName(clean, siteName, url)) return clean;
  }
  return null;
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
  return guessLang(doc.body?.textContent?.slice(0, 5000) ?? '');
}

/** A cheap guess for pages that do not declare a language: Vietnamese has many letters no other script uses. */
export function guessLang(sample: string): string {
  const vi = sample.match(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/gi)?.length ?? 0;
  if (vi > 20 || vi / Math.max(1, sample.length) > 0.01) return 'vi';
  return 'en';
}

function readDir(doc: Document): 'ltr' | 'rtl' {
  const dir = (doc.documentElement?.getAttribute('dir') || doc.body?.getAttribute('dir') || '').toLowerCase();
  return dir === 'rtl' ? 'rtl' : 'ltr';
}

function readPublished(query: PageQuery, ld: JsonLdNode | null): string | null {
  const candidates = [
    typeof ld?.datePublished === 'string' ? ld.datePublished : null,
    meta(query, 'article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate',
      'date', 'dc.date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date'),
    soleTimeElement(query),
  ];
  for (const c of candidates) {
    const iso = toIsoDate(c);
    if (iso) return iso;
  }
  return null;
}

/** A <time datetime> is the publication date only when it is marked so, or is the page's only one (not a list). */
function soleTimeElement(query: PageQuery): string | null {
  const marked = query.one('time[pubdate][datetime], time[itemprop="datePublished"][datetime]');
  if (marked) return marked.getAttribute('datetime');
  const all = query.all('time[datetime]');
  return all.length === 1 ? all[0].getAttribute('datetime') : null;
}

/** Normalises a date string to ISO 8601 when it clearly is one (keeps the page's own offset), else null. */
export function toIsoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  const m = s.match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/);
  if (m) {
    const [, y, mo, d, h, mi, sec, tz] = m;
    if (!h) return `${y}-${mo}-${d}`;
    const zone = tz ? (tz === 'Z' ? 'Z' : tz.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    return `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}${zone}`;
  }
  // Vietnamese and European day-first dates: 29/06/2021, 29-6-2021.
  const dm = s.match(/\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/);
  if (dm) {
    const [, d, mo, y] = dm;
    if (+mo >= 1 && +mo <= 12 && +d >= 1 && +d <= 31) return `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
  }
  return null;
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

/**
 * Many news CMSs (Vietnamese ones especially) sign the article with the author's name alone on the last line,
 * often bold and right-aligned, with no byline metadata. A short, name-shaped last paragraph is that byline.
 */
export function bylineFromTrailingLine(paragraphs: string[]): string | null {
  for (const p of paragraphs.slice(-2).reverse()) {
    const line = cleanByline(p.replace(/^[([]|[)\]]$/g, ''));
    if (!line || line.length > 40 || /[\d.!?:;"“”]/.test(line)) continue;
    const words = line.split(/\s+/);
    const nameShaped = words.length >= 2 && words.length <= 5 && words.every((w) => /^\p{Lu}/u.test(w) || /^(-|&|và|and)$/i.test(w));
    if (nameShaped) return line === line.toUpperCase() ? titleCase(line) : line;
  }
  return null;
}

/** "VĂN TÀI" -> "Văn Tài": signatures set in capitals are names, not acronyms. */
function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** A byline that names the publisher (the site name, or the site's host written out) is no author. */
export function isPublisherName(byline: string, siteName: string | null, url: string): boolean {
  const key = foldKey(byline);
  // foldKey keeps Latin letters only: two names in other scripts both fold to '', so they are compared as written.
  if (siteName && (key ? foldKey(siteName) === key : compareKey(siteName) === compareKey(byline))) return true;
  let host = '';
  try {
    host = new URL(url).hostname.replace(/^www\./, '').split('.')[0];
  } catch {
    return false;
  }
  return host.length >= 4 && key.includes(host.replace(/-/g, ''));
}

/** Lower-case ASCII letters and digits only: "Báo Phú Yên Mới" -> "baophuyenmoi". */
function foldKey(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase().replace(/[^a-z0-9]/g, '');
}
