/**
 * Advertisement slots: a block that says nothing but "Advertisement" / "Quảng cáo" (the ad itself being an empty
 * slot or an image), or an ad-classed block with no text of its own.
 */
import { findBoxes } from '../kit/furniture-box';
import type { CleanRule, RuleContext } from '../kit/rule';
import { isCueLabel } from '../kit/block-text';

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
  return run.removeBlocks(boxes.filter((b) => !b.querySelector('figcaption')));
}

export const rule: CleanRule = { name: 'ad-labels', post: apply };
