/**
 * Previous/next-article links after the body ("Bài trước <headline>", "Next article: <headline>"): a box led by a
 * previous/next label, mostly links, after the article's last paragraph.
 */
import { findBoxes, linkedChars } from './furniture-box';
import { isTrailing, structureOf } from './page-structure';
import { removeBlocks } from './remove-blocks';
import type { CleanContext, CleanRule } from './rule';

function apply(root: Element, ctx: CleanContext): string[] {
  const s = structureOf(root);
  const boxes = findBoxes(root, s, {
    labels: ctx.cues.prevNext,
    slack: 12,
    hints: ['prevnext', 'postnav', 'nextprev'],
    maxChars: 600,
    confirm: (parts, text) => isTrailing(parts[0]!, s) && linkedChars(parts) >= 0.5 * text.length,
  });
  return removeBlocks(boxes);
}

export const rule: CleanRule = { name: 'adjacent-articles', phase: 'post', apply };
