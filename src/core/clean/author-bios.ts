/**
 * Author bios at the end ("About the author", a bio box naming the byline with "Reach him at …"): after the last
 * paragraph, short, led by a bio label or carrying a bio class.
 */
import { findBoxes } from './furniture-box';
import { isTrailing, structureOf } from './page-structure';
import { removeBlocks } from './remove-blocks';
import type { CleanContext, CleanRule } from './rule';
import { compareKey, containsCue } from './text';

function apply(root: Element, ctx: CleanContext): string[] {
  const s = structureOf(root);
  const labels = ctx.cues.authorBio;
  const byline = ctx.byline ? compareKey(ctx.byline) : '';
  const boxes = findBoxes(root, s, {
    labels,
    slack: 40,
    hints: ctx.cues.classHints.authorBio,
    maxChars: 900,
    confirm(parts, text, via) {
      if (!isTrailing(parts[0]!, s)) return false;
      if (via === 'label') return true;
      // A class like "author" also marks bylines: a bio box speaks about the person or how to reach them.
      return containsCue(text, labels) || (!!byline && compareKey(text).includes(byline) && text.length > byline.length + 40);
    },
  });
  return removeBlocks(boxes);
}

export const rule: CleanRule = { name: 'author-bios', phase: 'post', apply };
