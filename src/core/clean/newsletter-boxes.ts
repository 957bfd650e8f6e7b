/** Newsletter and sign-up boxes: a short box that asks for an e-mail address or says "newsletter"/"sign up". */
import { findBoxes, hasAny } from './furniture-box';
import { structureOf } from './page-structure';
import { removeBlocks } from './remove-blocks';
import type { CleanContext, CleanRule } from './rule';
import { containsCue, rawLength, textOf, within } from './text';

function apply(root: Element, ctx: CleanContext): string[] {
  const s = structureOf(root);
  const cues = ctx.cues.newsletter;
  const hints = ctx.cues.classHints.newsletter;
  const boxes = findBoxes(root, s, {
    labels: cues,
    slack: 40,
    hints,
    maxChars: 600,
    confirm(parts, text, via) {
      if (!containsCue(text, cues)) return false;
      if (via === 'hint') return true;
      return hasAny(parts, 'form, input[type="email"], button') || parts.length > 1 || parts[0]!.children.length > 1;
    },
  });
  // A short form asking for an e-mail address, whatever its words.
  for (const input of Array.from(root.querySelectorAll('input[type="email"]'))) {
    const form = input.closest('form');
    const box = form?.parentElement && form.parentElement !== root ? form.parentElement : form;
    if (!box || box === root || within(root, box) || (s.core && within(s.core, box))) continue;
    if (rawLength(box) <= 600 && containsCue(textOf(box), cues) && !box.querySelector('textarea')) boxes.push(box);
  }
  return removeBlocks(boxes);
}

export const rule: CleanRule = { name: 'newsletter-boxes', phase: 'post', apply };
