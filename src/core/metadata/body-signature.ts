/**
 * The signature that closes the article's own block ("Stefan Wasmer" in bold after the last paragraph) when the
 * extracted text runs on past it into boxes the page set beside the article (a news ticker, an app box), so the end
 * of the text is theirs. The block is the one holding most of the article's prose paragraphs (the last of equals: a
 * signature closes the text); its signature is its last element, right after a paragraph of prose, set apart as
 * signatures are (bold or italic throughout, or right-aligned) and name-shaped as bylineFromTrailingLine reads one.
 */
import { collapseWhitespace } from '../text/normalize';
import { bylineFromTrailingLine } from './byline';
import { shownText } from './shown-text';

/** A paragraph this long is prose, not a label or a signature. */
const PROSE = 100;

const text = (el: Element): string => collapseWhitespace(shownText(el));

/** Bold or italic throughout, or right-aligned: how pages set a signature apart from the text above it. */
function setApart(el: Element): boolean {
  if (/text-align\s*:\s*right/i.test(el.getAttribute('style') ?? '') || el.getAttribute('align') === 'right') return true;
  const whole = text(el);
  return Array.from(el.querySelectorAll('b, strong, i, em')).some((e) => text(e) === whole);
}

export function signatureOfBody(content: Element): string | null {
  const prose = new Map<Element, number>();
  for (const p of Array.from(content.querySelectorAll('p'))) {
    const parent = p.parentElement;
    if (parent && text(p).length >= PROSE) prose.set(parent, (prose.get(parent) ?? 0) + 1);
  }
  let block: Element | null = null;
  let most = 2;
  for (const [el, n] of prose) if (n >= most) [block, most] = [el, n];
  const last = block?.lastElementChild;
  const before = last?.previousElementSibling;
  if (!last || !before || before.tagName.toUpperCase() !== 'P' || text(before).length < PROSE || !setApart(last)) return null;
  return bylineFromTrailingLine([text(last)]);
}
