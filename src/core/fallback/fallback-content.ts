/**
 * When Readability's article is empty or far shorter than the page's obvious main text, something useful to show
 * instead (issue #18), marked as a guess: the page's own JSON-LD articleBody, or the largest block of paragraphs.
 */
import type { ExtractionGuess } from '../article';
import type { JsonLdNode } from '../metadata/jsonld';
import { typesOf, ARTICLE_TYPES } from '../metadata/jsonld';
import type { TextBlock } from './largest-text-block';

/** Below this the main text is too short to overrule Readability (a teaser, a caption). */
const MAIN_TEXT_MIN_CHARS = 500;
/** Readability's pick counts as far shorter below this share of the main text. */
const SHORTER_SHARE = 0.4;
/**
 * A pick that holds none of a long block's paragraphs missed the main text even when it is not that short (an
 * "advertiser disclosure" box chosen over the story): the block must then be this long and this much longer.
 */
const MISSED_MIN_CHARS = 1000;
const MISSED_RATIO = 1.5;

export interface Fallback {
  content: Element;
  guess: ExtractionGuess;
}

/** The text of the first article node's articleBody (schema.org Article and its subtypes). */
export function jsonLdArticleBody(nodes: readonly JsonLdNode[]): string {
  for (const node of nodes) {
    const body = node.articleBody;
    if (typeof body === 'string' && body.trim() && typesOf(node).some((t) => ARTICLE_TYPES.has(t))) return body.trim();
  }
  return '';
}

/**
 * `content` is Readability's pick (null when it found nothing) and `readabilityText` its collapsed text; `block` the
 * largest block of paragraphs measured before Readability ran; `articleBody` the page's JSON-LD articleBody.
 */
export function fallbackContent(doc: Document, content: Element | null, readabilityText: string, block: TextBlock | null, articleBody: string): Fallback | null {
  if (block && content?.contains(block.element)) return null;
  const blockChars = block?.chars ?? 0;
  const main = Math.max(blockChars, articleBody.length);
  if (main < MAIN_TEXT_MIN_CHARS) return null;
  const readabilityChars = readabilityText.length;
  const shorter = readabilityChars < SHORTER_SHARE * main;
  const missed = block !== null && blockChars >= MISSED_MIN_CHARS && blockChars > MISSED_RATIO * readabilityChars &&
    !block.paragraphs.some((p) => readabilityText.includes(p.slice(0, 80)));
  if (!shorter && !missed) return null;
  const wrapper = doc.createElement('div');
  if (block && blockChars >= 0.7 * articleBody.length) {
    // The page's own markup (headings, lists, links) while Readability left the block whole, else its paragraphs.
    if ((block.element.textContent ?? '').length >= blockChars) wrapper.append(block.element);
    else appendParagraphs(doc, wrapper, block.paragraphs);
    return { content: wrapper, guess: { source: 'text-block', readabilityChars } };
  }
  appendParagraphs(doc, wrapper, articleBody.split(/\n\s*\n|\r?\n/));
  return { content: wrapper, guess: { source: 'json-ld', readabilityChars } };
}

function appendParagraphs(doc: Document, wrapper: Element, paragraphs: readonly string[]): void {
  for (const text of paragraphs) {
    if (!text.trim()) continue;
    const p = doc.createElement('p');
    p.textContent = text.trim();
    wrapper.append(p);
  }
}
