/**
 * Advertisement slots: a block that says nothing but "Advertisement" / "Quảng cáo" (the ad itself being an empty
 * slot or an image), or an ad-classed block with no text of its own. Also a short line that the ad label opens,
 * set off by a mark ("*Werbung. Dieser Beitrag enthält Werbung für …", "ANZEIGE - Heute mal ausgehen?",
 * "Sponsored | …"): a sponsor's disclosure or an ad teaser, never a sentence about advertising ("Advertisement
 * revenue fell …" has no mark after the label), nor a heading.
 */
import { findBoxes } from '../kit/furniture-box';
import { insideTag, isProtected, withBareWrappers } from '../kit/page-structure';
import type { CleanRule, RuleContext } from '../kit/rule';
import { isCueLabel, labelKey, within } from '../kit/block-text';

/** A disclosure or teaser is a line or two. */
const MAX_LABELLED_CHARS = 200;
const LINES = new Set(['P', 'DIV', 'SPAN', 'SMALL', 'EM', 'I', 'STRONG', 'B']);
const INLINE = new Set(['SPAN', 'SMALL', 'EM', 'I', 'STRONG', 'B']);
const KEEP_INSIDE = new Set(['LI', 'TD', 'TH', 'TABLE', 'BLOCKQUOTE', 'FIGCAPTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Marks that may open the line ("*Werbung", "[Anzeige]", "(Sponsored)"). */
const OPENING_MARKS = new Set([...' \t\n\u00a0*[(']);
/** Marks that set the label off from the rest ("Werbung.", "ANZEIGE -", "Sponsored |", "[Publicidad]"). */
const SETTING_OFF = new Set([...'.:|-–—*)]']);
/** A label is a word or a few. */
const MAX_LABEL_CHARS = 40;

/** Whether text is a short line opened by one of the ad labels and set off from the rest by a mark (no regex: one pass). */
export function isLabelledAdLine(text: string, labels: readonly string[]): boolean {
  if (text.length > MAX_LABELLED_CHARS) return false;
  let start = 0;
  while (start < text.length && OPENING_MARKS.has(text[start]!)) start++;
  let mark = start;
  while (mark < text.length && mark - start <= MAX_LABEL_CHARS && !SETTING_OFF.has(text[mark]!)) mark++;
  if (mark >= text.length || mark === start || mark - start > MAX_LABEL_CHARS) return false;
  return isCueLabel(text.slice(start, mark).trim(), labels) && labelKey(text.slice(mark + 1)).length > 0;
}

function labelledLines(root: Element, ctx: RuleContext): Element[] {
  const { run } = ctx;
  const s = run.structureOf(root);
  const found: Element[] = [];
  for (const el of run.elementsUnder(root)) {
    if (!LINES.has(el.tagName) || run.rawLength(el) > MAX_LABELLED_CHARS * 4) continue;
    if (found.some((t) => within(el, t)) || isProtected(el, root, s) || insideTag(el, root, KEEP_INSIDE)) continue;
    if (!isLabelledAdLine(run.textOf(el), ctx.cues.ads)) continue;
    const line = withBareWrappers(run, el, root, s);
    if (line === el && INLINE.has(el.tagName)) continue;
    found.push(line);
  }
  return found;
}

function apply(root: Element, ctx: RuleContext): string[] {
  const { run } = ctx;
  const s = run.structureOf(root);
  const labels = ctx.cues.ads;
  const boxes = findBoxes(run, root, s, {
    labels,
    hints: ctx.cues.classHints.ads,
    maxChars: 120,
    // Nothing but the label (or nothing at all) may be in an ad box.
    confirm: (_parts, text) => text.length === 0 || isCueLabel(text, labels),
    absorb: () => false,
  });
  const slots = boxes.filter((b) => !b.querySelector('figcaption'));
  return run.removeBlocks([...slots, ...labelledLines(root, ctx).filter((l) => !slots.some((b) => within(l, b) || within(b, l)))]);
}

export const rule: CleanRule = { name: 'ad-labels', post: apply };
