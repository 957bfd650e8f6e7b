/**
 * Image captions and credits that the page marks only by class ("caption", "credit", "copyright", "cutline") next
 * to an image, or only by position (text inside a <figure> but outside its <figcaption>): made <figcaption>s, so the text keeps them
 * apart from the body's paragraphs (Article.captions, not paragraphs) and every renderer shows them as captions.
 * Runs before Readability as well as after: Readability turns a block of phrasing into a <p> without its class, so a
 * caption marked only by class would reach the post phase as a body paragraph. A table cell or list item keeps its tag.
 * Nothing is removed (the rule reports nothing). A class-marked block that holds prose, a heading, a table or media,
 * or more than a caption's length of text, is left alone; so is a figure that holds a table, a quote or a list.
 */
import type { TextReader } from '../kit/text-reader';
import { holdsProse, leafMatches } from '../kit/page-structure';
import type { CleanRule, RuleContext } from '../kit/rule';
import { compareKey, containsCue } from '../kit/block-text';

const MAX_CAPTION_CHARS = 400;
/** A caption known only by its closing credit is shorter than a paragraph that happens to end in parentheses. */
const MAX_CREDITED_CHARS = 300;
/** Text an image's container may hold besides its caption (a credit, a counter, a "view gallery" link). */
const NEAR_MEDIA_SLACK = 150;
const MEDIA = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'SVG', 'CANVAS', 'OBJECT', 'EMBED']);
const NOT_A_CAPTION = 'h1, h2, h3, h4, h5, h6, table, ul, ol, blockquote, pre, figcaption, figure';

/** An image or an image placeholder (lazy loaders keep the address in data-src). */
function isMedia(el: Element): boolean {
  return MEDIA.has(el.tagName.toUpperCase()) || el.hasAttribute('data-src');
}

function holdsMedia(el: Element): boolean {
  return isMedia(el) || !!el.querySelector('img, picture, video, audio, iframe, svg, canvas, object, embed, [data-src]');
}

/** Elements whose tag the structure around them needs (a row needs its cells): their content becomes the caption. */
const KEEP_TAG = new Set(['TD', 'TH', 'LI', 'DD', 'DT']);

/**
 * Replaces el by a <figcaption> with the same children and class (later rules still read the class); a table cell or
 * list item keeps its tag and gets the <figcaption> inside it.
 */
function toFigcaption(el: Element): Element {
  const caption = el.ownerDocument.createElement('figcaption');
  const cls = el.getAttribute('class');
  if (cls) caption.setAttribute('class', cls);
  while (el.firstChild) caption.appendChild(el.firstChild);
  if (KEEP_TAG.has(el.tagName.toUpperCase())) el.appendChild(caption);
  else el.replaceWith(caption);
  return caption;
}

/** The text-bearing parts of a figure outside its captions and media: the outermost elements holding no media. */
function looseParts(run: TextReader, figure: Element): Element[] {
  const parts: Element[] = [];
  const visit = (el: Element) => {
    for (const child of Array.from(el.children)) {
      if (child.tagName.toUpperCase() === 'FIGCAPTION' || isMedia(child)) continue;
      if (holdsMedia(child)) visit(child);
      else if (run.textOf(child)) parts.push(child);
    }
  };
  visit(figure);
  return parts;
}

/**
 * Whether a class-marked block sits with an image: the nearest ancestor (a few levels up) that holds media holds
 * little text besides the block. A "credit" line at the foot of an article body is a credit, not a caption.
 */
function besideMedia(run: TextReader, el: Element, text: string, root: Element): boolean {
  let anc = el.parentElement;
  for (let depth = 0; anc && anc !== root && depth < 3; depth++, anc = anc.parentElement) {
    if (run.textOf(anc).length > text.length + NEAR_MEDIA_SLACK) return false;
    if (holdsMedia(anc)) return true;
  }
  return false;
}

function apply(root: Element, ctx: RuleContext, phase: 'pre' | 'post'): string[] {
  const { run } = ctx;
  const { textOf } = run;
  const s = run.structureOf(root);
  const hints = ctx.cues.classHints.captions;
  let changed = false;

  // Figures: credits and captions outside the <figcaption> join it (or become it).
  for (const figure of Array.from(root.querySelectorAll('figure'))) {
    if (figure.querySelector('table, blockquote, pre, ul, ol, h1, h2, h3, h4, h5, h6')) continue;
    const parts = looseParts(run, figure);
    if (parts.length === 0 || textOf(figure).length > MAX_CAPTION_CHARS * 2 || holdsProse(figure, s)) continue;
    const caption: Element | null = figure.querySelector('figcaption');
    const rest = caption ? parts : parts.slice(1);
    const target: Element = caption ?? toFigcaption(parts[0]!);
    for (const part of rest) {
      target.appendChild(target.ownerDocument.createTextNode(' '));
      target.appendChild(part);
    }
    changed = true;
  }

  // Class-marked captions anywhere else, outermost first (a caption may hold a marked credit); a wrapper around
  // the image and its caption holds media and is passed over for the caption inside it.
  for (const el of Array.from(root.querySelectorAll('[class], [id]'))) {
    if (!run.hasHint(el, hints) || !el.parentNode || el.closest('figcaption')) continue;
    const text = textOf(el);
    if (!text || text.length > MAX_CAPTION_CHARS || holdsMedia(el) || el.querySelector(NOT_A_CAPTION)) continue;
    if ((holdsProse(el, s) && text.length > 200) || !besideMedia(run, el, text, root)) continue;
    toFigcaption(el);
    changed = true;
  }
  // Unmarked captions that close with a photo credit in parentheses ("… outside a Home Depot. (AP Photo/Alan Diaz)"):
  // on the article only. Before Readability they would cost a text read of every leaf block of the whole page, and
  // Readability keeps such a line as a paragraph, where the pass after it finds it.
  for (const el of phase === 'post' ? leafMatches(root, 'p, div, span') : []) {
    if (!el.parentNode || el.closest('figcaption')) continue;
    const text = textOf(el);
    if (text.length > MAX_CREDITED_CHARS || !closesWithCredit(text, ctx.cues.creditWords)) continue;
    toFigcaption(el);
    changed = true;
  }
  if (phase === 'post' && echoCaptions(run, root)) changed = true;
  if (changed) run.markChanged(root);
  return [];
}

/** An alt shorter than this is a name or a label ("Logo", the site's name), not a caption's sentence. */
const MIN_ECHO_CHARS = 20;

/** The image's own description (alt, or title on the image or its <picture>), as compare keys. */
function describedAs(el: Element): string[] {
  return [el.getAttribute('alt'), el.getAttribute('title')]
    .map((a) => compareKey(a ?? ''))
    .filter((k) => k.length >= MIN_ECHO_CHARS);
}

/**
 * Unmarked captions that repeat their image's description: the first leaf block after an image whose text opens
 * with the image's alt or title and is mostly that ("… escolar. Foto: Andina" under an image described so, a
 * legend that adds its credit to the alt). Language-independent; on the article only, like the credit pass. A text
 * before the image that the alt copies, or a paragraph the alt only opens, stays.
 */
function echoCaptions(run: TextReader, root: Element): boolean {
  const leaves = new Set(leafMatches(root, 'p, div, span'));
  let echo: string[] = [];
  let changed = false;
  for (const el of Array.from(root.querySelectorAll('img, picture, p, div, span'))) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'IMG' || tag === 'PICTURE') {
      const own = describedAs(el);
      // An <img> inside a described <picture> adds to its description, not replaces it.
      echo = tag === 'IMG' && el.parentElement?.tagName.toUpperCase() === 'PICTURE' ? [...echo, ...own] : own;
      continue;
    }
    // A figure's parts are the figure pass's above, an image table's are image-tables' (it builds the figure).
    if (echo.length === 0 || !leaves.has(el) || !el.parentNode || el.closest('figcaption, figure, table')) continue;
    const text = run.textOf(el);
    if (!text) continue;
    const key = compareKey(text);
    if (text.length <= MAX_CAPTION_CHARS && echo.some((alt) => key.startsWith(alt) && alt.length * 2 >= key.length)) {
      toFigcaption(el);
      changed = true;
    }
    // Only the first text after the image may be its caption.
    echo = [];
  }
  return changed;
}

/** Whether text ends with a parenthesised photo credit. */
export function closesWithCredit(text: string, words: readonly string[]): boolean {
  const credit = /\(([^()]{2,120})\)\s*$/.exec(text);
  return !!credit && containsCue(credit[1]!, words);
}

export const rule: CleanRule = {
  name: 'image-captions',
  // Before Readability too: it turns class-marked captions into body paragraphs.
  pre: (root, ctx) => apply(root, ctx, 'pre'),
  post: (root, ctx) => apply(root, ctx, 'post'),
};
