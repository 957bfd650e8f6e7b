/**
 * Previous/next-article links after the body ("Bài trước <headline>", "Next article: <headline>"): a box led by a
 * previous/next label, mostly links, after the article's last paragraph.
 */
import { findBoxes, linkedChars } from '../kit/furniture-box';
import { isTrailing } from '../kit/page-structure';
import type { CleanRule, RuleContext } from '../kit/rule';

function apply(root: Element, ctx: RuleContext): string[] {
  const { run } = ctx;
  const s = run.structureOf(root);
  const boxes = findBoxes(run, root, s, {
    labels: ctx.cues.prevNext,
    slack: 12,
    hints: ['prevnext', 'postnav', 'nextprev'],
    maxChars: 600,
    confirm: (parts, text) => isTrailing(parts[0]!, s) && linkedChars(run, parts) >= 0.5 * text.length,
  });
  return run.removeBlocks(boxes);
}

export const rule: CleanRule = { name: 'adjacent-articles', post: apply };
