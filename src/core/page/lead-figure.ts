/**
 * The lead picture printed just before the article's text block (a CMS's image field above its body field, a
 * featured image above the entry content): Readability keeps the text block and, judging the picture's block by its
 * text alone, leaves the picture behind with its caption. Before Readability, a captioned picture that no article text
 * precedes, whose next sibling holds the article's paragraphs, is moved to the start of that block, where it
 * is printed anyway.
 */
import type { TextReader } from '../clean/kit/text-reader';

/** Paragraphs of at least this many characters make a block the article's text. */
const PROSE_CHARS = 80;
const MIN_PROSE_PARAGRAPHS = 2;
/** A picture block holds its caption and little else. */
const MAX_FIGURE_TEXT = 400;
/**
 * A lead picture is among the page's first pictures: later candidates are not looked at, which also bounds the work
 * (each look walks the earlier siblings of the candidate's ancestors) on a page of thousands of figures.
 */
const MAX_CANDIDATES = 8;

function isCaptionedPicture(el: Element, text: TextReader): boolean {
  if (el.querySelectorAll('img').length !== 1 || !el.querySelector('img[src]')) return false;
  if (!el.querySelector('figcaption') && el.tagName.toUpperCase() !== 'FIGURE') return false;
  if (el.querySelector('p, ul, ol, table, h1, h2, h3, h4, h5, h6, form, iframe')) {
    // Only a caption may be written in paragraphs, inside the figcaption.
    if (Array.from(el.querySelectorAll('p, ul, ol, table, h1, h2, h3, h4, h5, h6, form, iframe')).some((x) => !x.closest('figcaption'))) return false;
  }
  return text.textOf(el).length <= MAX_FIGURE_TEXT;
}

function holdsArticleText(el: Element, text: TextReader): boolean {
  let prose = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) {
    if (text.textOf(p).length >= PROSE_CHARS && ++prose >= MIN_PROSE_PARAGRAPHS) return true;
  }
  return false;
}

/** Whether article text (a block of prose paragraphs) comes before el: among its and its ancestors' earlier siblings. */
function afterArticleText(el: Element, body: Element, text: TextReader): boolean {
  for (let cur: Element | null = el; cur && cur !== body; cur = cur.parentElement) {
    for (let prev = cur.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (holdsArticleText(prev, text)) return true;
    }
  }
  return false;
}

/**
 * Moves the lead picture into the text block that follows it; returns whether it moved one. Candidates come in
 * document order (<figure>s and the parents of <figcaption>s); only a picture that no article text precedes is a lead:
 * pictures between the article's sections are Readability's to judge.
 */
export function adoptLeadFigure(body: Element, candidates: readonly Element[], text: TextReader): boolean {
  for (const figure of candidates.slice(0, MAX_CANDIDATES)) {
    // The picture's outermost wrapper that holds nothing else.
    let box = figure;
    while (box.parentElement && box.parentElement.children.length === 1 && box.parentElement !== body) box = box.parentElement;
    if (afterArticleText(box, body, text)) return false; // so is every later candidate
    const next = box.nextElementSibling;
    if (!next || !isCaptionedPicture(box, text) || !holdsArticleText(next, text)) continue;
    next.insertBefore(box, next.firstChild);
    text.forgetText(next);
    return true;
  }
  return false;
}
