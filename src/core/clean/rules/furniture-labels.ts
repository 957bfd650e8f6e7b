/**
 * A furniture label standing alone inside the body, not only at its end (issue #18, all languages): "Neueste Artikel"
 * over a teaser that Readability kept between two parts of the text, "Vorschau auf den nächsten Artikel", "Über den
 * Autor" over a bio, "Weitere Informationen" over a box, "Related Coverage" between paragraphs. On the 467 pages of
 * trafilatura-dev, 139 `without` snippets are exactly such a label and no `with` snippet is. The label goes, what
 * follows it is left to the rules that judge it. Only labels of two words or more (one word — "Diskussion",
 * "Antworten", "Comments" — can head an article's own section; trailing-labels takes it at the end), and not when a
 * list follows (a "See also" or "Further reading" heading over its list belongs to the page), nor inside lists,
 * tables or quotes.
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
  const { run, cues } = ctx;
  const s = run.structureOf(root);
  const labels = [...cues.related, ...cues.prevNext, ...cues.authorBio, ...cues.comments, ...cues.share, ...cues.newsletter];
  const targets: Element[] = [];
  for (const el of run.elementsUnder(root)) {
    if (!LINES.has(el.tagName) || run.rawLength(el) > MAX_CHARS * 8) continue;
    const text = run.textOf(el);
    if (!text || text.length > MAX_CHARS) continue;
    const label = text.replace(/[\s:：.…»>›]+$/, '');
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
