/** Tag lists ("Tagged:", "Từ khóa:", "Topics") after the article: a tag label over links, or a tag-classed link list. */
import { findBoxes, linkedChars } from '../kit/furniture-box';
import { isTrailing } from '../kit/page-structure';
import type { CleanRule, RuleContext } from '../kit/rule';

function apply(root: Element, ctx: RuleContext): string[] {
  const { run } = ctx;
  const s = run.structureOf(root);
  const boxes = findBoxes(run, root, s, {
    labels: ctx.cues.tags,
    hints: ctx.cues.classHints.tags,
    maxChars: 800,
    confirm(parts, text, via) {
      if (!isTrailing(parts[0]!, s)) return false;
      const label = via === 'label' ? run.textOf(parts[0]!).length : 0;
      const rest = text.length - label;
      return rest > 0 && linkedChars(run, parts) >= 0.6 * rest;
    },
  });
  return run.removeBlocks(boxes);
}

export const rule: CleanRule = { name: 'tag-lists', post: apply };
