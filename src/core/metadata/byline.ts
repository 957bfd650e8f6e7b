/**
 * Who wrote the article: the names a page gives as its authors, cleaned of what CMSs put around them (prefixes,
 * dates, job titles, the publication), and none rather than a placeholder ("admin", "No Author", "anónimo"), the
 * publisher's own name, or a commenter.
 */
import { metadataWords } from '../lang/metadata-words';
import type { PageQuery } from '../page/page-query';
import { plainLabel } from '../text/plain-label';
import { compareKey } from '../text/normalize';
import { nameOf, typesOf, type JsonLdNode } from './jsonld';
import { findPrintedDates } from './printed-date';
import { authorPageLinksBesideHeadline } from './author-page-link';
import { inComments } from './comment-thread';
import type { HeadlineZone } from './headline-zone';
import { headlineItemAuthor } from './microdata-author';
import { shownText } from './shown-text';

type Meta = (query: PageQuery, ...keys: string[]) => string | null;

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
let prefixRe: RegExp | undefined;
/** "By ", "von ", "Publicado por ", "Текст: ", "Bài và ảnh: " (longest first, so "posted by" wins over "by"). */
function bylinePrefix(): RegExp {
  prefixRe ??= new RegExp(String.raw`^(?:${metadataWords().bylinePrefixes.map(escape).join('|')})(?:\s*[:：]\s*|\s+)`, 'iu');
  return prefixRe;
}

/** A phrase as words of its own (no letter either side). */
const wordRegex = (w: string): RegExp => new RegExp(String.raw`(?:^|[^\p{L}])${escape(w)}(?:[^\p{L}]|$)`, 'u');

const wordIn = (list: string[], text: string): boolean => {
  const lower = text.toLowerCase();
  return list.some((w) => wordRegex(w).test(lower));
};

/** A name a CMS fills in when nobody is named ("admin", "jdadmin", "No Author", "Гость"). */
export function isPlaceholderAuthor(name: string): boolean {
  const key = name.toLowerCase().replace(/\s+/g, ' ').trim();
  if (metadataWords().placeholderAuthors.includes(key)) return true;
  // Account names built on "admin" (jdadmin, admin2) are one word; "Admin Smith" would be a name.
  return !/\s/.test(key) && key.includes('admin');
}

/** "TOM KRISHER" -> "Tom Krisher": a byline set in capitals is a name, not an acronym (VTV, AFP stay). */
function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);

/**
 * The text before the first separator: "|", "•", "·", "@" with or without spaces, a dash or "/" with spaces on both
 * sides ("Amy Kuperinsky | NJ Advance Media", "Chris Davies - Nov 19", "Jane @jane"); the spaces before it go too.
 * A scan rather than a split regex: runs of spaces would be re-read from each of their positions.
 */
function beforeSeparator(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const alone = '|•·@'.includes(ch);
    const spaced = ('–—-/'.includes(ch)) && isSpace(s[i - 1]) && isSpace(s[i + 1]);
    if (!alone && !spaced) continue;
    let cut = i;
    while (cut > 0 && isSpace(s[cut - 1])) cut--;
    return s.slice(0, cut);
  }
  return s;
}

/** Spaces and punctuation a cut date leaves at the end. */
function trimTrailing(s: string): string {
  let end = s.length;
  while (end > 0 && (isSpace(s[end - 1]) || ',;:.|•·–—-'.includes(s[end - 1]!))) end--;
  return s.slice(0, end);
}

/** Two words in capitals side by side ("TOM KRISHER"), each at least two capitals at the join. */
function twoCapitalWords(s: string): boolean {
  const words = s.split(/\s+/);
  return words.some((w, i) => i > 0 && /\p{Lu}\p{Lu}$/u.test(words[i - 1]!) && /^\p{Lu}\p{Lu}/u.test(w));
}

export function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  // Hidden and reordering characters go first, so none can disguise a prefix, a URL or an empty name.
  let s = plainLabel(raw).trim();
  for (let i = 0; i < 2; i++) s = s.replace(bylinePrefix(), '');
  // A date printed after the name ("Associated Press November 19, 2019, 9:02 AM"), and what the CMS put between.
  const date = findPrintedDates(s)[0];
  if (date && date.index > 0) s = s.slice(0, date.index);
  // From the first separator on: "Amy Kuperinsky | NJ Advance Media", "Chris Davies - Nov 19", "Jane @jane".
  s = beforeSeparator(s);
  const words = metadataWords();
  // Left behind by a cut date: a weekday, a connector ("am", "on", "le"), punctuation.
  for (let i = 0; i < 3; i++) {
    s = trimTrailing(s);
    const last = s.match(/\s(\p{L}+)$/u)?.[1];
    const lower = last?.toLowerCase() ?? '';
    if (last && (words.weekdays.includes(lower) || lower in words.months || words.dateConnectors.includes(lower))) s = s.slice(0, -last.length);
  }
  // Job titles and web addresses after a comma: "Tom Krisher, AP Auto Writer", "Troy L. Smith, Cleveland.com".
  const parts = s.split(',').map((p) => p.trim());
  s = parts.filter((p, i) => i === 0 || !(wordIn(words.roles, p) || /\.\p{L}{2,}$/u.test(p))).join(', ').trim();
  if (!s || s.length > 100 || /^https?:/i.test(s) || !/\p{L}/u.test(s)) return null;
  // Only a prefix was there ("By", "Article by"), or the word before a date ("Veröffentlicht am …").
  if (metadataWords().bylinePrefixes.includes(s.toLowerCase()) || words.dateConnectors.includes(s.toLowerCase())) return null;
  if (isPlaceholderAuthor(s)) return null;
  return s.length > 3 && s === s.toUpperCase() && twoCapitalWords(s) ? titleCase(s) : s;
}

const CONNECTORS = new Set(['and', 'und', 'et', 'y', 'e', 'và', '&', 'van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'la', 'le', 'bin', 'al']);

/**
 * A line opening with a byline word, the rest of the line captured. What may stand before the word excludes line
 * breaks, so a run of blank lines is read once rather than from each of its breaks.
 */
function bylineLineRegex(): RegExp {
  const prefixes = metadataWords().bylinePrefixes.map(escape).join('|');
  return new RegExp(String.raw`(?:^|\n)[|•·\t\p{Zs}]*(?:${prefixes})(?:\s*[:：]\s*|[ \t]+|\s*\n)([^\n]{1,120})`, 'giu');
}

/** The regexes this module builds at run time, for the hardening test that times every regex of the core. */
export function bylineRegexes(): RegExp[] {
  const w = metadataWords();
  return [bylinePrefix(), bylineLineRegex(), ...[...w.roles, ...w.placeholderAuthors].slice(0, 40).map(wordRegex)];
}

/**
 * The names printed right after the headline: a line starting with a byline word ("By Jane Doe | Nov. 19, 2019",
 * "von Max Muster", "Article by" then the name on the next line). Only at the start of a line, so "sacked by
 * Manchester United" in the standfirst is no byline, and only capitalised words, joined by "and", commas and
 * the particles of names.
 */
export function bylineInZone(zone: string): string | null {
  // "Veröffentlicht am 8. Februar 2022 von PETA-Team": what follows a date is read as a line of its own.
  const text = zone
    .slice(0, 400)
    .split('\n')
    .flatMap((line) => {
      const date = findPrintedDates(line)[0];
      return date ? [line, line.slice(date.index + date.length)] : [line];
    })
    .join('\n');
  for (const m of text.matchAll(bylineLineRegex())) {
    const clean = cleanByline(m[1]);
    if (!clean || !/^\p{Lu}/u.test(clean)) continue;
    const words = clean.split(/\s+/);
    const run: string[] = [];
    for (const w of words) {
      if (/^\p{Lu}[\p{L}\p{M}'’.-]*,?$/u.test(w) || CONNECTORS.has(w.toLowerCase().replace(/,$/, ''))) run.push(w);
      else break;
    }
    // A connector left at the end of a cut run ("Jane Doe and" before a date) is no part of the name.
    while (run.length < words.length && run.length && CONNECTORS.has(run[run.length - 1].toLowerCase())) run.pop();
    const name = run.join(' ').replace(/,$/, '');
    if (name && run.length <= 12) return cleanByline(name);
  }
  return null;
}

const AUTHOR_MARKS = '[class*="author" i], [class*="byline" i], [class*="autor" i], [id*="author" i], [rel="author"]';
// An author's picture, biography or archive link is no byline, and what a teaser list credits is another story's.
const NOT_BYLINE = /bio|avatar|about|photo|image|img|desc|more|other|related|list|box|widget|comment/i;

/**
 * The first author-marked element after the headline whose text is a name (capitalised words, joined by "and" or
 * commas): the byline of CMSs that print it with no "By" and no metadata ("Dan Evon", "Ralf Balke").
 */
function markedAfterHeadline(query: PageQuery, headline: Element | null): string | null {
  if (!headline) return null;
  let seen = 0;
  for (const el of query.all(AUTHOR_MARKS)) {
    if (!(headline.compareDocumentPosition(el) & 4) || inComments(el)) continue;
    if (NOT_BYLINE.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) continue;
    // A teaser card with its own headline ("tag-autorin" on a CMS's post list) is another story's, not a byline.
    if (el.querySelector('h1, h2, h3, h4')) continue;
    if (++seen > 3) break;
    const text = shownText(el).replace(/\s+/g, ' ').trim();
    if (!text || text.length > 80) continue;
    const name = cleanByline(text);
    if (name && isNameShaped(name)) return name;
  }
  return null;
}

function isNameShaped(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length <= 8 && words.every((w) => /^\p{Lu}[\p{L}\p{M}'’.-]*,?$/u.test(w) || CONNECTORS.has(w.toLowerCase()));
}

interface Authors {
  people: string | null;
  organisations: string | null;
}

/** The authors of every article node, people apart from organisations (an organisation is usually the publisher). */
function ldAuthors(nodes: JsonLdNode[]): Authors {
  const people: string[] = [];
  const organisations: string[] = [];
  for (const node of nodes) {
    const list = Array.isArray(node.author) ? node.author : [node.author];
    for (const a of list) {
      const name = nameOf(a);
      if (!name) continue;
      const isOrg = !!a && typeof a === 'object' && typesOf(a as JsonLdNode).some((t) => /Organization|Corporation/.test(t));
      (isOrg ? organisations : people).push(name);
    }
    if (people.length) break;
  }
  return { people: people.length ? [...new Set(people)].join(', ') : null, organisations: organisations[0] ?? null };
}

export function readByline(
  query: PageQuery,
  meta: Meta,
  url: string,
  ldNodes: JsonLdNode[],
  siteName: string | null,
  publisher: string | null,
  around: HeadlineZone,
  headline: Element | null = null,
  title = '',
): string | null {
  const zone = around.after;
  const ld = ldAuthors(ldNodes);
  // A byline element is trusted only when the page has one outside its comments: listings carry one per teaser.
  const marked = query.all('[rel="author"], [itemprop="author"]').filter((el) => !inComments(el));
  const markedText = marked.length === 1 ? shownText(marked[0].querySelector('[itemprop="name"]') ?? marked[0]) : null;
  const printed = bylineInZone(zone);
  const metaAuthor = meta(query, 'article:author', 'og:article:author', 'author', 'twitter:data1', 'dc.creator', 'dcterms.creator', 'sailthru.author', 'parsely-author');
  // In order of trust, each read only when those before it gave nothing (most pages stop at the first or second).
  const candidates: (() => string | null)[] = [
    () => ld.people,
    // Before the meta author: a page's <meta itemprop="author"> may be a sidebar item's.
    () => headlineItemAuthor(query, title),
    () => (metaAuthor && isUnshownAccount(metaAuthor, query) ? null : metaAuthor),
    () => markedText,
    () => printed,
    () => (zone ? markedAfterHeadline(query, headline) : null),
    () => authorPageLinksBesideHeadline(query, around, headline).find((text) => isNameShaped(cleanByline(text) ?? '')) ?? null,
    () => creditAboveHandleOrDate(zone),
    () => ld.organisations,
  ];
  const isPublication = (name: string) =>
    isPublisherName(name, siteName, url) || (!!publisher && isPublisherName(name, publisher, url));
  for (const candidate of candidates) {
    const cleaned = cleanByline(candidate());
    const clean = cleaned && withoutPublication(cleaned, isPublication);
    // A meta author naming the site is the publisher, not a byline.
    if (clean && !isPublication(clean)) return longerPrintedList(clean, printed) ?? clean;
  }
  return null;
}

/**
 * A one-word meta author the page never prints ("KWCHCIK") is the CMS account that filed the story, not a byline; a
 * one-word name the page shows ("Regan") is kept.
 */
export function isUnshownAccount(author: string, query: PageQuery): boolean {
  const name = author.trim();
  // Account names are ASCII; a name in a script written without spaces ("王小明") is one word too.
  if (!/^[A-Za-z0-9_.-]+$/.test(name)) return false;
  const body = query.one('body');
  return !!body && !shownText(body).toLowerCase().includes(name.toLowerCase());
}

/**
 * A credit with no "By" on the line above an @handle or a publication date: "Nishant Kumar" then "@Nishantopines",
 * "Detroit News wire services" then "Published 11:11 PM EST Nov 19, 2019". Above a handle the line must be a
 * person's name; above a date only a desk credit, since a section name ("World News") sits there too.
 */
function creditAboveHandleOrDate(zone: string): string | null {
  const lines = zone.split('\n').slice(0, 12);
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line.length > 60 || /\d/.test(line)) continue;
    const next = lines[i + 1]!.trim();
    const words = line.split(/\s+/);
    if (/^@[\w.]{2,30}$/.test(next) && words.length >= 2 && words.length <= 4 && isNameShaped(line)) return line;
    if (findPrintedDates(next).length && isDeskCredit(line)) return line;
  }
  return null;
}

const nameList = (byline: string): string[] =>
  byline.split(/(?<!\s)\s*,\s*|(?<!\s)\s+(?:and|und|et|y|e|và|&)\s+/iu).map((n) => compareKey(n)).filter(Boolean);

/**
 * The byline printed under the headline when it names everyone the chosen one names and more: structured data often
 * credits only the first of several authors ("By Stefan Becket, Kathryn Watson, Grace Segers"); or when it is the
 * chosen one without what follows the name.
 */
function longerPrintedList(chosen: string, printed: string | null): string | null {
  if (!printed) return null;
  // "Finian Cunningham. Sputnik International" in the metadata, "by Finian Cunningham" on the page: the page's.
  if (chosen.startsWith(printed) && /^\s*[.,/|]/.test(chosen.slice(printed.length))) return printed;
  const have = nameList(chosen);
  const shown = nameList(printed);
  return shown.length > have.length && have.every((n) => shown.includes(n)) ? printed : null;
}

/**
 * Many news CMSs (Vietnamese ones especially) sign the article with the author's name alone on the last line,
 * often bold and right-aligned, with no byline metadata. A short, name-shaped last paragraph is that byline.
 */
const SIGNATURE_TAIL = 100;

export function bylineFromTrailingLine(paragraphs: string[]): string | null {
  const last = paragraphs.length - 1;
  for (const [i, p] of paragraphs.slice(-2).reverse().entries()) {
    // A name-shaped line followed by a paragraph of prose heads that paragraph (a box: "Die Eishockey NEWS-App");
    // after a signature comes at most a short line (a source, a photo credit).
    if (i === 1 && paragraphs[last]!.length >= SIGNATURE_TAIL) continue;
    const line = cleanByline(p.replace(/^[([]|[)\]]$/g, ''));
    if (!line || line.length > 40 || /[\d.!?:;"“”]/.test(line)) continue;
    const words = line.split(/\s+/);
    const nameShaped = words.length >= 2 && words.length <= 5 && words.every((w) => /^\p{Lu}/u.test(w) || /^(-|&|và|and)$/i.test(w));
    if (nameShaped) return line === line.toUpperCase() ? titleCase(line) : line;
  }
  return null;
}

/** A byline that names the publisher (the site name, or the site's host written out) is no author. */
export function isPublisherName(byline: string, siteName: string | null, url: string): boolean {
  if (isDeskCredit(byline)) return false;
  const key = foldKey(byline);
  // foldKey keeps Latin letters only: two names in other scripts both fold to '', so they are compared as written.
  if (siteName) {
    const site = foldKey(siteName);
    if (key ? site === key || (key.length >= 5 && site.includes(key)) : compareKey(siteName) === compareKey(byline)) return true;
  }
  let labels: string[] = [];
  try {
    labels = new URL(url).hostname.split('.').slice(0, -1).filter((l) => l !== 'www');
  } catch {
    return false;
  }
  // "RT" on rt.com, "Sky" on news.sky.com, "LinkNaija" on linknaija.com, "Báo Phú Yên" on baophuyen.vn.
  return labels.some((l) => {
    const host = l.replace(/-/g, '');
    return key === host || (host.length >= 4 && key.includes(host)) || (key.length >= 5 && host.startsWith(key));
  });
}

/** "Telegraph Sport", "PETA-Team", "Redaktion Tagesspiegel": a desk word beside the name makes a newsroom credit. */
function isDeskCredit(byline: string): boolean {
  const words = byline.toLowerCase().split(/[^\p{L}\p{M}]+/u).filter(Boolean);
  if (words.length < 2) return false;
  const line = ` ${words.join(' ')} `;
  return metadataWords().deskWords.some((w) => line.includes(` ${w} `));
}

/**
 * "AFP/The Local", "Finian Cunningham. Sputnik International", "Max Muster, Badische Zeitung": the publication
 * named beside the author, at either end, goes; the byline is unchanged when no end names it.
 */
function withoutPublication(byline: string, isPublication: (segment: string) => boolean): string {
  // An address ("facebook.com/vegolosi") is one piece: its slash separates no names.
  if (/[\p{L}\d]\.\p{L}{2,}\//u.test(byline)) return byline;
  const parts = byline.split(/((?<!\s)\s*\/\s*|(?<!\s)\s*,\s*|\.\s+)/);
  if (parts.length < 3) return byline;
  if (isPublication(parts[parts.length - 1]!)) parts.splice(-2);
  if (parts.length >= 3 && isPublication(parts[0]!)) parts.splice(0, 2);
  return parts.join('').trim() || byline;
}

/** Lower-case ASCII letters and digits only: "Báo Phú Yên Mới" -> "baophuyenmoi". */
function foldKey(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase().replace(/[^a-z0-9]/g, '');
}
