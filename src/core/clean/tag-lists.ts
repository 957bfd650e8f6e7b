/** Tag lists ("Tagged:", "Từ khóa:", "Topics") after the article: a tag label over links, or a tag-classed link list. */
import { findBoxes, linkedChars } from './furniture-box';
import { isTrailing, structureOf } from './page-structure';
import { removeBlocks } from './remove-blocks';
import type { CleanContext, CleanRule } from './rule';
import { textOf } from './text';

function apply(root: Element, ctx: CleanContext): string[] {
  const s = structureOf(root);
  const boxes = findBoxes(root, s, {
    labels: ctx.cues.tags,
    hints: ctx.cues.classHints.tags,
    maxChars: 800,
    confirm(parts, text, via) {
      if (!isTrailing(parts[0]!, s)) return false;
      const label = via === 'label' ? textOf(parts[0]!).length : 0;
      const rest = text.length - label;
      return rest > 0 && linkedChars(parts) >= 0.6 * rest;
    },
  });
  return removeBlocks(boxes);
}

export const rule: CleanRule = { name: 'tag-lists', phase: 'post', apply };
