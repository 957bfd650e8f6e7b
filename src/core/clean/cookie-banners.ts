/** Cookie and consent banners: a short box with a consent phrase and buttons, or a cookie/consent class. */
import { FoundSet } from './found-set';
import { findBoxes, hasAny } from './furniture-box';
import { structureOf } from './page-structure';
import { removeBlocks } from './remove-blocks';
import type { CleanContext, CleanRule } from './rule';
import { containsCue, textOf, within } from './text';

function apply(root: Element, ctx: CleanContext): string[] {
  const s = structureOf(root);
  const cues = ctx.cues.cookies;
  const boxes = findBoxes(root, s, {
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
    const text = textOf(el);
    if (text.length < 1200 && containsCue(text, cues) && !taken.covers(el)) {
      boxes.push(el);
      taken.add(el);
    }
  }
  return removeBlocks(boxes.filter((b) => !within(root, b) && (!s.core || !within(s.core, b))));
}

export const preRule: CleanRule = { name: 'cookie-banners', phase: 'pre', apply };
export const rule: CleanRule = { name: 'cookie-banners', phase: 'post', apply };
