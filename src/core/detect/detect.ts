/**
 * Is this page an article a person would want to read clean? Runs on every page load in the always-on content
 * script, so it must stay cheap (one pass over <p> and headings, no layout, no Readability) and small.
 * isProbablyReaderable alone says "yes" to category pages, home pages and search results; here it is one signal
 * among structured data and the shape of the content.
 * Cost model (a content script's isolated world, fresh on every page load): every element handed to JS gets a
 * wrapper, and each kind of DOM object is set up on first use, so it touches few elements (selector queries, not
 * loops over <meta>; counts without reading the elements), only NodeLists (no HTMLCollection), and skips
 * whole-page queries whose answer cannot matter. Functions are compiled when first called, so each stage is its
 * own function and a page decided early never compiles the rest. In a renderer process that has not run it
 * before, each regular expression is compiled on first use: the always-on path has none before Readability's
 * readerable check, which runs only when it can change the verdict (string scans in address-signals.ts,
 * title-key.ts, jsonld.ts), and no URL parsing (the content script passes location.pathname).
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import type { Detection, DetectionSignal } from '../article';
import { ARTICLE_TYPES, LISTING_TYPES, readJsonLd, typesOf, type JsonLdNode } from '../metadata/jsonld';
import { nativeQuery, type PageQuery } from '../page/page-query';
import { addressSignals } from './address-signals';
import { titleKey } from './title-key';

export const ARTICLE_THRESHOLD = 0.5;

export interface DetectResult extends Detection {
  isArticle: boolean;
}

export interface DetectOptions {
  /**
   * Stop as soon as the verdict cannot change, whatever the remaining signals say: the always-on content script
   * needs only isArticle. The signals then stop short (the last is "decided-early" when no paragraph was read, and
   * on a well-marked article or an obvious listing no heading either; "decided-without-readerable" when
   * Readability's readerable check was skipped) and the score is a bound.
   */
  stopWhenDecided?: boolean;
  /**
   * The path of `url` as the URL parser gives it, when the caller has it already: a content script reads
   * location.pathname, where parsing the address again would set up the URL parser in its fresh context.
   */
  path?: string;
}

/** Bounds of what the content-shape signals can still add (see the weights below). */
const PROSE_MAX = 0.4;
const PROSE_SHORT = 0.3;
const PROSE_MIN = -0.2;
/** Characters of prose in one block for a long run / a short one (news briefs are often under 1,000) / below
 * which it counts against; in between, a few lines tell neither way. */
const PROSE_LONG_CHARS = 1500;
const PROSE_SHORT_CHARS = 500;
const PROSE_SOME_CHARS = 250;
/** Linked headlines per character of the main prose that make a page a listing rather than an article with a
 * column of related links beside it. */
const CHARS_PER_TEASER = 60;
const READERABLE = 0.2;
const TEASER_LIST = -0.35;
const PAGINATION = -0.1;
const H1_MATCHES_TITLE = 0.2;
const PRODUCT = -0.4;

/**
 * `jsonLd` may be passed when the caller has already read it (extraction reads it for metadata too).
 * Each stage is its own function: a function is compiled when first called, so a page decided from its metadata
 * never compiles the paragraph pass. Stages run cheapest first, and each early stop is proven by the bounds of
 * what the remaining stages can add (every read in a fresh content-script world costs: see bench:extension).
 */
export function detectArticle(
  doc: Document,
  url: string,
  jsonLd?: JsonLdNode[],
  query: PageQuery = nativeQuery(doc),
  options: DetectOptions = {},
): DetectResult {
  const signals = headSignals(doc, query, jsonLd);
  // The address is reported after the content signals, in the order of the full run.
  const urlSignals = addressSignals(url, options.path);
  const teasers = countTeasers(query);
  // What the headline check, the content shape and the readerable check can still add or take away.
  const decided = (known: DetectionSignal[], headingMin: number, headingMax: number) => {
    const raw = sum(known) + sum(urlSignals);
    const worst = raw + headingMin + PROSE_MIN + (teasers >= 8 ? TEASER_LIST : 0) + (teasers >= 5 ? PAGINATION : 0);
    const best = raw + headingMax + PROSE_MAX + READERABLE;
    return worst >= ARTICLE_THRESHOLD || best < ARTICLE_THRESHOLD
      ? { ...result([...known, ...urlSignals, { name: 'decided-early', weight: 0 }]), isArticle: worst >= ARTICLE_THRESHOLD }
      : null;
  };

  // A well-marked article or an obvious listing is settled before its headings are read.
  const early = options.stopWhenDecided ? decided(signals, 0, H1_MATCHES_TITLE) : null;
  if (early) return early;
  signals.push(...headingSignals(doc, query));
  const settled = options.stopWhenDecided ? decided(signals, 0, 0) : null;
  if (settled) return settled;

  const shape = shapeSignals(query, teasers);
  signals.push(...shape.signals, ...urlSignals);

  if (options.stopWhenDecided) {
    // The readerable signal only adds READERABLE: skip it when that cannot move the score across the threshold.
    const raw = sum(signals);
    if (raw >= ARTICLE_THRESHOLD || raw + READERABLE < ARTICLE_THRESHOLD) {
      return result([...signals, { name: 'decided-without-readerable', weight: 0 }]);
    }
  }

  // The paragraphs read above usually settle it; otherwise Readability walks the page itself.
  const readerableSum = shape.readerableCandidates.reduce((total, [p, text]) => total + readerableShare(p, text), 0);
  if (readerableSum > READERABLE_SCORE || isProbablyReaderable(doc, { visibilityChecker: isVisible })) {
    signals.push({ name: 'readerable', weight: READERABLE });
  }
  return result(signals);
}

const sum = (signals: DetectionSignal[]) => signals.reduce((total, x) => total + x.weight, 0);

function result(signals: DetectionSignal[]): DetectResult {
  const score = Math.round(Math.min(1, Math.max(0, sum(signals))) * 100) / 100;
  return { score, signals, isArticle: score >= ARTICLE_THRESHOLD };
}

const signal = (name: string, weight: number, detail?: string): DetectionSignal => (detail ? { name, weight, detail } : { name, weight });

/*
 * One selector per query: Blink matches a single selector on a fast path, and a selector list element by element
 * against each of its selectors, several times slower over a whole page (`npm run bench:selectors` prints both;
 * the teaser count was the detector's costliest query).
 */

/** Linked headlines: links in <h2>-<h4>, and <h2>/<h3> in links inside an article. */
export const TEASER_SELECTORS = ['h2 a[href]', 'h3 a[href]', 'h4 a[href]', 'article a[href] h2', 'article a[href] h3'];
export const PUBLISHED_SELECTORS = ['meta[property="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="pubdate"]'];
export const PAGINATION_SELECTORS = ['a[rel="next"]', 'link[rel="next"]', '.pagination', 'nav[aria-label*="agination" i]'];

/**
 * Counted natively, no element is read. A link inside nested headings counts once per heading (rare markup; the
 * price of summing single selectors).
 */
function countTeasers(query: PageQuery): number {
  return TEASER_SELECTORS.reduce((n, selector) => n + query.count(selector), 0);
}

const anyMatch = (query: PageQuery, selectors: string[]) => selectors.some((selector) => query.one(selector));

/** Structured data, Open Graph type and a publication time. */
function headSignals(doc: Document, query: PageQuery, jsonLd: JsonLdNode[] | undefined): DetectionSignal[] {
  const signals: DetectionSignal[] = [];
  const ldTypes = (jsonLd ?? readJsonLd(doc, query)).flatMap(typesOf);
  const articleType = ldTypes.find((t) => ARTICLE_TYPES.has(t));
  if (articleType) signals.push(signal('jsonld-article', 0.4, articleType));
  else if (ldTypes.some((t) => LISTING_TYPES.has(t) && t !== 'WebSite')) signals.push(signal('jsonld-listing', -0.3, ldTypes.join(',')));

  const ogType = query.one('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  // og:type "website" is no sign either way: many sites print it on every page, articles included.
  if (ogType === 'article' || ogType?.startsWith('article')) signals.push(signal('og-type-article', 0.25));
  // A shop's product page: its description may be long prose, but the page is a shelf, not a piece to read.
  if (!articleType && (ldTypes.includes('Product') || ogType?.startsWith('product'))) signals.push(signal('product-page', PRODUCT));

  if (anyMatch(query, PUBLISHED_SELECTORS)) {
    signals.push(signal('published-time', 0.15));
  }
  return signals;
}

/** One dominant <h1> that agrees with the page title. */
function headingSignals(doc: Document, query: PageQuery): DetectionSignal[] {
  const signals: DetectionSignal[] = [];
  const h1s = query.all('h1');
  if (h1s.length >= 1 && h1s.length <= 2) {
    const h1 = titleKey(h1s[0].textContent ?? '');
    // The title is read only when the <h1> could match it.
    if (h1.length >= 15 && titleKey(query.one('meta[property="og:title"]')?.getAttribute('content') ?? doc.title ?? '').includes(h1)) {
      signals.push(signal('h1-matches-title', H1_MATCHES_TITLE));
    }
  }
  // Several <h1>s are no sign of a listing: HTML5 pages give every section one (a broadcaster's article has six).
  return signals;
}

/**
 * Content shape: the prose of the page's main block versus many short teasers, each in its own card, whose
 * summaries may be long but never form a run. Prose is counted four ways, the largest kept: paragraphs under one
 * parent; paragraphs each wrapped alone in a box of their own, under the boxes' parent; text set between <br>s
 * directly in one element (older sites and forums write whole articles so); the block the page marks as its
 * article's body. Paragraphs inside a sign-up or log-in form (its notices and errors) are not prose. Also hands
 * back the paragraphs long enough to count for isProbablyReaderable, scored only if that signal is needed.
 */
function shapeSignals(query: PageQuery, teasers: number): { signals: DetectionSignal[]; readerableCandidates: Array<[Element, string]> } {
  const signals: DetectionSignal[] = [];
  const runs = new Map<Node, number>();
  const readerableCandidates: Array<[Element, string]> = [];
  const formVerdicts = new Map<Element, boolean>();
  // Captions count too (a photo story tells its story in them), grouped by the container of their figures.
  const blocks = query.all('p, figcaption');
  for (let i = 0; i < blocks.length; i++) {
    const p = blocks[i];
    // Paragraphs nested in paragraphs (malformed or hostile markup) count by the innermost: reading the text of
    // every level would make detection quadratic in the nesting depth. The list is in document order, so a block
    // holds another exactly when it holds the next one.
    if (blocks[i + 1] && p.contains(blocks[i + 1])) continue;
    const text = p.textContent ?? '';
    if (text.length < 80) continue;
    if (text.length >= READERABLE_MIN_LENGTH) readerableCandidates.push([p, text]);
    const parent = p.tagName === 'FIGCAPTION' ? galleryOf(p) : runParent(p);
    if (!parent || (p.childElementCount > 0 && linkChars(p) / text.length > 0.5) || inSignUpForm(p, formVerdicts)) continue;
    runs.set(parent, (runs.get(parent) ?? 0) + text.length);
  }
  let chars = Math.max(0, ...runs.values());
  // Text between <br>s and the marked body are read only when the paragraphs leave the verdict open.
  if (chars < PROSE_LONG_CHARS) chars = Math.max(chars, brTextChars(query), markedBodyChars(query));
  const detail = `${chars} characters`;
  if (chars >= PROSE_LONG_CHARS) signals.push(signal('prose-run', PROSE_MAX, detail));
  else if (chars >= PROSE_SHORT_CHARS) signals.push(signal('short-prose', PROSE_SHORT, detail));
  else if (chars < PROSE_SOME_CHARS) signals.push(signal('little-prose', PROSE_MIN, detail));

  if (teasers >= 8 && chars < teasers * CHARS_PER_TEASER) signals.push(signal('teaser-list', TEASER_LIST, `${teasers} linked headlines`));

  if (teasers >= 5 && anyMatch(query, PAGINATION_SELECTORS)) {
    signals.push(signal('pagination', PAGINATION));
  }
  return { signals, readerableCandidates };
}

/**
 * The element a paragraph's run is counted under: its parent, or, when the parent is a box holding nothing but
 * this paragraph (<div class="para"><p>…</p></div>, one box per paragraph), the boxes' parent. A teaser card holds
 * a headline or an image beside its summary, so cards stay apart.
 */
function runParent(p: Element): Node | null {
  const box = p.parentElement;
  // Alone in its box, asked of the paragraph's siblings: linkedom counts a parent's children anew on every call, so
  // box.childElementCount would read all 10,000 paragraphs of a long body once per paragraph.
  const alone = !p.previousElementSibling && !p.nextElementSibling;
  return box && alone && box.localName !== 'body' && box.parentNode ? box.parentNode : p.parentNode;
}

/**
 * In a form that asks for an e-mail address or a password and has few links: a sign-up or log-in form. A form that
 * wraps a whole page (ASP.NET sites do so, with a log-in box somewhere in it) holds the site's navigation too.
 */
function inSignUpForm(p: Element, verdicts: Map<Element, boolean>): boolean {
  const form = p.closest('form');
  if (!form) return false;
  // One verdict per form: a page-wide ASP.NET form would otherwise be searched again for every paragraph in it.
  let verdict = verdicts.get(form);
  if (verdict === undefined) {
    verdict = !!form.querySelector('[type="password"], [type="email"]') && form.querySelectorAll('a').length < 20;
    verdicts.set(form, verdict);
  }
  return verdict;
}

/**
 * The text of the block the page marks as its article's body (schema.org's articleBody, or the page's one
 * <article>), less its link text, whatever markup holds it (<div>s, lists, tables). A listing marks no body, or has
 * one <article> per teaser.
 */
function markedBodyChars(query: PageQuery): number {
  const body = query.one('[itemprop="articleBody"]') ?? (query.count('article') === 1 ? query.one('article') : null);
  return body ? (body.textContent ?? '').trim().length - linkChars(body) : 0;
}

/** The most text set directly in one element between <br>s ("text<br><br>text"); each <br>'s parent read once. */
function brTextChars(query: PageQuery): number {
  const seen = new Set<Node>();
  let best = 0;
  for (const br of query.all('br')) {
    const parent = br.parentNode;
    if (!parent || seen.has(parent)) continue;
    seen.add(parent);
    let chars = 0;
    for (let node = parent.firstChild; node; node = node.nextSibling) if (node.nodeType === 3) chars += node.textContent!.trim().length;
    best = Math.max(best, chars);
  }
  return best;
}

/**
 * isProbablyReaderable sums sqrt(length - 140) over visible, likely-content <p>, <pre> and <article> elements of at
 * least 140 trimmed characters, and says yes once the sum passes 20: the order does not matter, so the share of any
 * subset of those elements that passes 20 already means yes. The subset counted here is the plain paragraphs
 * (no attribute, so visible and with no unlikely class or id; not in a list item) that the prose pass reads anyway.
 */
const READERABLE_MIN_LENGTH = 140;
const READERABLE_SCORE = 20 + 1e-9; // a hair above 20: this sum adds in a different order than Readability's
function readerableShare(block: Element, text: string): number {
  if (block.localName !== 'p' || block.hasAttributes()) return 0;
  const length = text.trim().length;
  if (length < READERABLE_MIN_LENGTH || block.parentElement?.closest('li')) return 0;
  return Math.sqrt(length - READERABLE_MIN_LENGTH);
}

/** Characters of link text inside a block. */
function linkChars(block: Element): number {
  // Most paragraphs with markup hold emphasis, not links: one lookup, no list, for those.
  if (!block.querySelector('a')) return 0;
  const links = block.querySelectorAll('a');
  let n = 0;
  for (let i = 0; i < links.length; i++) n += links[i].textContent?.length ?? 0;
  return n;
}

/**
 * Readability's own visibility test (inline display:none, hidden, aria-hidden="true" unless a fallback image),
 * without materialising a style object for every element that has no style attribute to hide it.
 */
function isVisible(node: Node): boolean {
  const el = node as HTMLElement;
  const style = el.hasAttribute('style') ? el.style : null;
  return (
    (!style || style.display != 'none') &&
    !el.hasAttribute('hidden') &&
    (!el.hasAttribute('aria-hidden') || el.getAttribute('aria-hidden') != 'true' || !!el.className?.includes?.('fallback-image'))
  );
}

/** The container a caption's figure shares with its sibling figures (a gallery), looked for a few levels up. */
function galleryOf(caption: Element): Node | null {
  let node: Element | null = caption.closest('figure') ?? caption;
  for (let depth = 0; depth < 4 && node?.parentElement; depth++) {
    node = node.parentElement;
    if (node.querySelectorAll('figure').length >= 2) return node;
  }
  return caption.parentNode;
}
