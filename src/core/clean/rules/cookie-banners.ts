/**
 * Cookie and consent banners: a short box with a consent phrase and buttons, or a cookie/consent class. Before
 * Readability too: beside a short post, a blog host's consent widget (a form of 230 characters) was the longest block
 * of text on the page, and Readability took it for the article.
 */
import { findBoxes, hasAny } from '../kit/furniture-box';
import type { CleanRule, RuleContext } from '../kit/rule';
import { containsCue, within } from '../kit/block-text';
import { FoundSet } from '../kit/found-set';
import { matchesUnder } from '../kit/matches-under';
import { isProse } from '../kit/page-structure';

/** Longest text of a banner. */
const MAX_CHARS = 1200;
/**
 * Before Readability, only boxes whose class or id says "cookie" are looked at: found from the page's index, each
 * checked on its own text, so the whole page is never read block by block (that cost a sixth of a Readability run).
 * "ookie" matches "cookie" and "Cookie" inside compound names ("widget_eu_cookie_law_widget", "CookieBanner") without
 * the caseless matcher, and two single queries cost a tenth of one comma list on the index.
 */
const NAMED_BOXES = ['[class*="ookie"]', '[id*="ookie"]'];

function apply(root: Element, ctx: RuleContext): string[] {
  const { run } = ctx;
  const s = run.structureOf(root);
  const cues = ctx.cues.cookies;
  const boxes = findBoxes(run, root, s, {
    labels: cues,
    slack: 40,
    hints: ctx.cues.classHints.cookies,
    maxChars: MAX_CHARS,
    confirm(parts, text, via) {
      if (!containsCue(text, cues) && !/\bcookies?\b/i.test(text)) return false;
      // A banner says something: a footer link named "Cookie policy" is not one.
      if (text.length < 40) return false;
      const interactive = hasAny(parts, 'button, a, [role="dialog"], [role="alertdialog"]') ||
        parts.some((p) => /dialog/.test(p.getAttribute('role') ?? ''));
      return via === 'hint' || interactive;
    },
  });
  // A dialog-like container whose text speaks of cookies, even without a label or hint.
  const taken = new FoundSet();
  for (const b of boxes) taken.add(b);
  for (const el of Array.from(root.querySelectorAll('[role="dialog"], [role="alertdialog"], [aria-modal="true"]'))) {
    const text = run.textOf(el);
    if (text.length < MAX_CHARS && containsCue(text, cues) && !taken.covers(el)) {
      boxes.push(el);
      taken.add(el);
    }
  }
  return run.removeBlocks(boxes.filter((b) => !within(root, b) && (!s.core || !within(s.core, b))));
}

/**
 * Before Readability: a named box (see NAMED_BOXES) that speaks of cookies, offers a control (a button, a link, a form)
 * and holds no prose paragraph, the outermost such box where they nest.
 */
function preApply(root: Element, ctx: RuleContext): string[] {
  const { run } = ctx;
  const taken = new FoundSet();
  const boxes: Element[] = [];
  // In document order, an outer box comes before the boxes inside it.
  const named = NAMED_BOXES.flatMap((selector) => matchesUnder(root, ctx, selector));
  named.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
  for (const el of named) {
    if (el === root || taken.covers(el) || longerThan(el, MAX_CHARS * 4)) continue;
    const text = run.textOf(el);
    if (text.length < 40 || text.length > MAX_CHARS) continue;
    if (!containsCue(text, ctx.cues.cookies) && !/\bcookies?\b/i.test(text)) continue;
    if (!el.querySelector('button, a, input, form') || Array.from(el.querySelectorAll('p')).some((p) => isProse(run, p))) continue;
    boxes.push(el);
    taken.add(el);
  }
  return run.removeBlocks(boxes);
}

/**
 * Whether the element's raw text passes `limit` characters, reading only until it does: a page wrapper whose class
 * names a consent state ("cookies-accepted") holds the whole page.
 */
function longerThan(el: Element, limit: number): boolean {
  let length = 0;
  const stack: Node[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      length += (node as Text).data.length;
      if (length > limit) return true;
    } else {
      for (let c = node.firstChild; c; c = c.nextSibling) stack.push(c);
    }
  }
  return false;
}

export const rule: CleanRule = { name: 'cookie-banners', pre: preApply, post: apply };
