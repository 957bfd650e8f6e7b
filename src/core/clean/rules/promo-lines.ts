/**
 * Lines in the body that send the reader to other stories, in any language: a line that is nothing but a link to
 * another article of the same site, or a headline in capitals ("CO-FOUNDER 'PROUD' OF HOME DEPOT EMPLOYEES"); a
 * short label and a linked headline ("On HoustonChronicle.com: <a>Car sales plunge…</a>"); two or more linked
 * headlines in one line ("… [INSIGHT] | … [VIDEO]"); and the bare label over such lines ("DON'T MISS").
 * A sentence with links in it, a short linked source ("Source: <a>Reuters</a>"), quotes and list items stay, but for
 * a list of one such item between two paragraphs of the text (a "read also" set as a bullet).
 */
import type { TextReader } from '../kit/text-reader';
import { insideTag, isProse, isProtected, leafMatches, withBareWrappers } from '../kit/page-structure';
import type { CleanRule, RuleContext } from '../kit/rule';
import { isStoryLink, siteOf } from '../kit/story-links';

const MAX_LINE_CHARS = 320;
/** A linked headline has at least this many words (a source or a name has fewer). */
const HEADLINE_WORDS = 4;
const MAX_LABEL_CHARS = 40;
const MAX_PROMO_SHARE = 0.25;
const MAX_PROMO_LINES = 8;
const LINE_TAGS = new Set(['P', 'DIV', 'H3', 'H4', 'H5', 'H6']);

const words = (s: string): number => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

const isCapitals = (text: string, minLetters = 12): boolean => {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= minLetters && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
};

/** Whether a line is a promotion of other stories (see the file comment). */
function isPromoLine(run: TextReader, el: Element, base: string, site: string | null): boolean {
  const { textOf } = run;
  const text = textOf(el);
  if (!text || text.length > MAX_LINE_CHARS) return false;
  // getElementsByTagName: a selector query per line costs a selector compilation in Node DOMs.
  const links = Array.from(el.getElementsByTagName('a')).filter((a) => a.hasAttribute('href') && textOf(a));
  if (links.length === 0) return false;
  const linked = links.reduce((n, a) => n + textOf(a).length, 0);
  const headlines = links.filter((a) => words(textOf(a)) >= HEADLINE_WORDS);
  if (headlines.length === 0) return false;
  // Nothing but link text.
  if (linked >= 0.9 * text.length) {
    if (headlines.length >= 2) return true;
    return isCapitals(text) || links.every((a) => isStoryLink(a, site, base));
  }
  // A short label ending in a colon or an arrow, then the linked headline(s).
  const first = textOf(links[0]!);
  const label = text.slice(0, Math.max(0, text.indexOf(first))).trim();
  if (label && label.length <= MAX_LABEL_CHARS && /[:»›>|]$/.test(label) && linked >= 0.8 * (text.length - label.length)) return true;
  // Several linked headlines with only separators and tags between them.
  return headlines.length >= 2 && linked >= 0.75 * text.length;
}

/** A bare label over promo lines: short, no sentence, in capitals or ending with a colon. */
function isLabel(run: TextReader, el: Element): boolean {
  const text = run.textOf(el);
  return !!text && text.length <= MAX_LABEL_CHARS && words(text) <= 5 && !/[.!?]$/.test(text) && (isCapitals(text, 4) || text.endsWith(':')) && el.getElementsByTagName('a').length === 0;
}

/** Tags that make an element a container of lines rather than a line. */
const BLOCKS = 'p, div, li, table, h1, h2, h3, h4, h5, h6';
/** A line inside one of these is a quote, a list item, a caption or a cell: content in its own right. */
const CONTENT_HOLDERS = new Set(['BLOCKQUOTE', 'LI', 'FIGURE', 'TABLE']);

function apply(root: Element, ctx: RuleContext): string[] {
  // A page that is not an article is a list of stories: its headlines are what it has to say.
  if (ctx.isArticle === false) return [];
  const { run } = ctx;
  const { textOf } = run;
  const s = run.structureOf(root);
  const base = ctx.url ?? 'https://invalid.invalid/';
  const site = ctx.url ? siteOf(ctx.url, base) : null;
  const found: Element[] = [];
  for (const el of leafMatches(root, BLOCKS)) {
    if (!LINE_TAGS.has(el.tagName.toUpperCase())) continue;
    if (isProtected(el, root, s) || insideTag(el, root, CONTENT_HOLDERS) || !isPromoLine(run, el, base, site)) continue;
    const line = withBareWrappers(run, el, root, s);
    found.push(line);
    const prev = line.previousElementSibling;
    if (prev && !found.includes(prev) && isLabel(run, prev)) found.push(prev);
  }
  // A bulleted "read also": a list of one item that is a promo line, set between two paragraphs of the text. Lists
  // elsewhere (an article's sources at its end, its steps) and longer lists stay.
  for (const list of Array.from(root.querySelectorAll('ul, ol'))) {
    const items = Array.from(list.children);
    if (items.length !== 1 || items[0]!.tagName !== 'LI' || items[0]!.querySelector('ul, ol') || isProtected(list, root, s)) continue;
    const prev = list.previousElementSibling;
    const next = list.nextElementSibling;
    if (!prev || !next || !isProse(run, prev) || !isProse(run, next) || !isPromoLine(run, items[0]!, base, site)) continue;
    found.push(list);
  }
  // Promotions are asides in an article; when they are many, or much of the text, the page is a list of stories
  // after all.
  const promoted = found.reduce((n, el) => n + textOf(el).length, 0);
  if (found.length > MAX_PROMO_LINES || promoted > MAX_PROMO_SHARE * textOf(root).length) return [];
  return run.removeBlocks(found);
}

export const rule: CleanRule = { name: 'promo-lines', post: apply };
