/**
 * A link a rule took for clutter but that sits inside running prose ("… the first match, which <a>Fogo Unia
 * Leszno</a> won away …"): removing it breaks the sentence, so removal keeps its text and drops only the element.
 * Prose is told by the words of the enclosing block outside every link: a tag line, a share bar or a "Read more:"
 * label has a word or two besides its links, a sentence has several.
 */
import type { TextReader } from './text-reader';

/** Elements that flow inside a line of text; a target that is one of these (or nested in them) is phrasing. */
const PHRASING = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DFN', 'EM', 'FONT', 'I', 'MARK', 'Q', 'S', 'SMALL', 'SPAN', 'STRONG',
  'SUB', 'SUP', 'TIME', 'U', 'VAR',
]);
/** Words outside links that make the enclosing block a sentence rather than a label. */
const MIN_PROSE_WORDS = 4;
/** What besides words a kept target may hold: nothing a reader would miss (media, forms, blocks) or see twice. */
const NOT_TEXT_ONLY = 'img, picture, video, audio, iframe, svg, button, input, select, textarea, form, p, div, ul, ol, table';
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;

export function isLinkInProse(text: TextReader, el: Element): boolean {
  if (!PHRASING.has(el.tagName.toUpperCase())) return false;
  const own = text.textOf(el);
  if (!own || el.querySelector(NOT_TEXT_ONLY)) return false;
  // A link, or phrasing that holds one (a <strong> around a linked name).
  if (el.tagName.toUpperCase() !== 'A' && !el.querySelector('a')) return false;
  let block = el.parentElement;
  while (block && PHRASING.has(block.tagName.toUpperCase())) block = block.parentElement;
  if (!block) return false;
  return wordsOutsideLinks(text, block) >= MIN_PROSE_WORDS;
}

/** Words of a block's text that no link holds (each link's text taken out once, in document order). */
function wordsOutsideLinks(text: TextReader, block: Element): number {
  let rest = text.textOf(block);
  for (const a of Array.from(block.querySelectorAll('a'))) {
    const t = text.textOf(a);
    if (t) rest = rest.replace(t, ' ');
  }
  return rest.match(WORD)?.length ?? 0;
}

/** Replaces el by its text (no markup): the sentence stays whole and nothing of the link survives. */
export function keepText(el: Element): void {
  el.replaceWith(el.ownerDocument.createTextNode(el.textContent ?? ''));
}
