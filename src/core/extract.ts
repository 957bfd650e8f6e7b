/**
 * The core pipeline: a Document and its URL in, a JSON-serialisable Article out.
 * preclean (whole-page clone) -> Readability -> postclean (article element) -> text, paragraphs, metadata.
 * Never touches the caller's document: everything after detection and metadata runs on a clone.
 */
import { Readability } from '@mozilla/readability';
import type { Article, Attendees, ExtractionGuess, RemovedReport } from './article';
import { plainAttendeesOrNull, withPlainLabels } from './article-labels';
import { findAttendees } from './attendees/index';
import { createRun, mergeReports, rules, runRules, type CleanContext } from './clean/index';
import { noteStandfirst, standfirstOf, type NotedStandfirst } from './metadata/standfirst';
import { captionOf, contentImages, contentText, resolveUrl } from './content-text';
import { cuesFor } from './lang/clean-cues';
import { fallbackContent, jsonLdArticleBody } from './fallback/fallback-content';
import { largestTextBlock } from './fallback/largest-text-block';
import { blockHints, completePick, pageBlocks } from './fallback/adjacent-prose';
import { detectArticle } from './detect/detect';
import { cloneDocument, declobber, rootElement, windowOf } from './page/dom-safety';
import { ExtractError } from './extract-error';
import { otherWorksAuthors, readJsonLd } from './metadata/jsonld';
import { bylineFromTrailingLine, cleanByline, isPublisherName, readMetadata, signatureOfBody, type PageMetadata } from './metadata/metadata';
import { DEFAULT_MAX_ELEMENTS, indexPage } from './page/page-index';
import { indexQuery } from './page/index-query';
import type { PageQuery } from './page/page-query';
import { carryLiveSources, liveImageSources, resolveLazyImages } from './page/lazy-images';
import { unmarkImageWrappers } from './page/image-wrappers';
import { adoptLeadFigure } from './page/lead-figure';
import { normaliseFormulas } from './page/formulas';
import { pruneForReadability } from './page/prune';
import { createSanitizer, type Sanitizer } from './sanitize';
import { readingMinutes } from './text/reading-time';
import { collapseWhitespace, countReadingUnits, truncate } from './text/normalize';

export { ExtractError } from './extract-error';
export { DEFAULT_MAX_ELEMENTS, MAX_DEPTH, MAX_TEXT_CHARS } from './page/page-index';

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
   * Hand the attendee pass to the caller instead of running it: the Article comes back with `attendees: null` and
   * `find` gives the summary the Article would have had (labels made plain the same way). The reader shows the article
   * first and the people a moment later: on a page's first extraction in a browser the pass cost as much as the rest.
   */
  attendeesLater?: (find: () => Attendees | null) => void;
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
  /**
   * Called as each stage ends, with its name (for the profile bench: `npm run bench:profile`). The core keeps no
   * clock; the caller reads its own.
   */
  trace?: (stage: string) => void;
}

/**
 * Elements in the article Readability chose (checked before the cleaning rules and the sanitiser, whose cost
 * grows with it: in Node, DOMPurify on jsdom is quadratic in the width of an element it unwraps).
 */
export const MAX_CONTENT_ELEMENTS = 25_000;

export function extractArticle(document: Document, url: string, options: ExtractOptions = {}): Article {
  // A document with no root element (an empty string parsed by linkedom) breaks DOM getters: nothing to read.
  if (!rootElement(document)) throw new ExtractError('empty', 'Nothing readable was found on this page.');
  // The caller's document is never changed, unless the caller hands it over (the CLI parses a page only for this).
  // Everything below reads the working copy: walked through prototype getters, then cleared of DOM clobbering
  // before anything else reads it (see dom-safety.ts).
  const trace = options.trace;
  // What the live page shows for each image (currentSrc), read before the copy that never loaded anything.
  const liveSources = liveImageSources(document);
  const clone = options.consumeDocument ? document : cloneDocument(document);
  trace?.('clone');
  // One walk enforces the budget and indexes the page for every read-only query until the cleaning starts.
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  const index = indexPage(clone, maxElements);
  trace?.('budget');
  declobber(clone, index);
  trace?.('declobber');
  const query = indexQuery(index);
  const jsonLd = readJsonLd(clone, query);
  trace?.('json-ld');
  const detection = detectArticle(clone, url, jsonLd, query);
  trace?.('detect');
  const meta = readMetadata(clone, url, jsonLd, query, detection.isArticle);
  const baseUrl = baseUrlOf(query, url);
  trace?.('metadata');
  carryLiveSources(query, liveSources);
  resolveLazyImages(query);
  unmarkImageWrappers(query);
  trace?.('lazy-images');
  normaliseFormulas(query);
  trace?.('math');
  pruneForReadability(query);
  trace?.('prune');

  const ctx: CleanContext = {
    document: clone,
    url,
    isArticle: detection.isArticle,
    page: { query, templateMarkers: index.templateMarkers },
    title: meta.title,
    byline: meta.byline,
    description: meta.description,
    lang: meta.lang,
    cues: cuesFor(meta.lang),
    siteName: meta.siteName,
  };
  const removed: RemovedReport[] = [];
  let notedStandfirst: NotedStandfirst | null = null;
  if (clone.body) {
    // One run for the pre rules and the standfirst note: both read the same tree, which only the rules change.
    const run = createRun();
    removed.push(...runRules(rules, 'pre', clone.body, ctx, run, trace));
    notedStandfirst = noteStandfirst(clone.body, ctx.description, run);
    trace?.('standfirst');
    // After the rules, which make the captions the page marks by class <figcaption>s.
    const pictures = Array.from(clone.body.querySelectorAll('figure, figcaption'), (el) => (el.localName === 'figcaption' ? el.parentElement : el));
    adoptLeadFigure(clone.body, pictures.filter((el): el is HTMLElement => !!el), run);
    trace?.('lead-figures');
  }
  // The index describes the page before cleaning: nothing after the pre phase may use it.
  ctx.page = undefined;
  // Measured before Readability strips and moves nodes: what to show if its pick turns out empty or far too short.
  const mainBlock = largestTextBlock(clone, ctx.cues.classHints.comments ?? []);
  trace?.('main-block');
  // The text blocks in reading order, for adding the article's parts Readability's pick leaves beside it.
  const blocks = detection.isArticle ? pageBlocks(clone, blockHints(ctx.cues)) : null;
  trace?.('page-blocks');

  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    parsed = new Readability<Element>(clone, {
      keepClasses: true,
      // Readability's own default. Below it Readability tries again without its clutter filters and keeps the longest
      // attempt; a lower bar accepted a print footer of 490 characters on an article page (Readability's test pages
      // medicalnewstoday, hukumusume: mean recall 0.947 -> 0.970, the other two sets unchanged).
      charThreshold: 500,
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
  trace?.('readability');

  let content = parsed?.content ?? null;
  let guess: ExtractionGuess | undefined;
  const pickText = content ? collapseWhitespace(content.textContent ?? '') : '';
  const fallback = fallbackContent(clone, content, pickText, mainBlock, jsonLdArticleBody(jsonLd));
  if (fallback) {
    content = fallback.content;
    guess = fallback.guess;
  }
  const completion = content && blocks && !fallback ? completePick(content, pickText, blocks) : null;
  trace?.('fallback');
  // querySelectorAll, not getElementsByTagName('*'): linkedom answers 0 to the latter (so Readability's own
  // maxElemsToParse never fires there; checkBudget above counts by walking).
  const contentElements = content ? content.querySelectorAll('*').length : 0;
  if (contentElements > MAX_CONTENT_ELEMENTS) {
    throw new ExtractError('too-large', `The article has ${contentElements.toLocaleString('en')} elements, more than the ${MAX_CONTENT_ELEMENTS.toLocaleString('en')} the reader reads.`);
  }
  trace?.('content-budget');
  let standfirst: string | null = null;
  if (content) {
    // Readability rewrote the tree behind the pre run's back, so the post rules start a run of their own. The
    // standfirst check starts another: the rules that rewrap blocks (image-captions, image-tables) report only the
    // root as changed, so the post run's text of the blocks between may be out of date, and the check reads the body
    // as the rules left it.
    removed.push(...runRules(rules, 'post', content, ctx, createRun(), trace));
    standfirst = standfirstOf(content, notedStandfirst, createRun()) ?? completion?.lead ?? null;
    absolutiseUrls(content, baseUrl);
    trace?.('absolute-urls');
  }
  const { paragraphs, captions } = content ? contentText(content) : { paragraphs: [], captions: [] };
  const images = content ? contentImages(content, baseUrl) : [];
  trace?.('content-text');
  if (paragraphs.length === 0 && images.length === 0) {
    throw new ExtractError('empty', 'Nothing readable was found on this page.');
  }
  const text = paragraphs.join('\n\n');
  const lang = meta.lang || (parsed?.lang ?? 'en');
  const units = countReadingUnits(text);
  const wordCount = units.words + units.characters;
  const wantHtml = options.html !== false && content !== null;
  const sanitize = wantHtml ? (options.sanitize ?? createSanitizer(windowOf(document))) : null;
  const title = meta.title || collapseWhitespace(parsed?.title ?? '');
  const html = sanitize && content ? sanitize(content) : '';
  trace?.('sanitize');
  const attendeesInput = { paragraphs, captions, lang, title };
  let attendees: Attendees | null = null;
  if (options.attendeesLater) options.attendeesLater(() => plainAttendeesOrNull(findAttendees(attendeesInput)));
  else if (options.attendees !== false) attendees = findAttendees(attendeesInput);
  trace?.('attendees');

  // Every label, whichever source gave it, loses the characters that hide or reorder text (article-labels.ts).
  return withPlainLabels({
    url,
    canonicalUrl: meta.canonicalUrl,
    title,
    byline: meta.byline ?? readabilityByline(parsed?.byline, detection.isArticle, meta, url) ?? (detection.isArticle ? bylineFromTrailingLine(paragraphs) ?? (content && signatureOfBody(content)) : null),
    siteName: meta.siteName ?? (parsed?.siteName ? collapseWhitespace(parsed.siteName) : null),
    lang,
    dir: meta.dir === 'rtl' || parsed?.dir === 'rtl' ? 'rtl' : 'ltr',
    published: meta.published,
    excerpt: meta.description ?? (paragraphs[0] ? truncate(paragraphs[0], 300) : null),
    standfirst,
    isArticle: detection.isArticle,
    detection: { score: detection.score, signals: detection.signals },
    html,
    text,
    paragraphs,
    images,
    wordCount,
    readingMinutes: readingMinutes(units, lang),
    attendees,
    removed: mergeReports(removed),
    ...(guess ? { guess } : {}),
  });
}

/**
 * Readability's byline guess (a "byline" class in the page, or a JSON-LD author) counts on articles only: listings
 * have one per teaser. A JSON-LD author of another work than the article (a fact-check's reviewed claim) is not it.
 */
function readabilityByline(raw: string | null | undefined, isArticle: boolean, meta: PageMetadata, url: string): string | null {
  const byline = isArticle ? cleanByline(raw) : null;
  if (!byline || byline === meta.accountAuthor || otherWorksAuthors(meta.jsonLd).has(byline.toLowerCase())) return null;
  return isPublisherName(byline, meta.siteName, url) ? null : byline;
}

/** The page's <base href> when it is http(s), else the page URL. */
function baseUrlOf(query: PageQuery, url: string): string {
  const base = query.one('base[href]')?.getAttribute('href');
  return (base && resolveUrl(base, url)) || url;
}

/** Links and images point at absolute http(s) URLs; anything else (javascript:, data:) loses its URL. Images get an alt. */
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
    // The reader and every export describe an image the page left without alt text by its caption.
    if (!img.getAttribute('alt')?.trim()) {
      const caption = captionOf(img);
      if (caption) img.setAttribute('alt', caption);
    }
  }
}
