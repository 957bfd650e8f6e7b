/**
 * Cookie and consent banners: a short box with a consent phrase and buttons, or a cookie/consent class. Before
 * Readability too: beside a short post, a blog host's consent widget (a form of 230 characters) was the longest block
 * of text on the page, and Readability took it for the article.
 */
import { findBoxes, hasAny } from '../kit/furniture-box';
import type { CleanRule, RuleContext } from '../kit/rule';
import { containsCue, within } from '../kit/block-text';
import { FoundSet } from '../kit/found-set';

function apply(root: Element, ctx: RuleContext): string[] {
  const { run } = ctx;
  const s = run.structureOf(root);
  const cues = ctx.cues.cookies;
  const boxes = findBoxes(run, root, s, {
    labels: cues,
    slack: 40,
    hints: ctx.cues.classHints.cookies,
    maxChars: 1200,
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
    if (text.length < 1200 && containsCue(text, cues) && !taken.covers(el)) {
      boxes.push(el);
      taken.add(el);
    }
  }
  return run.removeBlocks(boxes.filter((b) => !within(root, b) && (!s.core || !within(s.core, b))));
}

export const rule: CleanRule = { name: 'cookie-banners', pre: apply, post: apply };
