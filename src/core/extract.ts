/**
 * The core pipeline: a Document and its URL in, a JSON-serialisable Article out.
 * preclean (whole-page clone) -> Readability -> postclean (article element) -> text, paragraphs, metadata.
 * Never touches the caller's document: everything after detection and metadata runs on a clone.
 */
import { Readability } from '@mozilla/readability';
import type { Article, RemovedReport } from './article';
import { findAttendees } from './attendees/index';
import { mergeReports, postRules, preRules, runRules } from './clean/index';
import type { CleanContext } from './clean/rule';
import { contentImages, contentText, resolveUrl } from './content-text';
import { cuesFor } from './cues/index';
import { detectArticle } from './detect';
import { cloneDocument, declobber, rootElement, windowOf } from './dom-safety';
import { readJsonLd } from './jsonld';
import { bylineFromTrailingLine, cleanByline, isPublisherName, readMetadata } from './metadata';
import { createSanitizer, type Sanitizer } from './sanitize';
import { readingMinutes } from './text/reading-time';
import { collapseWhitespace, countWords, truncate } from './text/normalize';

export interface ExtractOptions {
  /**
   * Sanitises the article HTML. Defaults to DOMPurify on the document's own window (browsers, jsdom). Callers on a
   * DOM that DOMPurify cannot run on (linkedom) must pass one built on a complete DOM (see src/node/).
   */
  sanitize?: Sanitizer;
  /** Elements beyond which Readability gives up (a bound on time for giant pages). */
  maxElements?: number;
  /** Skip the attendee summary (it is cheap; this is for benchmarks of extraction alone). */
  attendees?: boolean;
  /**
   * Leave `html` empty: for callers that use only the text (plain-text and citation exports, the text benchmark),
   * so they do not pay for sanitising — which in Node means DOMPurify on jsdom, the slowest step there is.
   */
  html?: boolean;
  /**
   * The caller hands the document over and will not use it again (the CLI, benchmarks): extraction works on it
   * directly instead of on a clone, which saves copying the whole page. Never set this on a live page.
   */
  consumeDocument?: boolean;
}

export class ExtractError extends Error {
  constructor(
    readonly code: 'too-large' | 'empty',
    message: string,
  ) {
    super(message);
    this.name = 'ExtractError';
  }
}

export const DEFAULT_MAX_ELEMENTS = 150_000;

/**
 * The extraction budget (docs/limits.md). Pages beyond it get ExtractError('too-large') in well under a second
 * instead of a run that takes minutes or overflows the stack. Elements: Readability's maxElemsToParse, checked
 * here first so a giant page is refused before it is cloned. Depth: Chrome's HTML parser never nests deeper than
 * 512, and deeper trees make Readability superlinear and recursive walkers overflow. Text: about 500,000 words,
 * far beyond any article, counted outside <script>/<style>/<template> (framework pages carry megabytes of JSON).
 */
export const MAX_DEPTH = 512;
export const MAX_TEXT_CHARS = 3_000_000;
/**
 * Elements in the article Readability chose (checked before the cleaning rules and the sanitiser, whose cost
 * grows with it: in Node, DOMPurify on jsdom is quadratic in the width of an element it unwraps).
 */
export const MAX_CONTENT_ELEMENTS = 25_000;

const UNCOUNTED_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** One iterative pass over the page; throws ExtractError('too-large') at the first bound exceeded. */
export function checkBudget(doc: Document, maxElements: number = DEFAULT_MAX_ELEMENTS): void {
  const root = doc.documentElement;
  if (!root) return;
  let elements = 0;
  let chars = 0;
  let depth = 0;
  let node: Node | null = root;
  while (node) {
    let skip = false;
    if (node.nodeType === 1) {
      if (++elements > maxElements) {
        throw new ExtractError('too-large', `The page has more than ${maxElements.toLocaleString('en')} elements, more than the reader reads.`);
      }
      if (depth > MAX_DEPTH) {
        throw new ExtractError('too-large', `The page nests elements more than ${MAX_DEPTH} levels deep, more than the reader reads.`);
      }
      skip = UNCOUNTED_TEXT.has((node as Element).tagName.toUpperCase());
    } else if (node.nodeType === 3) {
      chars += (node as Text).data.length;
      if (chars > MAX_TEXT_CHARS) {
        throw new ExtractError('too-large', `The page has more than ${MAX_TEXT_CHARS.toLocaleString('en')} characters of text, more than the reader reads.`);
      }
    }
    // Next node in document order: first child, else the next sibling of the nearest ancestor that has one.
    const first: Node | null = skip ? null : node.firstChild;
    if (first) {
      depth++;
      node = first;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      depth--;
    }
    node = node && node !== root ? node.nextSibling : null;
  }
}

export function extractArticle(document: Document, url: string, options: ExtractOptions = {}): Article {
  // A document with no root element (an empty string parsed by linkedom) breaks DOM getters: nothing to read.
  if (!rootElement(document)) throw new ExtractError('empty', 'Nothing readable was found on this page.');
  // The caller's document is never changed, unless the caller hands it over (the CLI parses a page only for this).
  // Everything below reads the working copy, cleared of DOM clobbering first (see dom-safety.ts).
  const clone = options.consumeDocument ? document : cloneDocument(document);
  declobber(clone);
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  checkBudget(clone, maxElements);
  const jsonLd = readJsonLd(clone);
  const detection = detectArticle(clone, url, jsonLd);
  const meta = readMetadata(clone, url, jsonLd);
  const baseUrl = baseUrlOf(clone, url);

  const ctx: CleanContext = {
    document: clone,
    title: meta.title,
    byline: meta.byline,
    description: meta.description,
    lang: meta.lang,
    cues: cuesFor(meta.lang),
    siteName: meta.siteName,
  };
  const removed: RemovedReport[] = [];
  if (clone.body) removed.push(...runRules(preRules, clone.body, ctx));

  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    parsed = new Readability<Element>(clone, {
      keepClasses: true,
      charThreshold: 300,
      maxElemsToParse: maxElements,
      serializer: (el) => el as Element,
    }).parse();
  } catch (err) {
    if (err instanceof Error && /Aborting parsing document/.test(err.message)) {
      throw new ExtractError('too-large', `The page has more elements than the extraction budget (${maxElements}).`);
    }
    // Readability assumes an HTML page; on trees it cannot walk (foreign roots, bodiless fragments) nothing is read.
    throw new ExtractError('empty', `Nothing readable was found on this page (${err instanceof Error ? err.message : String(err)}).`);
  }

  const content = parsed?.content ?? null;
  // querySelectorAll, not getElementsByTagName('*'): linkedom answers 0 to the latter (so Readability's own
  // maxElemsToParse never fires there; checkBudget above counts by walking).
  const contentElements = content ? content.querySelectorAll('*').length : 0;
  if (contentElements > MAX_CONTENT_ELEMENTS) {
    throw new ExtractError('too-large', `The article has ${contentElements.toLocaleString('en')} elements, more than the ${MAX_CONTENT_ELEMENTS.toLocaleString('en')} the reader reads.`);
  }
  if (content) {
    removed.push(...runRules(postRules, content, ctx));
    absolutiseUrls(content, baseUrl);
  }
  const { paragraphs, captions } = content ? contentText(content) : { paragraphs: [], captions: [] };
  const images = content ? contentImages(content, baseUrl) : [];
  if (paragraphs.length === 0 && images.length === 0) {
    throw new ExtractError('empty', 'Nothing readable was found on this page.');
  }
  const text = paragraphs.join('\n\n');
  const lang = meta.lang || (parsed?.lang ?? 'en');
  const wordCount = countWords(text);
  const wantHtml = options.html !== false && content !== null;
  const sanitize = wantHtml ? (options.sanitize ?? createSanitizer(windowOf(document))) : null;
  const title = meta.title || collapseWhitespace(parsed?.title ?? '');

  return {
    url,
    canonicalUrl: meta.canonicalUrl,
    title,
    byline: meta.byline ?? readabilityByline(parsed?.byline, detection.isArticle, meta.siteName, url) ?? (detection.isArticle ? bylineFromTrailingLine(paragraphs) : null),
    siteName: meta.siteName ?? (parsed?.siteName ? collapseWhitespace(parsed.siteName) : null),
    lang,
    dir: meta.dir === 'rtl' || parsed?.dir === 'rtl' ? 'rtl' : 'ltr',
    published: meta.published,
    excerpt: meta.description ?? (paragraphs[0] ? truncate(paragraphs[0], 300) : null),
    isArticle: detection.isArticle,
    detection: { score: detection.score, signals: detection.signals },
    html: sanitize && content ? sanitize(content.innerHTML) : '',
    text,
    paragraphs,
    images,
    wordCount,
    readingMinutes: readingMinutes(wordCount, lang),
    attendees: options.attendees === false ? null : findAttendees({ paragraphs, captions, lang, title }),
    removed: mergeReports(removed),
  };
}

/** Readability's byline guess (a "byline" class in the page) counts on articles only: listings have one per teaser. */
function readabilityByline(raw: string | null | undefined, isArticle: boolean, siteName: string | null, url: string): string | null {
  const byline = isArticle ? cleanByline(raw) : null;
  return byline && !isPublisherName(byline, siteName, url) ? byline : null;
}

/** The page's <base href> when it is http(s), else the page URL. */
function baseUrlOf(doc: Document, url: string): string {
  const base = doc.querySelector('base[href]')?.getAttribute('href');
  return (base && resolveUrl(base, url)) || url;
}

/** Links and images point at absolute http(s) URLs; anything else (javascript:, data:) loses its URL. */
function absolutiseUrls(root: Element, baseUrl: string): void {
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href')!;
    if (href.startsWith('#') || /^mailto:/i.test(href)) continue;
    const abs = resolveUrl(href, baseUrl);
    if (abs) a.setAttribute('href', abs);
    else a.removeAttribute('href');
  }
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const abs = resolveUrl(img.getAttribute('src') ?? '', baseUrl);
    if (abs) img.setAttribute('src', abs);
    else img.removeAttribute('src');
    img.removeAttribute('srcset');
  }
}
