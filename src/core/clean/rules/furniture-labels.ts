/**
 * A furniture label standing alone inside the body, not only at its end (issue #18, all languages): "Neueste Artikel"
 * over a teaser that Readability kept between two parts of the text, "Vorschau auf den nächsten Artikel", "Über den
 * Autor" over a bio, "Weitere Informationen" over a box, "Related Coverage" between paragraphs. On the 467 pages of
 * trafilatura-dev, 139 `without` snippets are exactly such a label and no `with` snippet is. The label goes, what
 * follows it is left to the rules that judge it. Only labels of two words or more (one word — "Diskussion",
 * "Antworten", "Comments" — can head an article's own section; trailing-labels takes it at the end), and not when a
 * list follows (a "See also" or "Further reading" heading over its list belongs to the page), nor inside lists,
 * tables or quotes, nor on pages that are not articles (a home page's "More news" heads its next section).
 */
import { isCueLabel, within } from '../kit/block-text';
import { insideTag, isProtected, withBareWrappers } from '../kit/page-structure';
import type { CleanRule, RuleContext } from '../kit/rule';

const MAX_CHARS = 60;
const LINES = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'DIV', 'SPAN', 'STRONG', 'B', 'EM', 'HEADER', 'SECTION', 'A']);
const INLINE = new Set(['SPAN', 'STRONG', 'B', 'EM', 'A']);
const KEEP_INSIDE = new Set(['LI', 'TD', 'TH', 'TABLE', 'DL', 'FIGCAPTION', 'BLOCKQUOTE', 'PRE']);
const LISTS = new Set(['UL', 'OL', 'DL']);
const MEDIA = 'img, picture, video, iframe, svg';
/** Han, kana and Hangul: labels written without spaces count by characters. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** Marks that may close a label ("Über den Autor:", "Mehr …", "Weiterlesen »"). */
const CLOSING_MARKS = new Set([...' \t\n\u00a0:：.…»>›']);

/** text without closing marks at its end (a loop: a trailing-class regex grows quadratically on long runs). */
function trimClosingMarks(text: string): string {
  let end = text.length;
  while (end > 0 && CLOSING_MARKS.has(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** Two words or more (three characters or more in CJK scripts). */
function isMultiWord(label: string): boolean {
  return CJK.test(label) ? label.replace(/\s+/g, '').length >= 3 : label.split(/\s+/).filter(Boolean).length >= 2;
}

/** The element after el in reading order at its level or above (its next sibling, or an ancestor's), below root. */
function nextBlock(el: Element, root: Element): Element | null {
  for (let cur: Element | null = el; cur && cur !== root; cur = cur.parentElement) {
    if (cur.nextElementSibling) return cur.nextElementSibling;
  }
  return null;
}

/** Whether el is a list, or wrappers whose first element is one ("Further reading" over `div.refbegin > ul`). */
function opensList(el: Element | null): boolean {
  for (let cur = el; cur; cur = cur.firstElementChild) {
    if (LISTS.has(cur.tagName)) return true;
    if (cur.tagName !== 'DIV' && cur.tagName !== 'SECTION') return false;
  }
  return false;
}

function apply(root: Element, ctx: RuleContext): string[] {
  // On a home or section page "More news" heads the page's own next section of stories.
  if (ctx.isArticle === false) return [];
  const { run, cues } = ctx;
  const s = run.structureOf(root);
  const labels = [...cues.related, ...cues.prevNext, ...cues.authorBio, ...cues.comments, ...cues.share, ...cues.newsletter];
  const targets: Element[] = [];
  for (const el of run.elementsUnder(root)) {
    if (!LINES.has(el.tagName) || run.rawLength(el) > MAX_CHARS * 8) continue;
    const text = run.textOf(el);
    if (!text || text.length > MAX_CHARS) continue;
    const label = trimClosingMarks(text);
    if (!isMultiWord(label) || !isCueLabel(label, labels)) continue;
    if (targets.some((t) => within(el, t)) || isProtected(el, root, s) || insideTag(el, root, KEEP_INSIDE)) continue;
    const line = withBareWrappers(run, el, root, s);
    if ((line === el && INLINE.has(el.tagName)) || line.querySelector(MEDIA)) continue;
    if (opensList(nextBlock(line, root))) continue;
    targets.push(line);
  }
  return run.removeBlocks(targets);
}

export const rule: CleanRule = { name: 'furniture-labels', post: apply };
